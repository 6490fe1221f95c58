export * from './stars';
