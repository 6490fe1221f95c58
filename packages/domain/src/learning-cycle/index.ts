export * from './learning-cycle';
export * from './peer-review';
export * from './matchmaking';
