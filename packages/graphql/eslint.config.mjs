export { default } from '@polisee/eslint-config';
