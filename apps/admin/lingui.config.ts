import { polisLinguiConfig } from '@polisee/ui/lingui-config';

// One catalogue per feature folder (src/features/<name>/locales/<locale>.po) so features are
// translated, reviewed and merged independently; src/app and the shared kit (src/kit) have theirs.
export default polisLinguiConfig([
  { path: '<rootDir>/src/app/locales/{locale}', include: ['<rootDir>/src/app', '<rootDir>/src/kit'] },
  { path: '<rootDir>/src/features/{name}/locales/{locale}', include: ['<rootDir>/src/features/{name}'] },
]);
