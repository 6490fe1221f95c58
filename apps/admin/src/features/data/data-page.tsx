import { useLingui } from '@lingui/react/macro';
import { ErrorAlert, useDocumentTitle } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { ImportPanel } from './import-panel';
import { ImportHistory } from './import-history';
import { ObservationsPanel } from './observations-panel';

export function DataPage() {
  const isAdmin = useIsAdmin();
  const { t } = useLingui();
  useDocumentTitle(t`Data`, 'PoliSEE admin');
  return (
    <section aria-labelledby="data-title">
      <div className="page-header">
        <h1 id="data-title">{t`Data`}</h1>
      </div>
      {isAdmin ? (
        <>
          <p className="muted">{t`Import indicator observations from a file, see earlier imports, and browse or export the observations.`}</p>
          <ImportPanel />
          <ImportHistory />
          <ObservationsPanel />
        </>
      ) : (
        <ErrorAlert>{t`Only administrators can import and export data.`}</ErrorAlert>
      )}
    </section>
  );
}
