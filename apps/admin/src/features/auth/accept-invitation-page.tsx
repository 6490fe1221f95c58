import { useLingui } from '@lingui/react/macro';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { AcceptInvitationMutation } from '@polisee/graphql';
import { commonMessages, useDocumentTitle } from '@polisee/ui';
import { readApiError } from '../../app/api-error';

const passwordMinLength = 12;

export function AcceptInvitationPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Set your password`, 'PoliSEE admin');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const client = useApolloClient();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (password.length < passwordMinLength) errors.password = t`Use at least 12 characters.`;
    else if (password !== repeat) errors.repeat = t`The two passwords differ.`;
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) return;
    try {
      await accept({ variables: { input: { token, password } } });
      await client.clearStore();
      await navigate('/partners', { replace: true });
    } catch (e) {
      const apiError = readApiError(e);
      setFieldErrors(apiError.fieldErrors);
      setError(apiError.message);
    }
  }

  function fieldError(name: string) {
    const message = fieldErrors[name];
    return message ? (
      <span id={`${id}-${name}-error`} className="field__error">
        {message}
      </span>
    ) : null;
  }

  return (
    <main className="auth-page">
      <div className="card auth-card">
        <p className="auth-card__brand">{t`PoliSEE · Admin console`}</p>
        <h1>{t`Set your password`}</h1>
        {!token ? (
          <div className="alert alert--error" role="alert">
            {t`This invitation link has no token. Open the full link from your invitation.`}
          </div>
        ) : (
          <>
            <p className="muted">{t`Choose a password to finish setting up your account. Use at least 12 characters.`}</p>
            <div aria-live="assertive">
              {error ? (
                <div className="alert alert--error" role="alert">
                  <strong className="alert__title">{t`The invitation could not be accepted`}</strong>
                  {error}
                </div>
              ) : null}
            </div>
            <form onSubmit={(event) => void handleSubmit(event)} noValidate>
              <div className="field">
                <label htmlFor={`${id}-password`}>{t`New password`}</label>
                <input
                  id={`${id}-password`}
                  className="input"
                  type="password"
                  autoComplete="new-password"
                  minLength={passwordMinLength}
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  aria-invalid={fieldErrors.password ? true : undefined}
                  aria-describedby={`${id}-password-hint${fieldErrors.password ? ` ${id}-password-error` : ''}`}
                  required
                />
                <span id={`${id}-password-hint`} className="field__hint">
                  {t`Use at least 12 characters.`}
                </span>
                {fieldError('password')}
              </div>
              <div className="field">
                <label htmlFor={`${id}-repeat`}>{t`Repeat the password`}</label>
                <input
                  id={`${id}-repeat`}
                  className="input"
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(event) => setRepeat(event.target.value)}
                  aria-invalid={fieldErrors.repeat ? true : undefined}
                  aria-describedby={fieldErrors.repeat ? `${id}-repeat-error` : undefined}
                  required
                />
                {fieldError('repeat')}
              </div>
              <button type="submit" className="button" disabled={loading}>
                {loading ? i18n._(commonMessages.saving) : t`Set password and sign in`}
              </button>
            </form>
          </>
        )}
      </div>
    </main>
  );
}
