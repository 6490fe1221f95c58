export { react as default } from '@polisee/eslint-config';
