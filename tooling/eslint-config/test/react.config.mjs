// The React config as the apps use it, for the translatable-UI rule tests.
export { react as default } from '../index.js';
