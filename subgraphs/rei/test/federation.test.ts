import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import {
  createSubgraph,
  generateSigningKeyPem,
  TokenIssuer,
  type SubgraphServer,
} from '@sisa/kernel';
import { createTestTenant, graphqlOk, recordSession, testDatabase } from '@sisa/testing';
import { reiModule } from '../src/server';
import { insertApplications } from './support/directRows';

/**
 * Subject.reiApplications and Household.reiApplications: however many references the gateway
 * sends in one `_entities` call, the subgraph asks the database once per type.
 */
describe('REI federation entities', () => {
  const statements: string[] = [];
  let server: SubgraphServer<unknown>;
  let url: string;
  let token: string;
  const previousDebug = process.env.SISA_SQL_DEBUG;

  beforeAll(async () => {
    process.env.SISA_SQL_DEBUG = '1';
    const keys = generateSigningKeyPem();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) {
          const message = (JSON.parse(line) as { orm?: string }).orm;
          if (message?.includes('[query]')) statements.push(message);
        }
        done();
      },
    });
    server = (await createSubgraph(reiModule, {
      databaseUrl: testDatabase().serviceUrls.rei!,
      publicKeyPem: keys.publicKey,
      subgraphUrls: {},
      dataDir: '/tmp',
      logger: pino({ level: 'debug' }, sink),
      poolMax: 2,
    })) as SubgraphServer<unknown>;
    url = `${await server.listen(0)}/graphql`;
    const tenant = await createTestTenant('Comune federazione');
    const reader = {
      kind: 'user' as const,
      subjectId: randomUUID(),
      tenantId: tenant.id,
      roles: ['VIEWER' as const],
      scopes: [],
      name: 'lettore',
      sessionId: randomUUID(),
    };
    await recordSession(reader, 600);
    token = (await (await TokenIssuer.fromPem(keys.privateKey)).issue(reader, 600)).token;
    const subjects = Array.from({ length: 40 }, () => randomUUID());
    const households = Array.from({ length: 40 }, () => randomUUID());
    await insertApplications(
      tenant.id,
      subjects.flatMap((applicantId, i) => [
        {
          id: randomUUID(),
          applicantId,
          householdId: households[i]!,
          submittedAt: '2018-01-10',
          status: 'ENDED',
        },
        { id: randomUUID(), applicantId, householdId: households[i]!, submittedAt: '2019-02-10' },
      ]),
    );
    Object.assign(globalThis, { __reiSubjects: subjects, __reiHouseholds: households });
  }, 60_000);

  afterAll(async () => {
    process.env.SISA_SQL_DEBUG = previousDebug;
    await server?.close();
  });

  const entities = `query E($r: [_Any!]!) { _entities(representations: $r) {
    ... on Subject { id reiApplications { id submittedAt status } }
    ... on Household { id reiApplications { id } } } }`;

  async function countingSelects(representations: unknown[]) {
    statements.length = 0;
    const data = await graphqlOk<{
      _entities: { id: string; reiApplications: { id: string; submittedAt?: string }[] }[];
    }>(url, entities, { r: representations }, token);
    const selects = statements.filter((s) => /select .* from "rei"\."application"/.test(s));
    return { data, selects };
  }

  it('answers many subjects and households with one query each', async () => {
    const { __reiSubjects: subjects, __reiHouseholds: households } = globalThis as unknown as {
      __reiSubjects: string[];
      __reiHouseholds: string[];
    };
    const few = await countingSelects(
      subjects.slice(0, 2).map((id) => ({ __typename: 'Subject', id })),
    );
    const many = await countingSelects([
      ...subjects.map((id) => ({ __typename: 'Subject', id })),
      ...households.map((id) => ({ __typename: 'Household', id })),
    ]);
    expect(few.selects).toHaveLength(1);
    expect(many.selects).toHaveLength(2);
    expect(many.data._entities).toHaveLength(80);
    expect(many.data._entities[0]!.reiApplications.map((a) => a.submittedAt)).toEqual([
      '2019-02-10',
      '2018-01-10',
    ]);
    expect(many.data._entities[79]!.reiApplications).toHaveLength(2);
  });

  it('answers an unknown subject with an empty list, never an invented application', async () => {
    const { data } = await countingSelects([{ __typename: 'Subject', id: randomUUID() }]);
    expect(data._entities).toEqual([{ id: expect.any(String), reiApplications: [] }]);
  });

  it('resolves unknown ReiApplication references to null', async () => {
    const data = await graphqlOk<{ _entities: unknown[] }>(
      url,
      `query E($r: [_Any!]!) { _entities(representations: $r) { ... on ReiApplication { id } } }`,
      { r: [{ __typename: 'ReiApplication', id: randomUUID() }] },
      token,
    );
    expect(data._entities).toEqual([null]);
  });
});
