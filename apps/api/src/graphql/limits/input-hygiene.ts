import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context';
import type { ErrorReason, FieldError } from '../../common/app-error';

/**
 * One rule for every argument at the edge, before any resolver runs: literals and variables,
 * top-level and inside input objects and lists. Strings have a maximum length and no NUL
 * (PostgreSQL text cannot hold one, so it would fail as a driver error); lists a maximum
 * size; years a range that fits their smallint columns. Per-field exceptions are named by
 * schema coordinate. Messages never echo the value.
 */
export const MAX_STRING_LENGTH = 2000;
export const MAX_LIST_ITEMS = 500;

/** Inputs that legitimately carry more: the import file (base64 of up to 5 MB). */
const STRING_LENGTH_EXCEPTIONS: Readonly<Record<string, number>> = {
  'ObservationImportInput.contentBase64': Math.ceil((5 * 1024 * 1024 * 4) / 3) + 4,
};

/** Integer ranges by argument or input-field name: the columns they reach are smallint. */
const YEAR = /year/i;
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

const MAX_ISSUES = 20;

/** No lone UTF-16 surrogates: they cannot be stored as UTF-8 (String#isWellFormed, Node 20). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const isWellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

export function checkInputs(args: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Readonly<Record<string, unknown>> | undefined;
}): FieldError[] {
  const { schema, document, operation, variables } = args;
  const issues: FieldError[] = [];
  const add = (field: string, reason: ErrorReason, message: string) => {
    if (issues.length < MAX_ISSUES && !issues.some((i) => i.field === field)) issues.push({ field, reason, message });
  };

  const check = (value: unknown, type: GraphQLInputType, path: string, coordinate: string, name: string, depth: number): void => {
    if (value === null || value === undefined || issues.length >= MAX_ISSUES) return;
    if (depth > 20) return add(path, 'NESTED_TOO_DEEPLY', 'Nested too deeply');
    if (isNonNullType(type)) return check(value, type.ofType, path, coordinate, name, depth);
    if (isListType(type)) {
      if (!Array.isArray(value)) return check(value, type.ofType, path, coordinate, name, depth + 1); // a single value coerces to a list
      if (value.length > MAX_LIST_ITEMS) return add(path, 'TOO_MANY_ITEMS', `At most ${MAX_LIST_ITEMS} items`);
      value.forEach((v, i) => check(v, type.ofType, `${path}.${i}`, coordinate, name, depth + 1));
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return; // coercion reports it
      const fields = type.getFields();
      for (const [key, v] of Object.entries(value)) {
        const f = fields[key];
        if (f) check(v, f.type, `${path}.${key}`, `${type.name}.${key}`, key, depth + 1);
      }
      return;
    }
    if (isScalarType(type) && typeof value === 'string') {
      const max = STRING_LENGTH_EXCEPTIONS[coordinate] ?? MAX_STRING_LENGTH;
      if (value.length > max) return add(path, 'TOO_LONG', `At most ${max} characters`);
      if (value.includes('\u0000')) return add(path, 'CONTAINS_NUL', 'Must not contain a NUL character');
      if (!isWellFormed(value)) return add(path, 'INVALID_UNICODE', 'Must be valid Unicode (a lone surrogate was sent)');
    }
    if (type.name === 'Int' && typeof value === 'number' && YEAR.test(name) && (value < YEAR_RANGE.min || value > YEAR_RANGE.max)) {
      add(path, 'YEAR_OUT_OF_RANGE', `Must be a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`);
    }
  };

  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  const typeInfo = new TypeInfo(schema);
  visit(
    { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!arg || issues.length >= MAX_ISSUES) return false;
        const value = valueFromASTUntyped(node.value, variables as Record<string, unknown> | undefined);
        // Field errors name the argument's path as the UI sends it (`input.name`, `filter.year`).
        const coordinate = field && parent ? `${parent.name}.${field.name}(${arg.name})` : arg.name;
        check(value, arg.type, arg.name, coordinate, arg.name, 0);
        return false;
      },
    }),
  );
  return issues.map((i) => ({ ...i, field: i.field.replace(/^input\./, '') }));
}

export class InputRejectedError extends GraphQLError {
  constructor(fieldErrors: FieldError[]) {
    super(fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', reason: fieldErrors.length === 1 ? fieldErrors[0]!.reason : 'INVALID_INPUT', fieldErrors, http: { status: 400 } },
    });
  }
}

/** The rule as an Apollo plugin: it runs once the operation is known, before execution. */
export function inputHygienePlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const issues = checkInputs({ schema, document, operation, variables: request.variables });
          if (issues.length) throw new InputRejectedError(issues);
        },
      };
    },
  };
}
