export * from './delphi';
