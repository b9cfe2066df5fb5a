import { Client } from 'pg';
import type { SubgraphName } from '@sisa/kernel';
import { rolePassword } from '../secrets';
import { PLATFORM_SUBGRAPHS } from '../subgraphs';

/** One schema and one service role per subgraph of the platform. */
const SUBGRAPHS: readonly SubgraphName[] = PLATFORM_SUBGRAPHS.map((s) => s.name);

/** A subgraph's job queue (pg-boss tables, made by its migration), used by its service role only. */
const JOB_SCHEMAS: Partial<Record<SubgraphName, string>> = { siuss: 'siuss_jobs' };

/** Where each part of the platform connects: the owner for migrations, one role per subgraph. */
export interface DatabaseLayout {
  database: string;
  ownerUrl: string;
  serviceUrls: Record<SubgraphName, string>;
  /** The gateway's role: rate-limit counters and the tenants' CORS origins (`auth` schema) only. */
  gatewayUrl: string;
  /**
   * `system` has no login: it owns the security-definer functions that look past row-level
   * security (the kernel's `systemFunctionsSql`); only the owner may act as it.
   */
  roles: {
    owner: string;
    system: string;
    gateway: string;
    services: Record<SubgraphName, string>;
  };
}

function withCredentials(url: string, database: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A subgraph's service role in a database: `<database>_<subgraph>`. */
export function serviceRole(database: string, name: SubgraphName): string {
  return `${database}_${name}`;
}

/** Role names derive from the database name, so several databases on one server never share roles. */
export function rolesFor(database: string): DatabaseLayout['roles'] {
  const services: Record<SubgraphName, string> = {};
  for (const name of SUBGRAPHS) services[name] = serviceRole(database, name);
  return {
    owner: `${database}_owner`,
    system: `${database}_system`,
    gateway: `${database}_gateway`,
    services,
  };
}

/**
 * Creates the role if missing and sets what it may do and its password (`null`: no login). Run
 * on every start, so a changed secret (or an installation from before each role had its own)
 * takes effect at once. No role inherits another's privileges: the owner may act as the
 * system role (to hand it functions), but its own sessions never do so implicitly.
 */
async function ensureRole(client: Client, role: string, password: string | null): Promise<void> {
  const name = client.escapeIdentifier(role);
  await client.query(
    `do $$ begin create role ${name}; exception when duplicate_object then null; end $$`,
  );
  await client.query(
    `alter role ${name} ${password === null ? 'nologin' : 'login'} noinherit nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${password === null ? 'null' : client.escapeLiteral(password)}`,
  );
}

/**
 * Creates (idempotently) the database, its owner role, one service role per subgraph, the
 * system role and one schema per subgraph. Each role's password is its own, derived from
 * `secret` (`rolePassword`): a service knows only its own and can never log in as the owner.
 * Service roles own nothing and cannot bypass row-level security; each one reaches only its own
 * subgraph's schema. `adminUrl` must be allowed to create roles and databases.
 */
export async function provisionDatabase(
  adminUrl: string,
  database: string,
  secret: string,
): Promise<DatabaseLayout> {
  const roles = rolesFor(database);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await ensureRole(admin, roles.owner, rolePassword(secret, roles.owner));
    await ensureRole(admin, roles.system, null);
    await admin.query(
      `grant ${admin.escapeIdentifier(roles.system)} to ${admin.escapeIdentifier(roles.owner)}`,
    );
    for (const name of SUBGRAPHS)
      await ensureRole(
        admin,
        serviceRole(database, name),
        rolePassword(secret, serviceRole(database, name)),
      );
    await ensureRole(admin, roles.gateway, rolePassword(secret, roles.gateway));
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) {
      await admin.query(
        `create database ${admin.escapeIdentifier(database)} owner ${admin.escapeIdentifier(roles.owner)} encoding 'UTF8' template template0`,
      );
    }
  } finally {
    await admin.end();
  }

  const db = new Client({
    connectionString: withCredentials(
      adminUrl,
      database,
      new URL(adminUrl).username,
      decodeURIComponent(new URL(adminUrl).password),
    ),
  });
  await db.connect();
  try {
    const owner = db.escapeIdentifier(roles.owner);
    await db.query(`revoke create on schema public from public`);
    await db.query(`grant all on database ${db.escapeIdentifier(database)} to ${owner}`);
    await db.query(`create extension if not exists unaccent`);
    await db.query(`create extension if not exists pg_trgm`);
    // levenshtein for the registry's search tolerant of one typo.
    await db.query(`create extension if not exists fuzzystrmatch`);
    // What the gateway may touch is granted by the config migration that creates it.
    const gateway = db.escapeIdentifier(roles.gateway);
    await db.query(`grant connect on database ${db.escapeIdentifier(database)} to ${gateway}`);
    await db.query(
      `alter role ${gateway} in database ${db.escapeIdentifier(database)} set statement_timeout = '5s'`,
    );
    for (const [name, schemaName] of SUBGRAPHS.flatMap((n) => [
      [n, n] as const,
      ...(JOB_SCHEMAS[n] ? [[n, JOB_SCHEMAS[n]] as const] : []),
    ])) {
      const schema = db.escapeIdentifier(schemaName);
      const service = db.escapeIdentifier(serviceRole(database, name));
      await db.query(`create schema if not exists ${schema} authorization ${owner}`);
      await db.query(`grant connect on database ${db.escapeIdentifier(database)} to ${service}`);
      await db.query(`grant usage on schema ${schema} to ${service}`);
      await db.query(
        `grant select, insert, update, delete on all tables in schema ${schema} to ${service}`,
      );
      await db.query(`grant usage, select on all sequences in schema ${schema} to ${service}`);
      await db.query(
        `alter default privileges for role ${owner} in schema ${schema} grant select, insert, update, delete on tables to ${service}`,
      );
      await db.query(
        `alter default privileges for role ${owner} in schema ${schema} grant usage, select on sequences to ${service}`,
      );
      await db.query(
        `alter default privileges for role ${owner} in schema ${schema} grant execute on functions to ${service}`,
      );
      await db.query(
        `alter role ${service} in database ${db.escapeIdentifier(database)} set statement_timeout = '60s'`,
      );
      await db.query(
        `alter role ${service} in database ${db.escapeIdentifier(database)} set idle_in_transaction_session_timeout = '120s'`,
      );
    }
  } finally {
    await db.end();
  }

  return databaseLayout(adminUrl, database, secret);
}

/**
 * Where each part of the platform connects, computed without connecting: each role's URL is the
 * server's (`adminUrl`) with the role's name and derived password. Deployments that run each
 * service apart (containers) give each one its URL from here (`npm run database-urls`).
 */
export function databaseLayout(adminUrl: string, database: string, secret: string): DatabaseLayout {
  const roles = rolesFor(database);
  const serviceUrls: Record<SubgraphName, string> = {};
  for (const name of SUBGRAPHS)
    serviceUrls[name] = withCredentials(
      adminUrl,
      database,
      serviceRole(database, name),
      rolePassword(secret, serviceRole(database, name)),
    );
  return {
    database,
    ownerUrl: withCredentials(adminUrl, database, roles.owner, rolePassword(secret, roles.owner)),
    serviceUrls,
    gatewayUrl: withCredentials(
      adminUrl,
      database,
      roles.gateway,
      rolePassword(secret, roles.gateway),
    ),
    roles,
  };
}

/** Drops a database and its roles (test databases). */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const roles = rolesFor(database);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${admin.escapeIdentifier(database)} with (force)`);
    for (const role of [
      ...Object.values(roles.services),
      roles.gateway,
      roles.system,
      roles.owner,
    ]) {
      await admin.query(`drop role if exists ${admin.escapeIdentifier(role)}`);
    }
  } finally {
    await admin.end();
  }
}
