export * from './adset-request';
export * from './graph-error';
export * from './submission';
