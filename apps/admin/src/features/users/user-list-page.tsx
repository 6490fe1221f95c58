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
import { ConfirmDialog, ErrorAlert, Field, LoadError, Loading, optionsOf, userRoleLabels } from '@polisee/ui';
import { useSession } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { InviteUserForm } from './invite-user-form';
import { userStrings as t } from './strings';
import { i18n } from '@lingui/core';

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
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [active, setActive] = useState<'' | 'true' | 'false'>('');
  const [inviting, setInviting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [newRole, setNewRole] = useState<Role>('PARTNER_EDITOR');
  const [newPartnerId, setNewPartnerId] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);

  const filter = useMemo<UserFilter>(
    () => ({
      ...(debouncedSearch ? { search: debouncedSearch } : {}),
      ...(role ? { role } : {}),
      ...(active ? { active: active === 'true' } : {}),
    }),
    [debouncedSearch, role, active],
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
      } else if (pending.kind === 'deactivate') {
        await deactivate({ variables: { id: user.id } });
        setStatus(t.deactivated_(user.name));
      } else if (pending.kind === 'unlock') {
        const result = await unlock({ variables: { email: user.email } });
        setStatus(t.unlocked(user.name, result.data?.unlockSignIn ?? 0));
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
            <select {...control} className="select" value={role} onChange={(event) => setRole(event.target.value as Role | '')}>
              <option value="">{t.allRoles}</option>
              {optionsOf(userRoleLabels).map((option) => (
                <option key={option.value} value={option.value}>
                  {i18n._(option.label)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t.status}>
          {(control) => (
            <select {...control} className="select" value={active} onChange={(event) => setActive(event.target.value as '' | 'true' | 'false')}>
              <option value="">{t.allStatuses}</option>
              <option value="true">{t.activeOnly}</option>
              <option value="false">{t.inactiveOnly}</option>
            </select>
          )}
        </Field>
      </form>

      {error ? (
        <LoadError title={t.loadFailed} message={readApiError(error).message} retryLabel={t.retry} onRetry={() => void refetch()} />
      ) : null}
      {!users && loading ? <Loading label={t.loading} /> : null}

      {users ? (
        <div className="table-wrapper" aria-busy={loading}>
          <table className="table" data-testid="users-table">
            <caption>{t.caption(users.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.name}</th>
                <th scope="col">{t.columns.email}</th>
                <th scope="col">{t.columns.role}</th>
                <th scope="col">{t.columns.partner}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.lastLogin}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.length === 0 ? (
                <tr>
                  <td colSpan={7}>{t.noResults}</td>
                </tr>
              ) : (
                users.map((user) => (
                  <tr key={user.id} data-testid="user-row">
                    <th scope="row">
                      {user.name} {user.id === meId ? <span className="muted">{t.you}</span> : null}
                    </th>
                    <td>{user.email}</td>
                    <td>{i18n._(userRoleLabels[user.role])}</td>
                    <td>{user.partner?.name ?? '—'}</td>
                    <td>
                      <StatusBadge user={user} />
                    </td>
                    <td>{user.lastLoginAt ? dateFormat.format(new Date(user.lastLoginAt)) : t.never}</td>
                    <td>
                      {user.id !== meId ? (
                        <div className="row-actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={t.changeRoleNamed(user.name)}
                            onClick={() => open({ kind: 'role', user })}
                          >
                            {t.changeRole}
                          </button>
                          {user.active ? (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={t.deactivateNamed(user.name)}
                              onClick={() => open({ kind: 'deactivate', user })}
                            >
                              {t.deactivate}
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={t.reactivateNamed(user.name)}
                              onClick={() => open({ kind: 'reactivate', user })}
                            >
                              {t.reactivate}
                            </button>
                          )}
                          {user.active && !user.invitationPending ? (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={t.unlockNamed(user.name)}
                              onClick={() => open({ kind: 'unlock', user })}
                            >
                              {t.unlock}
                            </button>
                          ) : null}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
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
              {(control) => (
                <select {...control} className="select" value={newRole} onChange={(event) => setNewRole(event.target.value as Role)}>
                  {optionsOf(userRoleLabels).map((option) => (
                    <option key={option.value} value={option.value}>
                      {i18n._(option.label)}
                    </option>
                  ))}
                </select>
              )}
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
        ) : pending?.kind === 'reactivate' ? (
          <p>{t.reactivateBody(pending.user.name)}</p>
        ) : pending?.kind === 'unlock' ? (
          <p>{t.unlockBody(pending.user.name)}</p>
        ) : null}
        <div aria-live="assertive">{actionError ? <div className="alert alert--error">{actionError}</div> : null}</div>
      </ConfirmDialog>
    </section>
  );
}
