import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { messageForReason } from './error-messages';

/** The message to show for a failed query: chosen by the API's reason, its prose as fallback. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const reason = first?.extensions?.reason;
    return messageForReason(typeof reason === 'string' ? reason : undefined, first?.message ?? 'The server reported an error.');
  }
  return 'The data could not be loaded. Check your connection and try again.';
}
