import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import type { RoleValue } from '../../modules/auth/user.entity';
import type { Context } from '../context';
import { LruMap } from '../../common/lru-map';
import { operationCost } from './query-cost';

/**
 * What one operation may ask for. Anonymous callers get graphql-armor's defaults (depth 6,
 * aliases 15, directives 50, tokens 1,000, cost 5,000); signed-in staff get more, because the
 * admin console lists 100 rows with their relations. The apps' own documents stay well within
 * the anonymous budget (query-limits.spec.ts checks every one of them).
 */
export interface QueryBudget {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

export const ANONYMOUS_BUDGET: QueryBudget = Object.freeze({ depth: 6, aliases: 15, directives: 50, tokens: 1000, cost: 5000 });

export const ROLE_BUDGETS: Readonly<Record<RoleValue, QueryBudget>> = Object.freeze({
  // a self-registered learner is anyone: the anonymous budget
  LEARNER: ANONYMOUS_BUDGET,
  PARTNER_EDITOR: Object.freeze({ depth: 8, aliases: 30, directives: 50, tokens: 3000, cost: 20000 }),
  ADMIN: Object.freeze({ depth: 10, aliases: 50, directives: 50, tokens: 5000, cost: 20000 }),
});

/** The parser's own token ceiling (any caller): nothing longer is even parsed. */
export const MAX_TOKENS = Math.max(ANONYMOUS_BUDGET.tokens, ...Object.values(ROLE_BUDGETS).map((b) => b.tokens));

export const budgetFor = (user: { role: RoleValue } | null): QueryBudget => (user ? ROLE_BUDGETS[user.role] : ANONYMOUS_BUDGET);

export type LimitName = keyof QueryBudget;

export interface LimitViolation {
  limit: LimitName;
  max: number;
  /** What was found (for tokens: more than max). */
  found: number;
}

/**
 * Checks one resolved operation against a budget: tokens (graphql-armor's counting parser,
 * run again only when the budget is below the parser's ceiling), then depth, aliases and
 * directives (graphql-armor's rules), then cost (ours, with variables). Returns the first
 * limit exceeded, or null.
 */
export function checkQueryLimits(args: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  source: string | undefined;
  variables: Readonly<Record<string, unknown>> | undefined;
  budget: QueryBudget;
}): LimitViolation | null {
  const { schema, document, operation, source, variables, budget } = args;
  // Only the operation that will run is checked; other operations in the document are not.
  const single: DocumentNode = { ...document, definitions: document.definitions.filter((d) => d.kind !== 'OperationDefinition' || d === operation) };
  const shape = shapeViolation(schema, single, operation, source, budget);
  if (shape) return shape;
  const cost = operationCost({ schema, document: single, operation, variables, limit: budget.cost });
  if (cost > budget.cost) return { limit: 'cost', max: budget.cost, found: Math.round(cost) };
  return null;
}

/**
 * The checks that depend on the document alone (tokens, depth, aliases, directives), kept per
 * budget for the most recent documents: the apps send the same few documents again and again,
 * and re-lexing and re-validating each was a few per cent of a request's CPU. Only the cost
 * depends on the variables, so it runs every time. Process memory, but only a pure function's
 * results: an instance that has not seen a document computes the same answer.
 */
const shapeCache = new WeakMap<QueryBudget, LruMap<string, LimitViolation | null>>();
const SHAPE_CACHE_SIZE = 200;
const SHAPE_CACHE_MAX_SOURCE = 20_000;

function shapeViolation(schema: GraphQLSchema, single: DocumentNode, operation: OperationDefinitionNode, source: string | undefined, budget: QueryBudget): LimitViolation | null {
  const key = source !== undefined && source.length <= SHAPE_CACHE_MAX_SOURCE ? `${operation.name?.value ?? ''}\u0000${source}` : null;
  let cache = shapeCache.get(budget);
  const hit = key !== null ? cache?.get(key) : undefined;
  if (hit !== undefined) return hit;
  const violation = computeShapeViolation(schema, single, source, budget);
  if (key !== null) {
    if (!cache) shapeCache.set(budget, (cache = new LruMap(SHAPE_CACHE_SIZE)));
    cache.set(key, violation);
  }
  return violation;
}

function computeShapeViolation(schema: GraphQLSchema, single: DocumentNode, source: string | undefined, budget: QueryBudget): LimitViolation | null {
  if (source !== undefined && budget.tokens < MAX_TOKENS) {
    const parser = new MaxTokensParserWLexer(source, { n: budget.tokens, propagateOnRejection: false });
    try {
      parser.parseDocument();
    } catch {
      // already parsed once by Apollo, so this cannot fail; the count is what matters
    }
    if (parser.tokenCount > budget.tokens) return { limit: 'tokens', max: budget.tokens, found: parser.tokenCount };
  }

  let violation: LimitViolation | null = null;
  const reject = (limit: LimitName) => (_ctx: unknown, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);
    violation ??= { limit, max: budget[limit], found };
  };
  // `n` found is reported through onAccept/onReject; propagateOnRejection off so that all three
  // run in one pass and we pick the first.
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  const rules: ValidationRule[] = [
    maxDepthRule({ n: budget.depth, ignoreIntrospection: true, flattenFragments: true, ...common, onReject: [reject('depth')] }),
    maxAliasesRule({ n: budget.aliases, ...common, onReject: [reject('aliases')] }),
    maxDirectivesRule({ n: budget.directives, ...common, onReject: [reject('directives')] }),
  ];
  validate(schema, single, rules);
  return violation;
}

export class QueryTooComplexError extends GraphQLError {
  constructor(v: LimitViolation) {
    const found = Number.isFinite(v.found) ? `, found ${v.found}` : '';
    super(`The operation exceeds the ${v.limit} limit of ${v.max}${found}. Ask for less, page with first/after, or sign in for a larger budget.`, {
      extensions: { code: 'QUERY_TOO_COMPLEX', reason: `${v.limit.toUpperCase()}_LIMIT`, limit: v.limit, max: v.max, http: { status: 400 } },
    });
  }
}

export class QueryTimeoutError extends GraphQLError {
  constructor(budgetMs: number) {
    super(`The operation ran out of its time budget of ${budgetMs} ms; the rest was not resolved.`, {
      extensions: { code: 'QUERY_TIMEOUT', reason: 'TIME_BUDGET_SPENT', budgetMs },
    });
  }
}

/**
 * The edge's per-request limits as an Apollo plugin. They run in didResolveOperation because
 * only there are both the caller (context) and the variables known; Apollo's validation cache
 * would skip a context-dependent validation rule on a repeated document.
 *
 * The time budget is checked as each field starts: once it has passed, no further field
 * resolves (the fields already running finish), and the response carries one QUERY_TIMEOUT.
 */
export function queryLimitsPlugin(opts: { schema: GraphQLSchema; timeBudgetMs: number }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const budget = budgetFor(contextValue.user);
      let deadline = Infinity;
      return {
        async didResolveOperation({ document, operation, source, request }) {
          if (!operation) return;
          const violation = checkQueryLimits({ schema: opts.schema, document, operation, source, variables: request.variables, budget });
          if (violation) throw new QueryTooComplexError(violation);
        },
        async executionDidStart() {
          deadline = Date.now() + opts.timeBudgetMs;
          return {
            willResolveField() {
              if (Date.now() > deadline) throw new QueryTimeoutError(opts.timeBudgetMs);
            },
          };
        },
        async willSendResponse({ response }) {
          // Every field that did not start reports the timeout; one error says it.
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const errors = response.body.singleResult.errors;
          const first = errors.findIndex((e) => e.extensions?.code === 'QUERY_TIMEOUT');
          if (first >= 0) response.body.singleResult.errors = errors.filter((e, i) => i === first || e.extensions?.code !== 'QUERY_TIMEOUT');
        },
      };
    },
  };
}
