import { ErrorAlert } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { ImportPanel } from './import-panel';
import { ImportHistory } from './import-history';
import { ObservationsPanel } from './observations-panel';
import { dataStrings as t } from './strings';

export function DataPage() {
  const isAdmin = useIsAdmin();
  return (
    <section aria-labelledby="data-title">
      <div className="page-header">
        <h1 id="data-title">{t.title}</h1>
      </div>
      {isAdmin ? (
        <>
          <p className="muted">{t.intro}</p>
          <ImportPanel />
          <ImportHistory />
          <ObservationsPanel />
        </>
      ) : (
        <ErrorAlert>{t.forbidden}</ErrorAlert>
      )}
    </section>
  );
}
