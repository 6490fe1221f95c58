import { useApolloClient } from '@apollo/client/react';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { Link } from 'react-router';
import { CertificatePdfQuery } from '@polisee/graphql';
import { downloadBase64 } from '@polisee/ui';

/** Downloads a certificate's PDF (made by the API) and links to its public verification. */
export function CertificateDownload({ code }: { code: string }) {
  const { t } = useLingui();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function download() {
    setBusy(true);
    setFailed(false);
    try {
      const { data } = await client.query({ query: CertificatePdfQuery, variables: { code }, fetchPolicy: 'no-cache' });
      const file = data?.certificatePdf;
      if (!file) throw new Error('no file');
      downloadBase64(file.contentBase64, file.fileName, file.contentType);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="certificate" data-testid="certificate">
      <p>
        <Trans>
          Verification code: <strong data-testid="certificate-code">{code}</strong>
        </Trans>
      </p>
      <p className="inline-form">
        <button type="button" className="button" onClick={() => void download()} disabled={busy}>
          {busy ? t`Preparing the PDF…` : t`Download the certificate (PDF)`}
        </button>
        <Link to={`/training/verify/${code}`}>
          <Trans>Check the code</Trans>
        </Link>
      </p>
      {failed ? (
        <p role="alert" className="alert alert--error">
          <Trans>The certificate could not be downloaded. Try again.</Trans>
        </p>
      ) : null}
    </div>
  );
}
