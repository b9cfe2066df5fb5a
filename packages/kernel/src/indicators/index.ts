export * from './vocabulary';
export * from './spec';
export * from './compile';
export * from './measure';
export * from './measurementResolver';
export * from './measurementCache';
export * from './tenantWrites';
