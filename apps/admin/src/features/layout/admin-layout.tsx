import { useRef, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { SignOutMutation } from '@polisee/graphql';
import { Trans, useLingui } from '@lingui/react/macro';
import { productName, LanguageSwitcher, useFocusOnNavigation, userRoleLabels } from '@polisee/ui';
import { useSession } from '../../app/session';
import { readApiError } from '../../app/api-error';
import { navigation } from './navigation';

export function AdminLayout() {
  const { t, i18n } = useLingui();
  const user = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const [error, setError] = useState<string | null>(null);
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);

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

  // Self-registered learners are no partnership staff: the console has nothing for them.
  const learner = user.role === 'LEARNER';
  const items = learner ? [] : navigation.filter((item) => !item.roles || item.roles.includes(user.role));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        <Trans>Skip to content</Trans>
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__logo" aria-hidden="true">
            ★
          </span>
          <span>
            <strong>{productName}</strong>{' '}
            <span className="shell__console">
              <Trans>Admin console</Trans>
            </span>
          </span>
        </div>
        <div className="shell__user">
          <span>
            <span className="visually-hidden">
              <Trans>Signed in as</Trans>{' '}
            </span>
            <strong data-testid="current-user">{user.name}</strong>{' '}
            <span className="badge badge--muted">{i18n._(userRoleLabels[user.role])}</span>
            {user.partner ? <span className="shell__partner"> · {user.partner.name}</span> : null}
          </span>
          <button type="button" className="button button--secondary button--small" onClick={() => void handleSignOut()} disabled={loading}>
            {loading ? t`Signing out…` : t`Sign out`}
          </button>
          <LanguageSwitcher base="/admin" />
        </div>
      </header>
      <div className="shell__body">
        <nav className="shell__nav" aria-label={t({ message: 'Main', comment: 'Accessible name of the main navigation' })}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{i18n._(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="shell__main" tabIndex={-1} ref={main}>
          <div aria-live="assertive">{error ? <div className="alert alert--error">{error}</div> : null}</div>
          {learner ? (
            <section aria-labelledby="learner-title">
              <h1 id="learner-title">
                <Trans>This console is for the partnership’s staff</Trans>
              </h1>
              <p>
                <Trans>
                  Your learner account works on the portal: <a href="/training/dashboard">go to your training modules</a>.
                </Trans>
              </p>
            </section>
          ) : (
            <Outlet />
          )}
        </main>
      </div>
    </div>
  );
}
