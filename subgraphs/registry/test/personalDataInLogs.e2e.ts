import { createLogger } from '@sisa/kernel';
import {
  createTestTenant,
  graphql,
  startTestPlatform,
  testDatabase,
  userToken,
  withClient,
  type TestPlatform,
} from '@sisa/testing';
import { OPS, subjectInput } from './registryApi';

/**
 * A database error on a person's record, through the gateway and the real registry subgraph,
 * logged the way the platform logs it: the log says what failed (code, table, statement) and
 * nothing of whom.
 */
describe('personal data in the logs', () => {
  /** What the registry subgraph writes to its standard output (its log file under npm start). */
  const written: string[] = [];
  const destination = { write: (line: string) => void written.push(line) };
  const refused = subjectInput({ lastName: 'Verdissimo', firstName: 'Ludovica' });
  let platform: TestPlatform;
  const trigger = `test_refuse_${process.pid}`;

  beforeAll(async () => {
    // A person the database refuses (as a check constraint would), only this one: an error
    // whose driver message carries the whole row.
    await withClient(testDatabase().ownerUrl, async (c) => {
      await c.query(`create function registry.${trigger}() returns trigger language plpgsql as $$
        begin raise exception 'riga rifiutata' using errcode = '23514', table = 'subject'; end $$`);
      await c.query(`create trigger ${trigger} before insert on registry.subject for each row
        when (new.fiscal_code = '${refused.fiscalCode}') execute function registry.${trigger}()`);
    });
    platform = await startTestPlatform(['config', 'registry'], {
      loggerFor: (name) =>
        name === 'registry' ? createLogger('registry', 'info', destination) : undefined,
    });
  });
  afterAll(async () => {
    await platform?.close();
    await withClient(testDatabase().ownerUrl, async (c) => {
      await c.query(`drop trigger if exists ${trigger} on registry.subject`);
      await c.query(`drop function if exists registry.${trigger}()`);
    });
  });

  it('logs the error by code, table and statement, without fiscal code, name or address', async () => {
    const tenant = await createTestTenant();
    const token = await userToken(tenant.id, ['CASEWORKER']);
    const result = await graphql(platform.graphqlUrl, OPS.createSubject, { i: refused }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const lines = written.map(
      (l) => JSON.parse(l) as { msg: string; err?: Record<string, unknown> },
    );
    const logged = lines.find((l) => l.msg === 'internal error');
    expect(logged?.err).toMatchObject({ code: '23514', message: 'riga rifiutata' });
    expect(String(logged?.err?.statement)).toMatch(/^insert into "registry"\."subject" \(/);
    expect(String(logged?.err?.statement)).not.toMatch(/'/);
    const text = written.join('');
    for (const value of [
      refused.fiscalCode,
      refused.lastName,
      refused.firstName,
      String(refused.residence?.street),
    ])
      expect({ value, logged: text.includes(value) }).toEqual({ value, logged: false });
  });
});
