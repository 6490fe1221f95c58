import { Link } from 'react-router';
import { layoutStrings as t } from './strings';

export function NotFoundPage() {
  return (
    <section>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <Link to="/partners">{t.backToPartners}</Link>
    </section>
  );
}
