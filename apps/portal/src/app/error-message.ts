import { useCallback } from 'react';
import { useLingui } from '@lingui/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorMessages } from '@polisee/ui';
import { messageForReason } from './error-messages';

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

/** @deprecated English only: use useErrorMessage(). Chosen by the API's reason, its prose as fallback. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const reason = first?.extensions?.reason;
    return messageForReason(typeof reason === 'string' ? reason : undefined, first?.message ?? 'The server reported an error.');
  }
  return 'The data could not be loaded. Check your connection and try again.';
}
