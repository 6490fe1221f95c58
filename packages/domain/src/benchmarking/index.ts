export * from './reference-regions';
export * from './performance-group';
export * from './profile';
export * from './uncertainty';
export * from './weight-draws';
export * from './report';
