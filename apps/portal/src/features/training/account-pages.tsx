import { useApolloClient, useMutation } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ConfirmLearnerMutation, RegisterLearnerMutation, SignInMutation } from '@polisee/graphql';
import { Field, Loading, useDocumentTitle } from '@polisee/ui';
import { useErrorMessage } from '../../app/error-message';

/** Sign-in for learners (and any other account) on the portal. */
export function TrainingSignInPage() {
  const { t } = useLingui();
  useDocumentTitle(t`Sign in to the training package`);
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signIn, { loading, error }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    const r = await signIn({ variables: { input: { email, password } } }).catch(() => null);
    if (r?.data?.login) {
      await client.resetStore().catch(() => null);
      void navigate('/training/dashboard');
    }
  }
  return (
    <section className="container section narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">
        <Trans>Sign in to the training package</Trans>
      </h1>
      <p>
        <Trans>
          No account yet? <Link to="/training/register">Create a learner account</Link>.
        </Trans>
      </p>
      <form className="card" onSubmit={(e) => void onSubmit(e)}>
        <Field label={t`Email`} required>
          {(c) => <input {...c} className="input" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
        </Field>
        <Field label={t`Password`} required>
          {(c) => <input {...c} className="input" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        {error ? (
          <p role="alert" className="alert alert--error">
            {errorMessage(error)}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={loading}>
          <Trans>Sign in</Trans>
        </button>
      </form>
    </section>
  );
}

/** Self-registration: the account works once the emailed link is opened. */
export function TrainingRegisterPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Create a learner account`);
  const errorMessage = useErrorMessage();
  const [register, { loading, error, data }] = useMutation(RegisterLearnerMutation);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [short, setShort] = useState(false);
  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (password.length < 12) {
      setShort(true);
      return;
    }
    setShort(false);
    await register({ variables: { input: { name, email, password, locale: i18n.locale } } }).catch(() => null);
  }
  if (data?.registerLearner) {
    return (
      <section className="container section narrow" aria-labelledby="register-title">
        <h1 id="register-title">
          <Trans>Create a learner account</Trans>
        </h1>
        <p role="status" className="alert alert--success" data-testid="registered">
          <Trans>Almost done: we sent a confirmation link to {email}. Open it to activate your account.</Trans>
        </p>
      </section>
    );
  }
  return (
    <section className="container section narrow" aria-labelledby="register-title">
      <h1 id="register-title">
        <Trans>Create a learner account</Trans>
      </h1>
      <p>
        <Trans>
          With an account your progress is kept on the server, you see your modules on a dashboard and you earn a certificate for each quiz you pass. Your name
          is printed on the certificates as you write it here.
        </Trans>
      </p>
      <form className="card" onSubmit={(e) => void onSubmit(e)}>
        <Field label={t`Your name`} required>
          {(c) => <input {...c} className="input" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />}
        </Field>
        <Field label={t`Email`} required>
          {(c) => <input {...c} className="input" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
        </Field>
        <Field label={t`Password`} hint={t`At least 12 characters.`} error={short ? t`Use at least 12 characters.` : undefined} required>
          {(c) => <input {...c} className="input" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        {error ? (
          <p role="alert" className="alert alert--error">
            {errorMessage(error)}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={loading}>
          <Trans>Create my account</Trans>
        </button>
      </form>
    </section>
  );
}

/** The emailed link: confirms the address and signs the learner in. */
export function TrainingConfirmPage() {
  const { t } = useLingui();
  useDocumentTitle(t`Confirm your email`);
  const errorMessage = useErrorMessage();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const client = useApolloClient();
  const [confirm, { error, data }] = useMutation(ConfirmLearnerMutation);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    void confirm({ variables: { token } })
      .then(() => client.resetStore())
      .catch(() => null);
  }, [token, confirm, client]);
  const name = data?.confirmLearnerEmail.name ?? '';
  return (
    <section className="container section narrow" aria-labelledby="confirm-title">
      <h1 id="confirm-title">
        <Trans>Confirm your email</Trans>
      </h1>
      {!token ? (
        <p>
          <Trans>Open the link from the confirmation email to activate your account.</Trans>
        </p>
      ) : error ? (
        <p role="alert" className="alert alert--error">
          {errorMessage(error)}
        </p>
      ) : data ? (
        <div role="status" className="alert alert--success" data-testid="confirmed">
          <p>
            <Trans>Welcome, {name}: your account is active and you are signed in.</Trans>
          </p>
          <p>
            <Link to="/training/dashboard">
              <Trans>Go to my learning</Trans>
            </Link>
          </p>
        </div>
      ) : (
        <Loading />
      )}
    </section>
  );
}
