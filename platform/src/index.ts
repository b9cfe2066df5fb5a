/** @sisa/platform — running the platform: database provisioning, migrations, demo data, processes. */
export * from './database/embedded';
export * from './database/provision';
export * from './database/open';
export * from './database/migrate';
export * from './seed';
export * from './seedAll';
export * from './secrets';
export * from './subgraphs';
export * from './deployment';
export * from './processes/supervisor';
export * from './processes/waitFor';
export * from './processes/restartPolicy';
export * from './processes/serviceEnv';
export * from './composition';
export * from './benchQueries';
