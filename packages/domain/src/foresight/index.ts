export * from './delphi';
export * from './vocabulary';
