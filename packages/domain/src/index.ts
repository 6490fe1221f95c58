export * from './errors';
export * from './statistics';
export * from './indicator';
export * from './normalisation';
export * from './aggregation';
export * from './benchmarking';
