import { polisLinguiConfig } from './lingui/config.mjs';

export default polisLinguiConfig([{ path: '<rootDir>/src/locales/{locale}', include: ['<rootDir>/src'] }]);
