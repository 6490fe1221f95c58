import { useQuery } from '@apollo/client/react';
import { ImportHistoryQuery } from '@polisee/graphql';
import { LoadError, Loading, TableScroll } from '@polisee/ui';
import { readApiError } from '../../app/api-error';
import { dataStrings as t } from './strings';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';

const pageSize = 10;
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function ImportHistory() {
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

  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t.historyTitle}</h2>
      {error ? (
        <LoadError title={t.historyFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} />
      ) : null}
      {!connection && loading ? <Loading label={t.loadingHistory} /> : null}
      {connection ? (
        <>
          <TableScroll busy={loading}>
            <table className="table table--compact" data-testid="import-history">
              <caption>{t.historyCaption(connection.totalCount)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.historyColumns.createdAt}</th>
                  <th scope="col">{t.historyColumns.user}</th>
                  <th scope="col">{t.historyColumns.fileName}</th>
                  <th scope="col">{t.historyColumns.format}</th>
                  <th scope="col" className="numeric">
                    {t.historyColumns.rowsTotal}
                  </th>
                  <th scope="col" className="numeric">
                    {t.historyColumns.inserted}
                  </th>
                  <th scope="col" className="numeric">
                    {t.historyColumns.updated}
                  </th>
                  <th scope="col" className="numeric">
                    {t.historyColumns.unchanged}
                  </th>
                  <th scope="col">{t.historyColumns.sha}</th>
                </tr>
              </thead>
              <tbody>
                {batches.length === 0 ? (
                  <tr>
                    <td colSpan={9}>{t.noImports}</td>
                  </tr>
                ) : (
                  batches.map((batch) => (
                    <tr key={batch.id} data-testid="import-batch">
                      <td>
                        <time dateTime={batch.createdAt}>{dateTime.format(new Date(batch.createdAt))}</time>
                      </td>
                      <td>{batch.user ? batch.user.name : <span className="muted">{t.unknownUser}</span>}</td>
                      <th scope="row">{batch.fileName}</th>
                      <td>{batch.format}</td>
                      <td className="numeric">{batch.rowsTotal}</td>
                      <td className="numeric">{batch.inserted}</td>
                      <td className="numeric">{batch.updated}</td>
                      <td className="numeric">{batch.unchanged}</td>
                      <td>
                        <code title={batch.fileSha256}>{batch.fileSha256.slice(0, 12)}</code>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </TableScroll>
          <nav className="pagination" aria-label={t.historyTitle}>
            <p className="muted" aria-live="polite" style={{ margin: 0 }}>
              {t.pageStatus(page, from, to, connection.totalCount)}
            </p>
            <div className="pagination__controls">
              <PagerButtons pages={pages} pageInfo={connection.pageInfo} loading={loading} previousLabel={t.previous} nextLabel={t.next} />
            </div>
          </nav>
        </>
      ) : null}
    </section>
  );
}
