import { loadCatalogues } from '@polisee/ui';

// Every catalogue of the admin console; the build groups each locale's into one lazy chunk.
export const loadMessages = loadCatalogues(import.meta.glob(['./locales/*.po', '../features/*/locales/*.po']));
