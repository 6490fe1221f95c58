import { useQuery } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { VerifyCertificateQuery } from '@polisee/graphql';
import { Field, LoadError, Loading, useDocumentTitle, useFormat } from '@polisee/ui';

/** Public check of a certificate code: who earned it, for which module, when. */
export function CertificateVerifyPage() {
  const { code = '' } = useParams();
  const { t } = useLingui();
  useDocumentTitle(code ? t`Certificate ${code}` : t`Verify a certificate`);
  const format = useFormat();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(code);
  const { data, loading, error, refetch } = useQuery(VerifyCertificateQuery, { variables: { code }, skip: !code });
  const c = data?.verifyCertificate;
  const name = c?.learnerName ?? '';
  const title = c?.moduleTitle ?? '';
  const date = c ? format.date(c.issuedAt) : '';
  const percent = c ? format.percent(c.percent / 100) : '';
  return (
    <section className="container section narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">
        <Trans>Verify a certificate</Trans>
      </h1>
      <form
        className="inline-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const next = draft.trim().toUpperCase();
          if (next) void navigate(`/training/verify/${encodeURIComponent(next)}`);
        }}
      >
        <Field label={t`Verification code`} hint={t`As printed on the certificate, e.g. S3-ABCDE-FGH23.`}>
          {(control) => <input {...control} className="input" value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={20} />}
        </Field>
        <button type="submit" className="button">
          <Trans>Verify</Trans>
        </button>
      </form>
      {error ? <LoadError message={t`The certificate could not be checked.`} onRetry={() => void refetch()} /> : null}
      {loading ? <Loading /> : null}
      {code && data && !c ? (
        <p role="status" className="alert alert--error" data-testid="verify-result">
          <Trans>No certificate has the code {code}.</Trans>
        </p>
      ) : null}
      {c ? (
        <div role="status" className="alert alert--success" data-testid="verify-result">
          <p>
            <strong>
              <Trans>Valid certificate</Trans>
            </strong>
          </p>
          <p>
            <Trans>
              {name} completed “{title}” on {date} with a quiz score of {percent}.
            </Trans>
          </p>
        </div>
      ) : null}
    </section>
  );
}
