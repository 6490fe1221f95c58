import { Link } from 'react-router';
import { layoutStrings as t } from './strings';

export function NotFoundPage() {
  return (
    <div className="container section">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <Link to="/">{t.backHome}</Link>
    </div>
  );
}
