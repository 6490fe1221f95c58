export * from './labels';
export * from './components/status';
export * from './components/copy-button';
export * from './components/confirm-dialog';
export * from './components/field';
export * from './components/enum-select';
export * from './download';
export * from './i18n';
