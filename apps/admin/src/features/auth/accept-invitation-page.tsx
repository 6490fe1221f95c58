import { useId, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { AcceptInvitationMutation } from '@polisee/graphql';
import { readApiError } from '../../app/api-error';
import { authStrings as t } from './strings';

export function AcceptInvitationPage() {
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
    if (password.length < t.passwordMinLength) errors.password = t.passwordTooShort;
    else if (password !== repeat) errors.repeat = t.passwordsDiffer;
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
        <p className="auth-card__brand">{t.brand}</p>
        <h1>{t.acceptTitle}</h1>
        {!token ? (
          <div className="alert alert--error" role="alert">
            {t.missingToken}
          </div>
        ) : (
          <>
            <p className="muted">{t.acceptIntro}</p>
            <div aria-live="assertive">
              {error ? (
                <div className="alert alert--error" role="alert">
                  <strong className="alert__title">{t.acceptFailed}</strong>
                  {error}
                </div>
              ) : null}
            </div>
            <form onSubmit={(event) => void handleSubmit(event)} noValidate>
              <div className="field">
                <label htmlFor={`${id}-password`}>{t.newPassword}</label>
                <input
                  id={`${id}-password`}
                  className="input"
                  type="password"
                  autoComplete="new-password"
                  minLength={t.passwordMinLength}
                  value={password}
                  onChange={(event) => setPassword(event.target.value)}
                  aria-invalid={fieldErrors.password ? true : undefined}
                  aria-describedby={`${id}-password-hint${fieldErrors.password ? ` ${id}-password-error` : ''}`}
                  required
                />
                <span id={`${id}-password-hint`} className="field__hint">
                  {t.passwordTooShort}
                </span>
                {fieldError('password')}
              </div>
              <div className="field">
                <label htmlFor={`${id}-repeat`}>{t.repeatPassword}</label>
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
                {loading ? t.settingPassword : t.setPassword}
              </button>
            </form>
          </>
        )}
      </div>
    </main>
  );
}
