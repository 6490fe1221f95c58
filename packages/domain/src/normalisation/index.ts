export * from './treatment';
export * from './normalise';
