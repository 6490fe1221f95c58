/** An enum-like object whose keys are its values: `{ STRUCTURAL: 'STRUCTURAL', ... }`. */
export type EnumOf<T extends string> = { readonly [K in T]: K };

/**
 * Turns a closed list into an enum-like object, so a GraphQL enum (type-graphql's
 * `registerEnumType` takes such an object) and code like `IndicatorKind.STRUCTURAL` derive from
 * the one list instead of repeating it. The values are the list's literal types: no cast is
 * needed between the stored value, the domain type and the GraphQL enum.
 */
export function enumOf<const T extends readonly string[]>(values: T): EnumOf<T[number]> {
  const entries = values.map((v) => [v, v] as const);
  return Object.freeze(Object.fromEntries(entries)) as EnumOf<T[number]>;
}
