import { useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { SignOutMutation } from '@polisee/graphql';
import { userRoleLabels } from '@polisee/ui';
import { useSession } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { navigation } from './navigation';
import { layoutStrings as t } from './strings';

export function AdminLayout() {
  const user = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const [error, setError] = useState<string | null>(null);

  async function handleSignOut() {
    setError(null);
    try {
      await signOut();
      await client.clearStore();
      await navigate('/sign-in', { replace: true });
    } catch (e) {
      setError(readApiError(e).message);
    }
  }

  const items = navigation.filter((item) => !item.roles || item.roles.includes(user.role));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__logo" aria-hidden="true">
            ★
          </span>
          <span>
            <strong>{t.productName}</strong> <span className="shell__console">{t.consoleName}</span>
          </span>
        </div>
        <div className="shell__user">
          <span>
            <span className="visually-hidden">{t.signedInAs} </span>
            <strong data-testid="current-user">{user.name}</strong>{' '}
            <span className="badge badge--muted">{userRoleLabels[user.role]}</span>
            {user.partner ? <span className="shell__partner"> · {user.partner.name}</span> : null}
          </span>
          <button type="button" className="button button--secondary button--small" onClick={() => void handleSignOut()} disabled={loading}>
            {loading ? t.signingOut : t.signOut}
          </button>
        </div>
      </header>
      <div className="shell__body">
        <nav className="shell__nav" aria-label={t.mainNavigation}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="shell__main" tabIndex={-1}>
          <div aria-live="assertive">{error ? <div className="alert alert--error">{error}</div> : null}</div>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
