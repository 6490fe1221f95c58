import { useCallback } from 'react';
import { useLingui } from '@lingui/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorMessages } from '@polisee/ui';
import { REASON_MESSAGES } from './error-messages';

/**
 * A failed query as the visitor reads it, from the catalogues: by the API's reason
 * (`extensions.reason`) when the portal knows it, else by its code; never the API's English text.
 */
export function useErrorMessage(): (error: unknown) => string {
  const { _ } = useLingui();
  return useCallback(
    (error: unknown) => {
      if (CombinedGraphQLErrors.is(error)) {
        const extensions = error.errors[0]?.extensions;
        const reason = typeof extensions?.reason === 'string' ? REASON_MESSAGES[extensions.reason] : undefined;
        const code = typeof extensions?.code === 'string' ? apiErrorMessages[extensions.code] : undefined;
        return _(reason ?? code ?? apiErrorMessages.INTERNAL_SERVER_ERROR!);
      }
      return _(apiErrorMessages.NETWORK!);
    },
    [_],
  );
}
