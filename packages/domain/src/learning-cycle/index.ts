export * from './learning-cycle';
