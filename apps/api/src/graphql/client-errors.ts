import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import Negotiator from 'negotiator';
import type { Context } from './context';
import { AppError } from '../common/app-error';
import { isExpectedError } from './errors';

/**
 * Client errors at the edge: how they are answered (status, bounded message) and logged (info,
 * no stack, bounded). Server errors keep their stack in the log and stay masked.
 */

/** A message never carries more than this of what the client sent (graphql-js echoes values). */
export const MAX_MESSAGE_LENGTH = 300;

export function boundMessage(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/** graphql-js stops coercing variables after 50 errors with this message and no code. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/** Codes of errors answered before execution: the request, not the server, was at fault. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_ALLOWED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Wraps the error mapper: classifies what graphql-js leaves uncoded and bounds every message. */
export function withClientErrorBounds(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    let input = formatted;
    if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) {
      input = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    const out = format(input, error);
    return { ...out, message: boundMessage(out.message) };
  };
}

/** The code of an error or of what it wraps (a resolver's AppError carries its own `code`). */
const codeOf = (e: GraphQLError): string | undefined => {
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const code = cur instanceof GraphQLError ? cur.extensions?.code : (cur as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cur = (cur as { originalError?: unknown }).originalError;
  }
  return cur instanceof AppError ? cur.code : undefined;
};

function isClientError(e: GraphQLError): boolean {
  return isExpectedError(e) || TOO_MANY_VARIABLE_ERRORS.test(e.message);
}

/**
 * Logs client errors at info (code and a bounded message, no stack) and everything else at
 * error with its stack and the request id.
 */
export const errorLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          if (isClientError(error)) {
            contextValue.logger.info('client error', { code: codeOf(error) ?? 'BAD_USER_INPUT', message: boundMessage(error.message), operationName });
          } else {
            contextValue.logger.error('unhandled error', { err: error.originalError ?? error, path: error.path });
          }
        }
      },
    };
  },
};

/**
 * GraphQL over HTTP: a client that takes `application/json` gets 200 for a well-formed request
 * whose document or variables are refused (the error is in the body); one that prefers
 * `application/graphql-response+json` keeps the 4xx. Apollo answers 400 either way.
 */
export const responseStatusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get('accept');
    const json = !accept || new Negotiator({ headers: { accept } }).mediaType(['application/json', 'application/graphql-response+json']) === 'application/json';
    if (!json) return {};
    return {
      async willSendResponse({ response, errors }) {
        if (response.http.status !== 400 || response.body.kind !== 'single') return;
        const { singleResult } = response.body;
        if (singleResult.data !== undefined || !errors?.length) return;
        if (singleResult.errors?.every((e) => typeof e.extensions?.code === 'string' && REQUEST_ERROR_CODES.has(e.extensions.code))) {
          response.http.status = 200;
        }
      },
    };
  },
};
