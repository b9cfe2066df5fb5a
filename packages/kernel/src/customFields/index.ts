export * from './definitions';
export * from './visibility';
export * from './validate';
export * from './pattern';
export * from './filter';
