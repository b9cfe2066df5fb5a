/**
 * Rewrites of the row-level security policies already in a database, from reading the tenant
 * once per row (`CURRENT_TENANT_SQL`) to once per statement (`POLICY_TENANT_SQL`), and back.
 * PostgreSQL keeps a policy as an expression tree: `pg_policies` shows it deparsed, where the two
 * forms read as below; a policy already in the per-statement form is left as it is.
 */
const PER_ROW = `(NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid`;
const PER_STATEMENT = `( SELECT ${PER_ROW} AS "nullif")`;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** `column` with the per-row form made per-statement (what already is stays as it is). */
const perStatement = (column: string) =>
  // The per-statement form contains the per-row one: it is set aside first.
  `replace(replace(replace(${column}, ${literal(PER_STATEMENT)}, chr(1)), ${literal(PER_ROW)}, ${literal(PER_STATEMENT)}), chr(1), ${literal(PER_STATEMENT)})`;

const perRow = (column: string) =>
  `replace(${column}, ${literal(PER_STATEMENT)}, ${literal(PER_ROW)})`;

function rewritePoliciesSql(schema: string, rewrite: (column: string) => string): string {
  return `do $$
declare
  p record;
  q text;
  c text;
begin
  for p in select tablename, policyname, qual, with_check from pg_policies where schemaname = ${literal(schema)} loop
    q := ${rewrite('p.qual')};
    c := ${rewrite('p.with_check')};
    if q is distinct from p.qual or c is distinct from p.with_check then
      execute format('alter policy %I on %I.%I', p.policyname, ${literal(schema)}, p.tablename)
        || coalesce(' using (' || q || ')', '') || coalesce(' with check (' || c || ')', '');
    end if;
  end loop;
end $$;`;
}

/** Migration SQL: every policy of `schema` reads the transaction's tenant once per statement. */
export function tenantPoliciesPerStatementSql(schema: string): string[] {
  return [rewritePoliciesSql(schema, perStatement)];
}

/** The way back (a migration's `down`): once per row, as the policies were made. */
export function tenantPoliciesPerRowSql(schema: string): string[] {
  return [rewritePoliciesSql(schema, perRow)];
}
