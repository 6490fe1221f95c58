import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Navigate, useLocation } from 'react-router';
import { SessionQuery, type ResultOf } from '@polisee/graphql';
import { ErrorAlert, Loading } from '@polisee/ui';
import { readApiError } from './api-error';
import { Trans, useLingui } from '@lingui/react/macro';

export type SessionUser = NonNullable<ResultOf<typeof SessionQuery>['me']>;

const SessionContext = createContext<SessionUser | null>(null);

/** The signed-in user; only usable below <RequireSession>. */
export function useSession(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSession() used outside <RequireSession>');
  return user;
}

export function useIsAdmin(): boolean {
  return useSession().role === 'ADMIN';
}

/** Renders its children for a signed-in user, sends anyone else to sign-in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useLingui();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(SessionQuery, { fetchPolicy: 'cache-first' });

  if (loading && !data) return <Loading label={t`Checking your session…`} />;
  if (error && !data) {
    return (
      <main className="auth-page">
        <ErrorAlert title={t`Cannot load your session`}>
          <p>{readApiError(error).message}</p>
          <button type="button" className="button" onClick={() => void refetch()}>
            <Trans>Try again</Trans>
          </button>
        </ErrorAlert>
      </main>
    );
  }
  if (!data?.me) {
    const from = location.pathname + location.search;
    return <Navigate to="/sign-in" replace state={{ from }} />;
  }
  return <SessionContext.Provider value={data.me}>{children}</SessionContext.Provider>;
}
