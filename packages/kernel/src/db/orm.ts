import { MikroORM, type EntitySchema, type MigrationObject, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { statementWithoutValues } from '../logRedaction';
import type { Logger } from '../logging';

export type { EntityManager } from '@mikro-orm/postgresql';
export type Orm = MikroORM<PostgreSqlDriver>;

/**
 * A subgraph's name: its PostgreSQL schema and service role. The kernel keeps no list of them:
 * the composition root does (`platform/src/subgraphs.ts`) and hands it to every process
 * (`platformSubgraphs()`).
 */
export type SubgraphName = string;

/** Name of the MikroORM filter that scopes tenant-owned entities (the second layer after RLS). */
export const TENANT_FILTER = 'tenant';

export interface OrmOptions {
  /** PostgreSQL schema owned by the subgraph. */
  schema: SubgraphName;
  entities: EntitySchema[];
  migrations: MigrationObject[];
  clientUrl: string;
  /** Folder where `migration:create` writes new migrations (the subgraph's `src/migrations`). */
  migrationsPath?: string;
  poolMax?: number;
  logger?: Logger;
}

/**
 * MikroORM for one subgraph. Entities with a `tenantId` property get the tenant filter on by
 * default, so a query without a tenant fails instead of silently reading across tenants.
 */
export async function createOrm(options: OrmOptions): Promise<Orm> {
  const config: Options<PostgreSqlDriver> = {
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: process.env.SISA_SQL_DEBUG === '1',
    discovery: {
      warnWhenNoEntities: false,
      onMetadata(meta) {
        if (meta.properties.tenantId) {
          meta.filters[TENANT_FILTER] = {
            name: TENANT_FILTER,
            cond: (args: { tenantId: string }) => ({ tenantId: args.tenantId }),
            default: true,
          };
        }
      },
    },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      path: options.migrationsPath,
      transactional: true,
      allOrNothing: true,
      // Diffs are always taken against a scratch database migrated to the latest migration.
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    schemaGenerator: { disableForeignKeys: false, createForeignKeyConstraints: true },
    ...(options.logger
      ? {
          // MikroORM's query log writes each statement with its values: log it without them.
          logger: (message: string) =>
            options.logger?.debug({ orm: statementWithoutValues(message) }, 'orm'),
        }
      : {}),
  };
  return MikroORM.init(config);
}
