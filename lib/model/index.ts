export * from './adset-request';
export * from './graph-error';
export * from './submission';
export * from './enums';
export * from './promoted-object';
export * from './targeting';
export * from './known-fields';
export * from './adset-fields';
