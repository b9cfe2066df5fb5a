import { Client } from 'pg';
import { SUBGRAPHS, type SubgraphName } from '@sisa/kernel';

/** Where each part of the platform connects: the owner for migrations, one role per subgraph. */
export interface DatabaseLayout {
  database: string;
  ownerUrl: string;
  serviceUrls: Record<SubgraphName, string>;
  roles: { owner: string; services: Record<SubgraphName, string> };
}

function withCredentials(url: string, database: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Role names derive from the database name, so several databases on one server never share roles. */
export function rolesFor(database: string): DatabaseLayout['roles'] {
  const services = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPHS) services[name] = `${database}_${name}`;
  return { owner: `${database}_owner`, services };
}

async function ensureRole(client: Client, role: string, password: string): Promise<void> {
  const name = client.escapeIdentifier(role);
  await client.query(
    `do $$ begin create role ${name}; exception when duplicate_object then null; end $$`,
  );
  await client.query(
    `alter role ${name} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password ${client.escapeLiteral(password)}`,
  );
}

/**
 * Creates (idempotently) the database, its owner role, one service role per subgraph and one
 * schema per subgraph. Service roles own nothing and cannot bypass row-level security; each one
 * reaches only its own subgraph's schema. `adminUrl` must be allowed to create roles and databases.
 */
export async function provisionDatabase(
  adminUrl: string,
  database: string,
  password: string,
): Promise<DatabaseLayout> {
  const roles = rolesFor(database);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await ensureRole(admin, roles.owner, password);
    for (const name of SUBGRAPHS) await ensureRole(admin, roles.services[name], password);
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
    for (const name of SUBGRAPHS) {
      const schema = db.escapeIdentifier(name);
      const service = db.escapeIdentifier(roles.services[name]);
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

  const serviceUrls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPHS)
    serviceUrls[name] = withCredentials(adminUrl, database, roles.services[name], password);
  return {
    database,
    ownerUrl: withCredentials(adminUrl, database, roles.owner, password),
    serviceUrls,
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
    for (const role of [...Object.values(roles.services), roles.owner]) {
      await admin.query(`drop role if exists ${admin.escapeIdentifier(role)}`);
    }
  } finally {
    await admin.end();
  }
}
