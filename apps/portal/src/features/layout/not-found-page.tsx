import { useDocumentTitle } from '@polisee/ui';
import { Link } from 'react-router';
import { layoutStrings as t } from './strings';

export function NotFoundPage() {
  useDocumentTitle('Page not found · PoliSEE');
  return (
    <div className="container section">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <Link to="/">{t.backHome}</Link>
    </div>
  );
}
