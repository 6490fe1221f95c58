import { Trans } from '@lingui/react/macro';
import { Link } from 'react-router';
import type { Learner } from './use-learner';

/** The learner's way around the package: dashboard or sign-in, the wheel, verification. */
export function TrainingNav({ learner }: { learner: Learner | null }) {
  return (
    <ul className="plain-list training-nav" data-testid="training-nav">
      <li>
        <Link to="/training">
          <Trans>All modules</Trans>
        </Link>
      </li>
      {learner ? (
        <li>
          <Link to="/training/dashboard">
            <Trans>My learning</Trans>
          </Link>
        </li>
      ) : (
        <>
          <li>
            <Link to="/training/sign-in">
              <Trans>Sign in</Trans>
            </Link>
          </li>
          <li>
            <Link to="/training/register">
              <Trans>Create a learner account</Trans>
            </Link>
          </li>
        </>
      )}
      <li>
        <Link to="/training/self-assessment">
          <Trans>RIS3 self-assessment</Trans>
        </Link>
      </li>
      <li>
        <Link to="/training/verify">
          <Trans>Verify a certificate</Trans>
        </Link>
      </li>
    </ul>
  );
}
