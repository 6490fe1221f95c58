import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { AuditFilterOptionsQuery, AuditLogQuery, type AuditEntryRowFragment, type AuditFilter } from '@polisee/graphql';
import { commonMessages, ErrorAlert, Field, LoadError, Loading, pagerMessages, useDocumentTitle, useFormat, TableScroll } from '@polisee/ui';
import { useSession } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { PagerButtons, useCursorPages } from '../../app/cursor-pages';
import { entityTypeLabels } from './labels';

const pageSize = 20;
const shownFields = 8;
const EMPTY = '—';

/** A JSON value from the log as a person reads it: strings without quotes, null as a dash. */
function show(json: string | null | undefined): string {
  if (json === null || json === undefined) return EMPTY;
  try {
    const value: unknown = JSON.parse(json);
    if (value === null) return EMPTY;
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
  const { t } = useLingui();
  useDocumentTitle(t`Audit log`, 'PoliSEE admin');
  if (me.role !== 'ADMIN') {
    return (
      <ErrorAlert>
        <Trans>Only administrators can read the audit log.</Trans>
      </ErrorAlert>
    );
  }
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
            <th scope="col">
              <Trans>Field</Trans>
            </th>
            {entry.action !== 'INSERT' ? (
              <th scope="col">
                <Trans>Before</Trans>
              </th>
            ) : null}
            {entry.action !== 'DELETE' ? (
              <th scope="col">
                <Trans>After</Trans>
              </th>
            ) : null}
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
      {rest > 0 ? (
        <p className="muted">
          <Plural value={rest} one="and # more field" other="and # more fields" />
        </p>
      ) : null}
    </>
  );
}

function AuditLog() {
  const { t, i18n } = useLingui();
  const format = useFormat();
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
  const total = connection?.totalCount ?? 0;
  const pageStatus = total === 0 ? t`No changes` : t`Page ${page} · changes ${first}–${last} of ${total}`;

  return (
    <section aria-labelledby="audit-title">
      <div className="page-header">
        <h1 id="audit-title">
          <Trans>Audit log</Trans>
        </h1>
      </div>
      <p className="muted">
        <Trans>Every change made by a signed-in user: who, what, when, and the fields before and after. Newest first.</Trans>
      </p>

      <form className="filters" role="search" aria-label={t`Filter the audit log`} onSubmit={(event) => event.preventDefault()}>
        <Field label={t`User`}>
          {(control) => (
            <select {...control} className="select" value={userId} onChange={(event) => setUserId(event.target.value)}>
              <option value="">{t`All users`}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t`Record type`}>
          {(control) => (
            <select {...control} className="select" value={entityType} onChange={(event) => setEntityType(event.target.value)}>
              <option value="">{t`All record types`}</option>
              {(options.data?.auditEntityTypes ?? []).map((type) => (
                <option key={type} value={type}>
                  {entityTypeLabels[type] ? i18n._(entityTypeLabels[type]) : type}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t({ message: 'From', comment: 'Audit log filter: the first day' })}>
          {(control) => <input {...control} className="input" type="date" value={fromDay} onChange={(event) => setFromDay(event.target.value)} />}
        </Field>
        <Field label={t({ message: 'To (inclusive)', comment: 'Audit log filter: the last day' })}>
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
            <Trans>Clear filters</Trans>
          </button>
        </div>
      </form>

      {error ? (
        <LoadError title={t`The audit log could not be loaded`} message={readApiError(error).message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} />
      ) : null}
      {!connection && loading ? <Loading label={t`Loading the audit log…`} /> : null}

      {connection ? (
        <>
          <TableScroll busy={loading}>
            <table className="table" data-testid="audit-table">
              <caption>
                <Plural value={total} one="# change, newest first" other="# changes, newest first" />
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <Trans>When</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Who</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Operation</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Record</Trans>
                  </th>
                  <th scope="col">
                    <Trans>Changes</Trans>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.length === 0 ? (
                  <tr>
                    <td colSpan={5}>
                      <Trans>No changes match these filters.</Trans>
                    </td>
                  </tr>
                ) : (
                  entries.map((entry) => (
                    <tr key={entry.id} data-testid="audit-entry">
                      <td>
                        <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
                      </td>
                      <td>
                        {nameOf(entry.userId) ?? entry.userEmail ?? (
                          <span className="muted">
                            <Trans>Unknown user</Trans>
                          </span>
                        )}
                        {entry.userEmail && nameOf(entry.userId) ? <div className="muted">{entry.userEmail}</div> : null}
                      </td>
                      <td>
                        <code>{entry.operation}</code>
                      </td>
                      <th scope="row">
                        <RecordLabel entityType={entry.entityType} action={entry.action} />
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
          </TableScroll>
          <nav className="pagination" aria-label={t`Pages of the audit log`}>
            <p className="muted" aria-live="polite" style={{ margin: 0 }}>
              {pageStatus}
            </p>
            <div className="pagination__controls">
              <PagerButtons
                pages={pages}
                pageInfo={connection.pageInfo}
                loading={loading}
                previousLabel={i18n._(pagerMessages.previous)}
                nextLabel={i18n._(pagerMessages.next)}
              />
            </div>
          </nav>
        </>
      ) : null}
    </section>
  );
}

/** "Partner changed": the kind of record and what happened to it, as one translatable sentence. */
function RecordLabel({ entityType, action }: { entityType: string; action: string }) {
  const { t, i18n } = useLingui();
  const kind = entityTypeLabels[entityType] ? i18n._(entityTypeLabels[entityType]) : entityType;
  if (action === 'INSERT') return <>{t({ message: `${kind} created`, comment: 'Audit log: a kind of record, e.g. "Partner created"' })}</>;
  if (action === 'DELETE') return <>{t({ message: `${kind} deleted`, comment: 'Audit log: a kind of record, e.g. "Partner deleted"' })}</>;
  return <>{t({ message: `${kind} changed`, comment: 'Audit log: a kind of record, e.g. "Partner changed"' })}</>;
}
