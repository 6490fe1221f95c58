import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { SignInMutation } from '@polisee/graphql';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { apiErrorMessages, useDocumentTitle } from '@polisee/ui';
import { readApiError } from '../../app/api-error';

interface LocationState {
  from?: string;
}

const tooManyAttempts = (seconds: number | undefined) =>
  seconds === undefined
    ? apiErrorMessages.TOO_MANY_REQUESTS!
    : msg`Too many attempts. Try again in ${plural(seconds, { one: '# second', other: '# seconds' })}.`;

export function SignInPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Sign in`, 'PoliSEE admin');
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [retryUntil, setRetryUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const id = useId();

  // Count down a rate limit so the button re-enables by itself.
  useEffect(() => {
    if (retryUntil === null) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= retryUntil) {
        setRetryUntil(null);
        setError(null);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [retryUntil]);

  const waitSeconds = retryUntil === null ? 0 : Math.max(0, Math.ceil((retryUntil - now) / 1000));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!email.trim()) errors.email = t`Enter your email address.`;
    if (!password) errors.password = t`Enter your password.`;
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) return;
    try {
      await signIn({ variables: { input: { email: email.trim(), password } } });
      // Drop anything cached for the previous visitor; the session query refetches.
      await client.clearStore();
      const from = (location.state as LocationState | null)?.from;
      await navigate(from && from !== '/sign-in' ? from : '/partners', { replace: true });
    } catch (e) {
      const apiError = readApiError(e);
      setFieldErrors(apiError.fieldErrors);
      if (apiError.code === 'TOO_MANY_REQUESTS') {
        const seconds = apiError.retryAfterSeconds;
        setNow(Date.now());
        if (seconds !== undefined) setRetryUntil(Date.now() + seconds * 1000);
        setError(i18n._(tooManyAttempts(seconds)));
      } else if (apiError.code === 'UNAUTHENTICATED') {
        setError(t`The email address or the password is wrong.`);
      } else {
        setError(apiError.code ? i18n._(apiErrorMessages[apiError.code] ?? apiErrorMessages.INTERNAL_SERVER_ERROR!) : i18n._(apiErrorMessages.NETWORK!));
      }
    }
  }

  const message = retryUntil !== null ? i18n._(tooManyAttempts(waitSeconds)) : error;

  return (
    <main className="auth-page">
      <div className="card auth-card">
        <p className="auth-card__brand">
          <Trans>PoliSEE · Admin console</Trans>
        </p>
        <h1>
          <Trans>Sign in</Trans>
        </h1>
        <p className="muted">
          <Trans>For lead-partner and partner staff of the S3 Cluster Policy Learning Platform.</Trans>
        </p>
        <div aria-live="assertive" aria-atomic="true">
          {message ? (
            <div className="alert alert--error" role="alert" data-testid="sign-in-error">
              <strong className="alert__title">
                <Trans>Sign-in failed</Trans>
              </strong>
              {message}
            </div>
          ) : null}
        </div>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <div className="field">
            <label htmlFor={`${id}-email`}><Trans>Email</Trans></label>
            <input
              id={`${id}-email`}
              className="input"
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={fieldErrors.email ? true : undefined}
              aria-describedby={fieldErrors.email ? `${id}-email-error` : undefined}
              required
            />
            {fieldErrors.email ? (
              <span id={`${id}-email-error`} className="field__error">
                {fieldErrors.email}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}><Trans>Password</Trans></label>
            <input
              id={`${id}-password`}
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={fieldErrors.password ? true : undefined}
              aria-describedby={fieldErrors.password ? `${id}-password-error` : undefined}
              required
            />
            {fieldErrors.password ? (
              <span id={`${id}-password-error`} className="field__error">
                {fieldErrors.password}
              </span>
            ) : null}
          </div>
          <button type="submit" className="button" disabled={loading || retryUntil !== null}>
            {loading ? t`Signing in…` : t`Sign in`}
          </button>
        </form>
      </div>
    </main>
  );
}
