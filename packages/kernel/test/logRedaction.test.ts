import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import {
  createLogger,
  createOrm,
  inTenantTransaction,
  maskLogLine,
  maskPersonalData,
  statementWithoutValues,
  type Orm,
} from '@sisa/kernel';
import { testDatabase } from '@sisa/testing';

describe('maskPersonalData', () => {
  it('masks fiscal codes (omocodia and lower case included), IBANs, e-mails and phone numbers', () => {
    for (const value of [
      'RSSMRA80A01F205X',
      'rssmra80a01f205x',
      'RSSMRA80A41F205B',
      'RSSMRAURALMF20RX', // omocodia: digits replaced by letters
      'IT60X0542811101000000123456',
      'mario.rossi+sisa@comune.milano.it',
      '+39 347 1234567',
      '0039 02 1234 5678',
    ]) {
      expect(maskPersonalData(`trovato ${value}.`)).toBe('trovato [redatto].');
      const line = `${JSON.stringify({ msg: `trovato ${value}.`, x: `\n${value}`, [value]: 1 })}\n`;
      expect(JSON.parse(maskLogLine(line))).toEqual({
        msg: 'trovato [redatto].',
        x: '\n[redatto]',
        '[redatto]': 1,
      });
    }
  });

  it('leaves ids, times, numbers and ordinary words alone', () => {
    const line = JSON.stringify({
      time: '2026-12-07T10:00:00.000Z',
      requestId: randomUUID(),
      tenantId: randomUUID(),
      durationMs: 12.345,
      ended: 3471234567,
      msg: 'SUBJECT internationalization ABCDEFGHIJKLMNOP graphql',
    });
    expect(maskPersonalData(line)).toBe(line);
    expect(maskLogLine(line)).toBe(line);
  });
});

describe('statementWithoutValues', () => {
  it('replaces literals, keeps identifiers', () => {
    expect(
      statementWithoutValues(
        `insert into "registry"."subject" ("id", "fiscal_code", "n2") values ('a-b', 'O''Brien - x', 42), (E'x', $$y$$, -1.5e3) limit 25`,
      ),
    ).toBe(
      `insert into "registry"."subject" ("id", "fiscal_code", "n2") values (?, ?, ?), (?, ?, ?) limit ?`,
    );
  });
});

/** A real database error, logged the way every service logs an internal error. */
describe('a database error in the log', () => {
  let orm: Orm;
  const dir = mkdtempSync(join(tmpdir(), 'sisa-log-'));
  const file = join(dir, 'registry.log');
  const tenantId = randomUUID();

  beforeAll(async () => {
    orm = await createOrm({
      schema: 'registry',
      entities: [],
      migrations: [],
      clientUrl: testDatabase().serviceUrls.registry!,
      poolMax: 1,
    });
  });
  afterAll(() => orm.close());

  it('carries its code, table, constraint and the statement without values: no fiscal code, no name', async () => {
    const error = await inTenantTransaction(orm.em as never, tenantId, (em) =>
      em.execute(
        `insert into registry.subject (id, tenant_id, fiscal_code, first_name, last_name) values (?, ?, ?, ?, ?)`,
        [randomUUID(), tenantId, 'BNCGVN85T10A944S', 'Giovanni', 'Bianchissimo'],
      ),
    ).catch((e: unknown) => e);
    // What the driver reports has everything in it: the point is that the log does not.
    expect(String((error as Error).message)).toContain('BNCGVN85T10A944S');

    const destination = pino.destination({ dest: file, sync: true });
    const logger = createLogger('registry', 'info', destination);
    logger.error({ err: error }, 'internal error');
    logger.error(error as Error);
    logger.warn({ input: { fiscalCode: 'BNCGVN85T10A944S', email: 'g.b@example.it' } }, 'input');
    logger.info(`lookup of BNCGVN85T10A944S by g.b@example.it`);
    destination.flushSync();

    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/BNCGVN85T10A944S|Giovanni|Bianchissimo|g\.b@example\.it/i);
    const [first] = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { err: Record<string, unknown> });
    expect(first?.err).toMatchObject({
      code: '23502',
      table: 'subject',
      schema: 'registry',
      statement:
        'insert into registry.subject (id, tenant_id, fiscal_code, first_name, last_name) values (?, ?, ?, ?, ?)',
    });
    expect(String(first?.err.message)).toMatch(/violates not-null constraint/);
    expect(first?.err.detail).toBeUndefined();
  });
});
