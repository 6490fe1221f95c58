import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../../graphql/context';
import { withAuditContext } from './audit-context';

/**
 * Wraps every root Mutation field so that, for a signed-in caller, everything it writes runs
 * under an audit context (who, which operation, which request). New mutations are covered
 * without doing anything; queries pay nothing.
 */
/**
 * Mutations that must never be tied to a person: a foresight panellist's answers and comments are
 * anonymous even when the browser also holds a member's session (issue 13).
 */
export const ANONYMOUS_MUTATIONS: ReadonlySet<string> = new Set(['submitForesightAnswers', 'updatePanellistProfile', 'postForesightComment']);

export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, ctx: Context, info) => {
      const user = ctx?.user;
      if (!user || ANONYMOUS_MUTATIONS.has(info.fieldName)) return resolve(source, args, ctx, info);
      return withAuditContext({ userId: user.id, email: user.email, operation: info.fieldName, requestId: ctx.requestId }, () =>
        resolve(source, args, ctx, info),
      );
    };
  }
  return schema;
}
