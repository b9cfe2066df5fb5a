import { randomBytes } from 'node:crypto';
import { testDatabase, withClient } from '@sisa/testing';
import {
  CURRENT_TENANT_SQL,
  POLICY_TENANT_SQL,
  tenantPoliciesPerRowSql,
  tenantPoliciesPerStatementSql,
} from '../src';

const PER_ROW = `(NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid`;
const PER_STATEMENT = `( SELECT ${PER_ROW} AS "nullif")`;

/** The migration that rewrites a database's policies, on policies of every shape the code made. */
describe('tenant policies once per statement', () => {
  const db = testDatabase();
  const schema = `policies_${randomBytes(4).toString('hex')}`;
  const url = () => db.adminUrl.replace(/\/[^/]*$/, `/${db.database}`);

  beforeAll(() =>
    withClient(url(), (c) =>
      c.query(`create schema ${schema};
        create table ${schema}.t (tenant_id uuid); create table ${schema}.u (tenant_id uuid);
        create policy a on ${schema}.t using (tenant_id = ${CURRENT_TENANT_SQL}) with check (tenant_id = ${CURRENT_TENANT_SQL});
        create policy b on ${schema}.t for select using (tenant_id = ${CURRENT_TENANT_SQL} or tenant_id is null);
        create policy c on ${schema}.t for select using (tenant_id is null and ${CURRENT_TENANT_SQL} is null);
        create policy d on ${schema}.u for insert with check (tenant_id = ${POLICY_TENANT_SQL});
        create policy e on ${schema}.u using (session_user = current_user);`),
    ),
  );
  afterAll(() => withClient(url(), (c) => c.query(`drop schema ${schema} cascade`)));

  const policies = () =>
    withClient(url(), async (c) => {
      const { rows } = await c.query<{ policyname: string; qual: string; with_check: string }>(
        `select policyname, qual, with_check from pg_policies where schemaname = $1 order by 1`,
        [schema],
      );
      return Object.fromEntries(rows.map((p) => [p.policyname, [p.qual, p.with_check]]));
    });
  const run = (sql: string[]) =>
    withClient(url(), async (c) => {
      for (const statement of sql) await c.query(statement);
    });

  it('rewrites every per-row reading, leaves the rest, and can run twice or go back', async () => {
    const before = await policies();
    await run(tenantPoliciesPerStatementSql(schema));
    const after = await policies();
    expect(after).toEqual({
      a: [`(tenant_id = ${PER_STATEMENT})`, `(tenant_id = ${PER_STATEMENT})`],
      b: [`((tenant_id = ${PER_STATEMENT}) OR (tenant_id IS NULL))`, null],
      c: [`((tenant_id IS NULL) AND (${PER_STATEMENT} IS NULL))`, null],
      d: [null, `(tenant_id = ${PER_STATEMENT})`],
      e: ['(SESSION_USER = CURRENT_USER)', null],
    });
    await run(tenantPoliciesPerStatementSql(schema));
    expect(await policies()).toEqual(after);
    await run(tenantPoliciesPerRowSql(schema));
    expect(await policies()).toEqual({ ...before, d: [null, `(tenant_id = ${PER_ROW})`] });
  });
});
