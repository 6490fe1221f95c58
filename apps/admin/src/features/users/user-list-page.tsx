import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
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
import { commonMessages, ConfirmDialog, EnumSelect, ErrorAlert, Field, LoadError, Loading, useDocumentTitle, useFormat, userRoleLabels } from '@polisee/ui';
import { useSession } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { columnsFor, DataTable } from '../../kit/data-table';
import { enumParam, sortParam, textParam, useUrlState } from '../../kit/url-state';
import { useDraftText } from '../../kit/use-draft-text';
import { InviteUserForm } from './invite-user-form';

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


type Pending =
  | { kind: 'role'; user: UserRowFragment }
  | { kind: 'deactivate'; user: UserRowFragment }
  | { kind: 'reactivate'; user: UserRowFragment }
  | { kind: 'unlock'; user: UserRowFragment };

function StatusBadge({ user }: { user: UserRowFragment }) {
  const { t } = useLingui();
  if (!user.active) return <span className="badge badge--danger">{t`Deactivated`}</span>;
  if (user.invitationPending) return <span className="badge badge--muted">{t`Invitation pending`}</span>;
  return <span className="badge badge--success">{t`Active`}</span>;
}

export function UserListPage() {
  const { t } = useLingui();
  useDocumentTitle(t`Users`, 'PoliSEE admin');
  const me = useSession();
  if (me.role !== 'ADMIN') return <ErrorAlert>{t`Only administrators can manage users.`}</ErrorAlert>;
  return <UserList meId={me.id} />;
}

function UserList({ meId }: { meId: string }) {
  const { t, i18n } = useLingui();
  const format = useFormat();
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
  const userCount = format.number(users?.length ?? 0);

  const columns = useMemo(
    () => [
      col.accessor('name', {
        id: 'NAME',
        header: t`Name`,
        meta: { rowHeader: true },
        sortFn: 'text',
        cell: ({ row }) => (
          <>
            {row.original.name} {row.original.id === meId ? <span className="muted">{t`(you)`}</span> : null}
          </>
        ),
      }),
      col.accessor('email', { id: 'EMAIL', header: t`Email`, sortFn: 'text' }),
      col.accessor((user) => i18n._(userRoleLabels[user.role]), { id: 'ROLE', header: t`Role`, sortFn: 'text' }),
      col.accessor((user) => user.partner?.name ?? '', { id: 'PARTNER', header: t`Partner`, sortFn: 'text', cell: ({ getValue }) => getValue() || '—' }),
      col.accessor(statusRank, { id: 'STATUS', header: t`Status`, sortFn: 'basic', cell: ({ row }) => <StatusBadge user={row.original} /> }),
      col.accessor((user) => user.lastLoginAt ?? '', {
        id: 'LAST_LOGIN',
        header: t`Last sign-in`,
        sortFn: 'basic',
        cell: ({ row }) => (row.original.lastLoginAt ? format.dateTime(row.original.lastLoginAt) : t`Never`),
      }),
      col.display({
        id: 'actions',
        header: t`Actions`,
        meta: { hiddenHeader: true },
        cell: ({ row }) => {
          const user = row.original;
          const name = user.name;
          // You cannot change your own role or deactivate yourself: the API refuses it.
          if (user.id === meId) return null;
          return (
            <div className="row-actions">
              <button type="button" className="button button--secondary button--small" aria-label={t`Change role of ${name}`} onClick={() => open({ kind: 'role', user })}>
                {t`Change role`}
              </button>
              {user.active && !user.invitationPending ? (
                <button type="button" className="button button--secondary button--small" aria-label={t`Unlock sign-in for ${name}`} onClick={() => open({ kind: 'unlock', user })}>
                  {t`Unlock sign-in`}
                </button>
              ) : null}
              {user.active ? (
                <button type="button" className="button button--danger-quiet button--small" aria-label={t`Deactivate ${name}`} onClick={() => open({ kind: 'deactivate', user })}>
                  {t`Deactivate`}
                </button>
              ) : (
                <button type="button" className="button button--secondary button--small" aria-label={t`Reactivate ${name}`} onClick={() => open({ kind: 'reactivate', user })}>
                  {t`Reactivate`}
                </button>
              )}
            </div>
          );
        },
      }),
    ],
    [meId, t, i18n, format],
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
    const name = user.name;
    setActionError(null);
    try {
      if (pending.kind === 'role') {
        if (newRole === 'PARTNER_EDITOR' && !newPartnerId) {
          setActionError(t`Choose the partner this editor works for.`);
          return;
        }
        await changeRole({
          variables: { input: { userId: user.id, role: newRole, partnerId: newRole === 'PARTNER_EDITOR' ? newPartnerId : null } },
        });
        setStatus(t`Changed the role of ${name}.`);
      } else if (pending.kind === 'unlock') {
        const result = await unlock({ variables: { email: user.email } });
        const cleared = result.data?.unlockSignIn ?? 0;
        setStatus(
          cleared === 0
            ? t`Sign-in for ${name} was not paused; nothing to unlock.`
            : t`Unlocked sign-in for ${name} (${plural(cleared, { one: '# paused address', other: '# paused addresses' })}).`,
        );
      } else if (pending.kind === 'deactivate') {
        await deactivate({ variables: { id: user.id } });
        setStatus(t`Deactivated ${name}.`);
      } else {
        await reactivate({ variables: { id: user.id } });
        setStatus(t`Reactivated ${name}.`);
      }
      setPending(null);
      await refetch();
    } catch (e) {
      setActionError(readApiError(e).message);
    }
  }

  const pendingName = pending?.user.name;
  const dialog = pending
    ? pending.kind === 'role'
      ? { title: t`Change the role of ${pendingName}`, confirm: t`Save role`, danger: false }
      : pending.kind === 'deactivate'
        ? { title: t`Deactivate user?`, confirm: t`Deactivate`, danger: true }
        : pending.kind === 'unlock'
          ? { title: t`Unlock sign-in?`, confirm: t`Unlock sign-in`, danger: false }
          : { title: t`Reactivate user?`, confirm: t`Reactivate`, danger: false }
    : { title: '', confirm: '', danger: false };

  return (
    <section aria-labelledby="users-title">
      <div className="page-header">
        <h1 id="users-title">{t`Users`}</h1>
        {!inviting ? (
          <button type="button" className="button" onClick={() => setInviting(true)}>
            {t`Invite user`}
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

      <form className="filters" role="search" aria-label={t`Filter users`} onSubmit={(event) => event.preventDefault()}>
        <Field label={i18n._(commonMessages.search)} hint={t`Name or email`}>
          {(control) => <input {...control} className="input" type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={t`Role`}>
          {(control) => (
            <EnumSelect {...control} labels={userRoleLabels} placeholder={t`All roles`} value={view.role} onChange={(event) => update({ role: event.target.value as Role | '' })} />
          )}
        </Field>
        <Field label={t`Status`}>
          {(control) => (
            <select {...control} className="select" value={view.status} onChange={(event) => update({ status: event.target.value as '' | 'active' | 'inactive' })}>
              <option value="">{t`All`}</option>
              <option value="active">{t`Active`}</option>
              <option value="inactive">{t`Deactivated`}</option>
            </select>
          )}
        </Field>
      </form>

      {error ? (
        <LoadError title={t`Users could not be loaded`} message={readApiError(error).message} retryLabel={i18n._(commonMessages.tryAgain)} onRetry={() => void refetch()} />
      ) : null}
      {!users && loading ? <Loading label={t`Loading users…`} /> : null}

      {users ? (
        <DataTable
          rows={users}
          columns={columns}
          getRowId={(user) => user.id}
          caption={t`Console users (${userCount})`}
          sort={view.sort}
          onSortChange={(sort) => update({ sort })}
          emptyText={t`No users match these filters.`}
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
            <Field label={t`Role`} required>
              {(control) => <EnumSelect {...control} labels={userRoleLabels} exclude={['LEARNER']} value={newRole} onChange={(event) => setNewRole(event.target.value as Role)} />}
            </Field>
            {newRole === 'PARTNER_EDITOR' ? (
              <Field label={t`Partner`} required hint={t`Required for partner editors: the partner whose records they edit.`}>
                {(control) => (
                  <select {...control} className="select" value={newPartnerId} onChange={(event) => setNewPartnerId(event.target.value)}>
                    <option value="">{partners.loading ? t`Loading partners…` : t`Choose a partner…`}</option>
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
          <p>{t`${pendingName} will be signed out and can no longer sign in until reactivated.`}</p>
        ) : pending?.kind === 'unlock' ? (
          <p>{t`After several wrong passwords, sign-in to the account of ${pendingName} is paused at the addresses they came from. Unlocking lets ${pendingName} try again at once from every address.`}</p>
        ) : pending?.kind === 'reactivate' ? (
          <p>{t`${pendingName} will be able to sign in again.`}</p>
        ) : null}
        <div aria-live="assertive">{actionError ? <div className="alert alert--error">{actionError}</div> : null}</div>
      </ConfirmDialog>
    </section>
  );
}
