export * from './practice-workflow';
