export * from './kpi';
export * from './self-assessment';
