import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { ManagedPracticesQuery, PublishPracticesMutation, type PracticeStatus } from '@polisee/graphql';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { commonMessages, DemoBadge, ErrorAlert, LoadError, Loading, practiceStatusLabels, useDocumentTitle, useFormat, TableScroll } from '@polisee/ui';
import { useIsAdmin } from '../../app/session';
import { readApiError } from '../../app/api-error';

const STATUSES = Object.keys(practiceStatusLabels) as PracticeStatus[];

/** Moderation queue for admins, the partner's dashboard for editors (the API scopes the list). */
export function PracticeListPage() {
  const isAdmin = useIsAdmin();
  const { t, i18n } = useLingui();
  const format = useFormat();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('status');
  // Admins land on the queue (submitted); editors on everything of their partner.
  const status: PracticeStatus | null = raw === 'ALL' ? null : STATUSES.includes(raw as PracticeStatus) ? (raw as PracticeStatus) : isAdmin ? 'SUBMITTED' : null;
  const [after, setAfter] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(isAdmin ? t`Policy examples: moderation` : t`Our policy examples`, 'PoliSEE admin');
  const { data, loading, error, refetch } = useQuery(ManagedPracticesQuery, {
    variables: { filter: status ? { statuses: [status] } : null, first: 50, after },
    fetchPolicy: 'cache-and-network',
  });
  const [publish, publishing] = useMutation(PublishPracticesMutation);
  const counts = new Map(data?.practiceStatusCounts.map((c) => [c.status, c]) ?? []);
  const selectedCount = format.number(selected.size);
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
    const published = results.filter((r) => r.ok).length;
    const refused = results.filter((r) => !r.ok).length;
    setNotice(
      refused
        ? t`${plural(published, { one: '# published', other: '# published' })}, ${plural(refused, { one: '# refused', other: '# refused' })}.`
        : t`${plural(published, { one: '# published', other: '# published' })}.`,
    );
    setSelected(new Set());
    await refetch();
  };

  return (
    <div className="page">
      <div className="page__header">
        <h1>{isAdmin ? t`Policy examples: moderation` : t`Our policy examples`}</h1>
        <Link className="button" to="/practices/new">
          {t`New practice`}
        </Link>
      </div>
      <p>{isAdmin ? t`Practices submitted by the partners wait here for validation. A published practice that its partner revises stays online until you publish the revision.` : t`Your partner’s practices and where each one stands. Submit a draft when it is complete; the validators will publish it or ask for changes.`}</p>
      <nav aria-label={t`Status`} className="status-tabs">
        <ul>
          <li>
            <button type="button" className={`status-tab${!status ? ' status-tab--active' : ''}`} aria-pressed={!status} onClick={() => setStatus(null)}>
              {t({ message: 'All', context: 'practices of every status' })} <span className="status-tab__count">{total}</span>
            </button>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <button type="button" data-testid={`status-count-${s}`} className={`status-tab${status === s ? ' status-tab--active' : ''}`} aria-pressed={status === s} onClick={() => setStatus(s)}>
                {i18n._(practiceStatusLabels[s])} <span className="status-tab__count">{counts.get(s)?.count ?? 0}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {error && !data ? <LoadError title={t`The practices could not be loaded`} message={readApiError(error).message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading label={t`Loading practices…`} /> : null}
      {notice ? <p className="alert alert--success" role="status">{notice}</p> : null}
      {publishing.error ? <ErrorAlert>{readApiError(publishing.error).message}</ErrorAlert> : null}
      {isAdmin && selected.size > 0 ? (
        <p>
          <button type="button" className="button" disabled={publishing.loading} onClick={() => void bulk()}>
            {t`Publish ${selectedCount} selected`}
          </button>
        </p>
      ) : null}
      {data && rows.length === 0 ? <p>{t`No practice in this list.`}</p> : null}
      {rows.length > 0 ? (
        <TableScroll label={isAdmin ? t`Policy examples: moderation` : t`Our policy examples`}>
          <table className="table">
            <thead>
              <tr>
                {isAdmin ? <th scope="col"><span className="visually-hidden">{t`Select`}</span></th> : null}
                <th scope="col">{t`Title`}</th>
                <th scope="col">{t`Partner`}</th>
                <th scope="col">{t`Status`}</th>
                <th scope="col">{t`Last change`}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => {
                const workflow = p.pendingRevision?.status ?? p.status;
                const canPublish = p.availableActions.includes('PUBLISH');
                const practiceTitle = p.title;
                const revisionStatus = p.pendingRevision ? i18n._(practiceStatusLabels[p.pendingRevision.status]) : '';
                return (
                  <tr key={p.id} data-testid="practice-row">
                    {isAdmin ? (
                      <td>
                        {canPublish ? (
                          <input
                            type="checkbox"
                            aria-label={t`Select “${practiceTitle}”`}
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
                      <Link to={`/practices/${p.id}`}>{p.title}</Link> {p.isDemo ? <DemoBadge label={t`Demo data`} /> : null}
                    </td>
                    <td>{p.partner?.name}</td>
                    <td>
                      <span className={`badge badge--status-${workflow.toLowerCase()}`}>{i18n._(practiceStatusLabels[p.status])}</span>
                      {p.pendingRevision ? <span className="badge badge--muted"> {t`revision: ${revisionStatus}`}</span> : null}
                    </td>
                    <td>{format.date(p.pendingRevision?.updatedAt ?? p.updatedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {data?.managedPractices.pageInfo.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => setAfter(data.managedPractices.pageInfo.endCursor)}>
          {t`Next page`}
        </button>
      ) : null}
    </div>
  );
}
