import { i18n } from '@lingui/core';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ChangeUserRoleMutation,
  DeactivateUserMutation,
  ReactivateUserMutation,
  UnlockSignInMutation,
  UserFormPartnersQuery,
  UserListQuery,
  type Role,
  type UserFilter,
  type UserRowFragment,
} from '@polisee/graphql';
import { ConfirmDialog, EnumSelect, ErrorAlert, Field, LoadError, Loading, userRoleLabels } from '@polisee/ui';
import { useSession } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { columnsFor, DataTable } from '../../kit/data-table';
import { enumParam, sortParam, textParam, useUrlState } from '../../kit/url-state';
import { useDraftText } from '../../kit/use-draft-text';
import { InviteUserForm } from './invite-user-form';
import { userStrings as t } from './strings';

const roles = Object.keys(userRoleLabels) as Role[];
type UserSortField = 'NAME' | 'EMAIL' | 'ROLE' | 'PARTNER' | 'STATUS' | 'LAST_LOGIN';

/** The list's view in the URL; every user is loaded, so the table sorts on the client. */
const listParams = {
  q: textParam(),
  role: enumParam(roles),
  status: enumParam(['active', 'inactive'] as const),
  sort: sortParam<UserSortField>(['NAME', 'EMAIL', 'ROLE', 'PARTNER', 'STATUS', 'LAST_LOGIN'], { field: 'NAME', direction: 'ASC' }),
};

const col = columnsFor<UserRowFragment>();
const statusRank = (user: UserRowFragment) => (!user.active ? 2 : user.invitationPending ? 1 : 0);

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

type Pending =
  | { kind: 'role'; user: UserRowFragment }
  | { kind: 'deactivate'; user: UserRowFragment }
  | { kind: 'reactivate'; user: UserRowFragment }
  | { kind: 'unlock'; user: UserRowFragment };

function StatusBadge({ user }: { user: UserRowFragment }) {
  if (!user.active) return <span className="badge badge--danger">{t.deactivated}</span>;
  if (user.invitationPending) return <span className="badge badge--muted">{t.pending}</span>;
  return <span className="badge badge--success">{t.active}</span>;
}

export function UserListPage() {
  const me = useSession();
  if (me.role !== 'ADMIN') return <ErrorAlert>{t.adminOnly}</ErrorAlert>;
  return <UserList meId={me.id} />;
}

function UserList({ meId }: { meId: string }) {
  const { values: view, update } = useUrlState(listParams);
  const [search, setSearch] = useDraftText(view.q, (q) => update({ q }));
  const [inviting, setInviting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [newRole, setNewRole] = useState<Role>('PARTNER_EDITOR');
  const [newPartnerId, setNewPartnerId] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);

  const filter = useMemo<UserFilter>(
    () => ({
      ...(view.q.trim() ? { search: view.q.trim() } : {}),
      ...(view.role ? { role: view.role } : {}),
      ...(view.status ? { active: view.status === 'active' } : {}),
    }),
    [view.q, view.role, view.status],
  );
  const { data, previousData, loading, error, refetch } = useQuery(UserListQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const partners = useQuery(UserFormPartnersQuery, { skip: pending?.kind !== 'role' });
  const [changeRole, roleChange] = useMutation(ChangeUserRoleMutation);
  const [deactivate, deactivation] = useMutation(DeactivateUserMutation);
  const [reactivate, reactivation] = useMutation(ReactivateUserMutation);
  const [unlock, unlocking] = useMutation(UnlockSignInMutation);
  const busy = roleChange.loading || deactivation.loading || reactivation.loading || unlocking.loading;
  const users = (data ?? previousData)?.users;

  const columns = useMemo(
    () => [
      col.accessor('name', {
        id: 'NAME',
        header: t.columns.name,
        meta: { rowHeader: true },
        sortFn: 'text',
        cell: ({ row }) => (
          <>
            {row.original.name} {row.original.id === meId ? <span className="muted">{t.you}</span> : null}
          </>
        ),
      }),
      col.accessor('email', { id: 'EMAIL', header: t.columns.email, sortFn: 'text' }),
      col.accessor((user) => i18n._(userRoleLabels[user.role]), { id: 'ROLE', header: t.columns.role, sortFn: 'text' }),
      col.accessor((user) => user.partner?.name ?? '', { id: 'PARTNER', header: t.columns.partner, sortFn: 'text', cell: ({ getValue }) => getValue() || '—' }),
      col.accessor(statusRank, { id: 'STATUS', header: t.columns.status, sortFn: 'basic', cell: ({ row }) => <StatusBadge user={row.original} /> }),
      col.accessor((user) => user.lastLoginAt ?? '', {
        id: 'LAST_LOGIN',
        header: t.columns.lastLogin,
        sortFn: 'basic',
        cell: ({ row }) => (row.original.lastLoginAt ? dateFormat.format(new Date(row.original.lastLoginAt)) : t.never),
      }),
      col.display({
        id: 'actions',
        header: t.columns.actions,
        meta: { hiddenHeader: true },
        cell: ({ row }) => {
          const user = row.original;
          // You cannot change your own role or deactivate yourself: the API refuses it.
          if (user.id === meId) return null;
          return (
            <div className="row-actions">
              <button type="button" className="button button--secondary button--small" aria-label={t.changeRoleNamed(user.name)} onClick={() => open({ kind: 'role', user })}>
                {t.changeRole}
              </button>
              {user.active && !user.invitationPending ? (
                <button type="button" className="button button--secondary button--small" aria-label={t.unlockNamed(user.name)} onClick={() => open({ kind: 'unlock', user })}>
                  {t.unlock}
                </button>
              ) : null}
              {user.active ? (
                <button type="button" className="button button--danger-quiet button--small" aria-label={t.deactivateNamed(user.name)} onClick={() => open({ kind: 'deactivate', user })}>
                  {t.deactivate}
                </button>
              ) : (
                <button type="button" className="button button--secondary button--small" aria-label={t.reactivateNamed(user.name)} onClick={() => open({ kind: 'reactivate', user })}>
                  {t.reactivate}
                </button>
              )}
            </div>
          );
        },
      }),
    ],
    [meId],
  );

  function open(next: Pending) {
    setActionError(null);
    if (next.kind === 'role') {
      setNewRole(next.user.role);
      setNewPartnerId(next.user.partnerId ?? '');
    }
    setPending(next);
  }

  async function confirm() {
    if (!pending) return;
    const { user } = pending;
    setActionError(null);
    try {
      if (pending.kind === 'role') {
        if (newRole === 'PARTNER_EDITOR' && !newPartnerId) {
          setActionError(t.partnerRequired);
          return;
        }
        await changeRole({
          variables: { input: { userId: user.id, role: newRole, partnerId: newRole === 'PARTNER_EDITOR' ? newPartnerId : null } },
        });
        setStatus(t.roleChanged(user.name));
      } else if (pending.kind === 'unlock') {
        const result = await unlock({ variables: { email: user.email } });
        setStatus(t.unlocked(user.name, result.data?.unlockSignIn ?? 0));
      } else if (pending.kind === 'deactivate') {
        await deactivate({ variables: { id: user.id } });
        setStatus(t.deactivated_(user.name));
      } else {
        await reactivate({ variables: { id: user.id } });
        setStatus(t.reactivated(user.name));
      }
      setPending(null);
      await refetch();
    } catch (e) {
      setActionError(readApiError(e).message);
    }
  }

  const dialog = pending
    ? pending.kind === 'role'
      ? { title: t.changeRoleTitle(pending.user.name), confirm: t.saveRole, danger: false }
      : pending.kind === 'deactivate'
        ? { title: t.deactivateTitle, confirm: t.deactivate, danger: true }
        : pending.kind === 'unlock'
          ? { title: t.unlockTitle, confirm: t.unlock, danger: false }
          : { title: t.reactivateTitle, confirm: t.reactivate, danger: false }
    : { title: '', confirm: '', danger: false };

  return (
    <section aria-labelledby="users-title">
      <div className="page-header">
        <h1 id="users-title">{t.title}</h1>
        {!inviting ? (
          <button type="button" className="button" onClick={() => setInviting(true)}>
            {t.invite}
          </button>
        ) : null}
      </div>

      {inviting ? (
        <InviteUserForm
          onInvited={() => void refetch()}
          onClose={() => setInviting(false)}
        />
      ) : null}

      <div aria-live="polite" aria-atomic="true">
        {status ? (
          <div className="alert alert--success" role="status">
            {status}
          </div>
        ) : null}
      </div>

      <form className="filters" role="search" aria-label={t.filtersLabel} onSubmit={(event) => event.preventDefault()}>
        <Field label={t.search} hint={t.searchHint}>
          {(control) => <input {...control} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={t.role}>
          {(control) => (
            <EnumSelect {...control} labels={userRoleLabels} placeholder={t.allRoles} value={view.role} onChange={(event) => update({ role: event.target.value as Role | '' })} />
          )}
        </Field>
        <Field label={t.status}>
          {(control) => (
            <select {...control} className="select" value={view.status} onChange={(event) => update({ status: event.target.value as '' | 'active' | 'inactive' })}>
              <option value="">{t.allStatuses}</option>
              <option value="active">{t.activeOnly}</option>
              <option value="inactive">{t.inactiveOnly}</option>
            </select>
          )}
        </Field>
      </form>

      {error ? (
        <LoadError title={t.loadFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} />
      ) : null}
      {!users && loading ? <Loading label={t.loading} /> : null}

      {users ? (
        <DataTable
          rows={users}
          columns={columns}
          getRowId={(user) => user.id}
          caption={t.caption(users.length)}
          sort={view.sort}
          onSortChange={(sort) => update({ sort })}
          emptyText={t.noResults}
          busy={loading}
          testId="users-table"
          rowProps={() => ({ 'data-testid': 'user-row' })}
        />
      ) : null}

      <ConfirmDialog
        open={pending !== null}
        title={dialog.title}
        confirmLabel={dialog.confirm}
        danger={dialog.danger}
        busy={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => void confirm()}
      >
        {pending?.kind === 'role' ? (
          <>
            <Field label={t.role} required>
              {(control) => <EnumSelect {...control} labels={userRoleLabels} exclude={['LEARNER']} value={newRole} onChange={(event) => setNewRole(event.target.value as Role)} />}
            </Field>
            {newRole === 'PARTNER_EDITOR' ? (
              <Field label={t.partner} required hint={t.partnerHint}>
                {(control) => (
                  <select {...control} className="select" value={newPartnerId} onChange={(event) => setNewPartnerId(event.target.value)}>
                    <option value="">{partners.loading ? t.loadingPartners : t.choosePartner}</option>
                    {partners.data?.partners.edges.map(({ node }) => (
                      <option key={node.id} value={node.id}>
                        {node.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
          </>
        ) : pending?.kind === 'deactivate' ? (
          <p>{t.deactivateBody(pending.user.name)}</p>
        ) : pending?.kind === 'unlock' ? (
          <p>{t.unlockBody(pending.user.name)}</p>
        ) : pending?.kind === 'reactivate' ? (
          <p>{t.reactivateBody(pending.user.name)}</p>
        ) : null}
        <div aria-live="assertive">{actionError ? <div className="alert alert--error">{actionError}</div> : null}</div>
      </ConfirmDialog>
    </section>
  );
}
