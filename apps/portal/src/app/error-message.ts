import { useCallback } from 'react';
import { useLingui } from '@lingui/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorMessages } from '@polisee/ui';

/** A failed query as the visitor reads it, from the API's code (never its English message). */
export function useErrorMessage(): (error: unknown) => string {
  const { _ } = useLingui();
  return useCallback(
    (error: unknown) => {
      if (CombinedGraphQLErrors.is(error)) {
        const code = error.errors[0]?.extensions?.code;
        const message = typeof code === 'string' ? apiErrorMessages[code] : undefined;
        return _(message ?? apiErrorMessages.INTERNAL_SERVER_ERROR!);
      }
      return _(apiErrorMessages.NETWORK!);
    },
    [_],
  );
}

