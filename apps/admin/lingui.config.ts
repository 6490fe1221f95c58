import { polisLinguiConfig } from '@polisee/ui/lingui-config';

// One catalogue per feature folder (src/features/<name>/locales/<locale>.po) so features are
// translated, reviewed and merged independently; src/app has its own.
export default polisLinguiConfig([
  { path: '<rootDir>/src/app/locales/{locale}', include: ['<rootDir>/src/app'] },
  { path: '<rootDir>/src/features/{name}/locales/{locale}', include: ['<rootDir>/src/features/{name}'] },
]);
