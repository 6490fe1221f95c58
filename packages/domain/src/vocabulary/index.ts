export * from './enum-of';
export * from './partnership';
