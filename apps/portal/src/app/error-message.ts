import { CombinedGraphQLErrors } from '@apollo/client/errors';

export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? 'The server reported an error.';
  return 'The data could not be loaded. Check your connection and try again.';
}
