import { useMemo } from 'react';
import { useLingui } from '@lingui/react/macro';

/** The developers page's messages in the active locale. */
export function useDeveloperStrings() {
  const { t, i18n } = useLingui();
  return useMemo(
    () => ({
      title: t`Developers`,
      intro:
        t`Everything the portal shows comes from a public GraphQL API. Anonymous visitors can read the partnership, regions and countries; the same endpoint serves the admin console after sign-in.`,
      endpointTitle: t`Endpoint`,
      endpointBody: t`Send a POST request with a JSON body to:`,
      copyEndpoint: t`Copy endpoint URL`,
      curlTitle: t`Calling it`,
      curlBody: t`Any HTTP client works. The body is JSON with a query and, optionally, variables:`,
      copyCurl: t`Copy command`,
      paginationNote:
        t`Lists are Relay-style connections: ask for first: N, then pass the endCursor of pageInfo as after to get the next page.`,
      examplesTitle: t`Example queries`,
      examplesIntro: t`Run an example against the live endpoint, or copy it into your own client.`,
      query: t`Query`,
      variables: t`Variables (JSON)`,
      copyQuery: t`Copy query`,
      run: t`Run`,
      running: t`Running…`,
      result: t`Result`,
      invalidVariables: t`The variables are not valid JSON.`,
      requestFailed: (detail: string) => t`The request failed: ${detail}`,
      httpStatus: (status: number) => t`HTTP ${status}`,
      schemaTitle: t`Schema`,
      schemaBody: t`The full schema in SDL is served at`,
      schemaLoading: t`Loading the schema…`,
      schemaFailed: t`The schema could not be loaded.`,
      showSchema: t`Show the schema`,
      errorsTitle: t`Errors`,
      errorsBody:
        t`Errors come back in the errors array with extensions.code: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (with extensions.fieldErrors), CONFLICT, TOO_MANY_REQUESTS (with extensions.retryAfterSeconds) or INTERNAL_SERVER_ERROR.`,
    }),
    // t is bound to i18n, which changes identity with the locale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [i18n],
  );
}
