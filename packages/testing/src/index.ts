/** @sisa/testing — shared test helpers: the run's database, a booted platform, fixtures, GraphQL calls. */
export * from './database';
export * from './graphql';
export * from './platform';
export * from './fixtures';
export * from './casework';
