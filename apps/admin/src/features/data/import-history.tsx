import { useLingui } from '@lingui/react/macro';
import { useQuery } from '@apollo/client/react';
import { ImportHistoryQuery } from '@polisee/graphql';
import { commonMessages, LoadError, Loading, pagerMessages, useFormat, TableScroll } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';

const pageSize = 10;

export function ImportHistory() {
  const { t, i18n } = useLingui();
  const format = useFormat();
  const pages = useCursorPages('history');
  const { after, page } = pages;
  const { data, previousData, loading, error, refetch } = useQuery(ImportHistoryQuery, {
    variables: { first: pageSize, after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.importBatches;
  const batches = connection?.edges.map((edge) => edge.node) ?? [];
  const from = batches.length > 0 ? (page - 1) * pageSize + 1 : 0;
  const to = from > 0 ? from + batches.length - 1 : 0;
  const total = connection?.totalCount ?? 0;
  const [fromText, toText, totalText] = [from, to, total].map((value) => format.number(value));

  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t`Import history`}</h2>
      {error ? (
        <LoadError title={t`The import history could not be loaded`} message={readApiError(error).message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} />
      ) : null}
      {!connection && loading ? <Loading label={t`Loading the import history…`} /> : null}
      {connection ? (
        <>
          <TableScroll busy={loading}>
            <table className="table table--compact" data-testid="import-history">
              <caption>{t`Imports (${totalText} in total), newest first`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t`When`}</th>
                  <th scope="col">{t`Who`}</th>
                  <th scope="col">{t`File`}</th>
                  <th scope="col">{t`Format`}</th>
                  <th scope="col" className="numeric">
                    {t`Rows`}
                  </th>
                  <th scope="col" className="numeric">
                    {t`New`}
                  </th>
                  <th scope="col" className="numeric">
                    {t`Changed`}
                  </th>
                  <th scope="col" className="numeric">
                    {t`Unchanged`}
                  </th>
                  <th scope="col">{t`SHA-256`}</th>
                </tr>
              </thead>
              <tbody>
                {batches.length === 0 ? (
                  <tr>
                    <td colSpan={9}>{t`Nothing has been imported yet.`}</td>
                  </tr>
                ) : (
                  batches.map((batch) => (
                    <tr key={batch.id} data-testid="import-batch">
                      <td>
                        <time dateTime={batch.createdAt}>{format.dateTime(batch.createdAt)}</time>
                      </td>
                      <td>{batch.user ? batch.user.name : <span className="muted">{t`Unknown`}</span>}</td>
                      <th scope="row">{batch.fileName}</th>
                      <td>{batch.format}</td>
                      <td className="numeric">{format.number(batch.rowsTotal)}</td>
                      <td className="numeric">{format.number(batch.inserted)}</td>
                      <td className="numeric">{format.number(batch.updated)}</td>
                      <td className="numeric">{format.number(batch.unchanged)}</td>
                      <td>
                        <code title={batch.fileSha256}>{batch.fileSha256.slice(0, 12)}</code>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </TableScroll>
          <nav className="pagination" aria-label={t`Import history`}>
            <p className="muted" aria-live="polite" style={{ margin: 0 }}>
              {total === 0 ? t`No imports` : t`Page ${page} · imports ${fromText}–${toText} of ${totalText}`}
            </p>
            <div className="pagination__controls">
              <PagerButtons pages={pages} pageInfo={connection.pageInfo} loading={loading} previousLabel={i18n._(pagerMessages.previous)} nextLabel={i18n._(pagerMessages.next)} />
            </div>
          </nav>
        </>
      ) : null}
    </section>
  );
}
