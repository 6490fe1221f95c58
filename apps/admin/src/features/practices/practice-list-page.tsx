import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { ManagedPracticesQuery, PublishPracticesMutation, type PracticeStatus } from '@polisee/graphql';
import { DemoBadge, ErrorAlert, LoadError, Loading, practiceStatusLabels, TableScroll } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { practiceAdminStrings as t } from './strings';

const STATUSES = Object.keys(practiceStatusLabels) as PracticeStatus[];

/** Moderation queue for admins, the partner's dashboard for editors (the API scopes the list). */
export function PracticeListPage() {
  const isAdmin = useIsAdmin();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('status');
  // Admins land on the queue (submitted); editors on everything of their partner.
  const status: PracticeStatus | null = raw === 'ALL' ? null : STATUSES.includes(raw as PracticeStatus) ? (raw as PracticeStatus) : isAdmin ? 'SUBMITTED' : null;
  const [after, setAfter] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${isAdmin ? t.listTitleAdmin : t.listTitleEditor} – PoliSEE admin`;
  }, [isAdmin]);
  const { data, loading, error, refetch } = useQuery(ManagedPracticesQuery, {
    variables: { filter: status ? { statuses: [status] } : null, first: 50, after },
    fetchPolicy: 'cache-and-network',
  });
  const [publish, publishing] = useMutation(PublishPracticesMutation);
  const counts = new Map(data?.practiceStatusCounts.map((c) => [c.status, c]) ?? []);
  const total = data?.practiceStatusCounts.reduce((s, c) => s + c.count, 0) ?? 0;
  const rows = data?.managedPractices.edges.map((e) => e.node) ?? [];

  const setStatus = (s: PracticeStatus | null) => {
    setAfter(null);
    setSelected(new Set());
    setSearch(s ? { status: s } : { status: 'ALL' });
  };
  const bulk = async () => {
    setNotice(null);
    const res = await publish({ variables: { ids: [...selected] } });
    const results = res.data?.publishPractices ?? [];
    setNotice(t.bulkDone(results.filter((r) => r.ok).length, results.filter((r) => !r.ok).length));
    setSelected(new Set());
    await refetch();
  };

  return (
    <div className="page">
      <div className="page__header">
        <h1>{isAdmin ? t.listTitleAdmin : t.listTitleEditor}</h1>
        <Link className="button" to="/practices/new">
          {t.newPractice}
        </Link>
      </div>
      <p>{isAdmin ? t.listIntroAdmin : t.listIntroEditor}</p>
      <nav aria-label={t.statusTabs} className="status-tabs">
        <ul>
          <li>
            <button type="button" className={`status-tab${!status ? ' status-tab--active' : ''}`} aria-pressed={!status} onClick={() => setStatus(null)}>
              {t.all} <span className="status-tab__count">{total}</span>
            </button>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <button type="button" data-testid={`status-count-${s}`} className={`status-tab${status === s ? ' status-tab--active' : ''}`} aria-pressed={status === s} onClick={() => setStatus(s)}>
                {practiceStatusLabels[s]} <span className="status-tab__count">{counts.get(s)?.count ?? 0}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {error && !data ? <LoadError title={t.loadFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading label={t.loading} /> : null}
      {notice ? <p className="alert alert--success" role="status">{notice}</p> : null}
      {publishing.error ? <ErrorAlert>{readApiError(publishing.error).message}</ErrorAlert> : null}
      {isAdmin && selected.size > 0 ? (
        <p>
          <button type="button" className="button" disabled={publishing.loading} onClick={() => void bulk()}>
            {t.bulkPublish(selected.size)}
          </button>
        </p>
      ) : null}
      {data && rows.length === 0 ? <p>{t.empty}</p> : null}
      {rows.length > 0 ? (
        <TableScroll label={isAdmin ? t.listTitleAdmin : t.listTitleEditor}>
          <table className="table">
            <thead>
              <tr>
                {isAdmin ? <th scope="col"><span className="visually-hidden">{t.columns.select}</span></th> : null}
                <th scope="col">{t.columns.title}</th>
                <th scope="col">{t.columns.partner}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.updated}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => {
                const workflow = p.pendingRevision?.status ?? p.status;
                const canPublish = p.availableActions.includes('PUBLISH');
                return (
                  <tr key={p.id} data-testid="practice-row">
                    {isAdmin ? (
                      <td>
                        {canPublish ? (
                          <input
                            type="checkbox"
                            aria-label={t.selectRow(p.title)}
                            checked={selected.has(p.id)}
                            onChange={(e) => {
                              const next = new Set(selected);
                              if (e.target.checked) next.add(p.id);
                              else next.delete(p.id);
                              setSelected(next);
                            }}
                          />
                        ) : null}
                      </td>
                    ) : null}
                    <td>
                      <Link to={`/practices/${p.id}`}>{p.title}</Link> {p.isDemo ? <DemoBadge label={t.demoBadge} /> : null}
                    </td>
                    <td>{p.partner?.name}</td>
                    <td>
                      <span className={`badge badge--status-${workflow.toLowerCase()}`}>{practiceStatusLabels[p.status]}</span>
                      {p.pendingRevision ? <span className="badge badge--muted"> {t.revisionPending(practiceStatusLabels[p.pendingRevision.status])}</span> : null}
                    </td>
                    <td>{new Date(p.pendingRevision?.updatedAt ?? p.updatedAt).toLocaleDateString('en-GB')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {data?.managedPractices.pageInfo.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => setAfter(data.managedPractices.pageInfo.endCursor)}>
          {t.nextPage}
        </button>
      ) : null}
    </div>
  );
}
