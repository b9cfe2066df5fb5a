export * from './registry';
export * from './operationNames';
export * from './operations';
export * from './pool';
export * from './jobQueue';
export * from './metricsServer';
export * from './tracing';
