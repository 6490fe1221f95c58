import type { DocumentNode } from 'graphql';
import * as generated from './gql/graphql';

/**
 * Trusted documents: codegen (`persistedDocuments`) stamps every document with
 * `__meta__.hash`, the key of its text in `src/gql/persisted-documents.json`, which the API
 * holds. Apollo Client's cache hands links a transformed copy of a document, so the hash is
 * also looked up by operation name (names are unique across both apps).
 */
type Stamped = DocumentNode & { __meta__?: { hash?: string } };

const operationName = (doc: DocumentNode): string | undefined => {
  for (const d of doc.definitions) if (d.kind === 'OperationDefinition' && d.name) return d.name.value;
  return undefined;
};

const byName = new Map<string, string>();
for (const value of Object.values(generated) as unknown[]) {
  const doc = value as Stamped;
  if (doc && typeof doc === 'object' && Array.isArray(doc.definitions) && doc.__meta__?.hash) {
    const name = operationName(doc);
    if (name) byName.set(name, doc.__meta__.hash);
  }
}

/** The persisted id (hex sha256) the API knows this operation by, if it is one of the apps'. */
export function persistedHash(doc: DocumentNode): string | undefined {
  const hash = (doc as Stamped).__meta__?.hash ?? byName.get(operationName(doc) ?? '');
  return hash?.replace(/^sha256:/, '');
}
