import type { DocumentNode } from 'graphql';

/**
 * Trusted documents: codegen (`persistedDocuments`) stamps every document with
 * `__meta__.hash`, the key of its text in `src/gql/persisted-documents.json`, which the API
 * holds. Apollo Client's transforms (adding __typename) copy the stamp with the document.
 * Nothing here imports the documents themselves: an app's bundle keeps only the ones it uses.
 */
type Stamped = DocumentNode & { __meta__?: { hash?: string } };

/** The persisted id (hex sha256) the API knows this operation by, if it is one of the apps'. */
export function persistedHash(doc: DocumentNode): string | undefined {
  return (doc as Stamped).__meta__?.hash?.replace(/^sha256:/, '');
}
