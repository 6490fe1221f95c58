import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { AuditFilterOptionsQuery, AuditLogQuery, type AuditEntryRowFragment, type AuditFilter } from '@polisee/graphql';
import { ErrorAlert, Field, LoadError, Loading } from '@polisee/ui';
import { useSession } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';
import { auditStrings as t } from './strings';

const pageSize = 20;
const shownFields = 8;
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

/** A JSON value from the log as a person reads it: strings without quotes, null as a dash. */
function show(json: string | null | undefined): string {
  if (json === null || json === undefined) return t.empty;
  try {
    const value: unknown = JSON.parse(json);
    if (value === null) return t.empty;
    return typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    return json;
  }
}

/** `YYYY-MM-DD` (a local day) as the instant it starts; `endOfDay` gives the next day's start. */
function dayStart(day: string, endOfDay = false): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + (endOfDay ? 1 : 0)).toISOString();
}

export function AuditLogPage() {
  const me = useSession();
  useEffect(() => {
    const previous = document.title;
    document.title = t.documentTitle;
    return () => {
      document.title = previous;
    };
  }, []);
  if (me.role !== 'ADMIN') return <ErrorAlert>{t.adminOnly}</ErrorAlert>;
  return <AuditLog />;
}

function Changes({ entry }: { entry: AuditEntryRowFragment }) {
  // A new record's empty fields say nothing; a change or deletion shows every field it names.
  const named = entry.action === 'INSERT' ? entry.changes.filter((c) => c.after !== null && c.after !== 'null') : entry.changes;
  const changes = named.slice(0, shownFields);
  const rest = named.length - changes.length;
  return (
    <>
      <table className="table table--compact audit-diff">
        <thead>
          <tr>
            <th scope="col">{t.field}</th>
            {entry.action !== 'INSERT' ? <th scope="col">{t.before}</th> : null}
            {entry.action !== 'DELETE' ? <th scope="col">{t.after}</th> : null}
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">
                <code>{c.field}</code>
              </th>
              {entry.action !== 'INSERT' ? (
                <td>
                  <del className="audit-diff__before">{show(c.before)}</del>
                </td>
              ) : null}
              {entry.action !== 'DELETE' ? (
                <td>
                  <ins className="audit-diff__after">{show(c.after)}</ins>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 ? <p className="muted">{t.moreFields(rest)}</p> : null}
    </>
  );
}

function AuditLog() {
  const [userId, setUserId] = useState('');
  const [entityType, setEntityType] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const filter = useMemo<AuditFilter>(() => {
    const from = dayStart(fromDay);
    const to = dayStart(toDay, true);
    return { ...(userId ? { userId } : {}), ...(entityType ? { entityType } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }, [userId, entityType, fromDay, toDay]);
  const pages = useCursorPages(JSON.stringify(filter));
  const { after, page } = pages;
  const options = useQuery(AuditFilterOptionsQuery);
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { filter, first: pageSize, after },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.auditLog;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  const first = entries.length > 0 ? (page - 1) * pageSize + 1 : 0;
  const last = first > 0 ? first + entries.length - 1 : 0;
  const users = options.data?.users ?? [];
  const nameOf = (id: string | null | undefined) => users.find((u) => u.id === id)?.name;

  return (
    <section aria-labelledby="audit-title">
      <div className="page-header">
        <h1 id="audit-title">{t.title}</h1>
      </div>
      <p className="muted">{t.intro}</p>

      <form className="filters" role="search" aria-label={t.filtersLabel} onSubmit={(event) => event.preventDefault()}>
        <Field label={t.user}>
          {(control) => (
            <select {...control} className="select" value={userId} onChange={(event) => setUserId(event.target.value)}>
              <option value="">{t.allUsers}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.entityType}>
          {(control) => (
            <select {...control} className="select" value={entityType} onChange={(event) => setEntityType(event.target.value)}>
              <option value="">{t.allEntityTypes}</option>
              {(options.data?.auditEntityTypes ?? []).map((type) => (
                <option key={type} value={type}>
                  {t.entityTypeLabels[type] ?? type}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.from}>
          {(control) => <input {...control} className="input" type="date" value={fromDay} onChange={(event) => setFromDay(event.target.value)} />}
        </Field>
        <Field label={t.to}>
          {(control) => <input {...control} className="input" type="date" value={toDay} onChange={(event) => setToDay(event.target.value)} />}
        </Field>
        <div className="filters__actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setUserId('');
              setEntityType('');
              setFromDay('');
              setToDay('');
            }}
          >
            {t.clear}
          </button>
        </div>
      </form>

      {error ? <LoadError title={t.loadFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} /> : null}
      {!connection && loading ? <Loading label={t.loading} /> : null}

      {connection ? (
        <>
          <div className="table-wrapper" aria-busy={loading}>
            <table className="table" data-testid="audit-table">
              <caption>{t.caption(connection.totalCount)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.columns.when}</th>
                  <th scope="col">{t.columns.who}</th>
                  <th scope="col">{t.columns.operation}</th>
                  <th scope="col">{t.columns.record}</th>
                  <th scope="col">{t.columns.changes}</th>
                </tr>
              </thead>
              <tbody>
                {entries.length === 0 ? (
                  <tr>
                    <td colSpan={5}>{t.noEntries}</td>
                  </tr>
                ) : (
                  entries.map((entry) => (
                    <tr key={entry.id} data-testid="audit-entry">
                      <td>
                        <time dateTime={entry.createdAt}>{dateTime.format(new Date(entry.createdAt))}</time>
                      </td>
                      <td>
                        {nameOf(entry.userId) ?? entry.userEmail ?? <span className="muted">{t.unknownUser}</span>}
                        {entry.userEmail && nameOf(entry.userId) ? <div className="muted">{entry.userEmail}</div> : null}
                      </td>
                      <td>
                        <code>{entry.operation}</code>
                      </td>
                      <th scope="row">
                        {t.entityTypeLabels[entry.entityType] ?? entry.entityType} {t.actions[entry.action] ?? entry.action}
                        {entry.entityId ? (
                          <div className="muted">
                            <code title={entry.entityId}>{entry.entityId.slice(0, 8)}</code>
                          </div>
                        ) : null}
                      </th>
                      <td>
                        <Changes entry={entry} />
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
          <nav className="pagination" aria-label={t.title}>
            <p className="muted" aria-live="polite" style={{ margin: 0 }}>
              {t.pageStatus(page, first, last, connection.totalCount)}
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
