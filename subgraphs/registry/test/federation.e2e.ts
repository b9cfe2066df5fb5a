import {
  createTestTenant,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import type { Orm } from '@sisa/kernel';
import { apiAs, createSubject, iseeInput, OPS } from './registryApi';

const ENTITIES = `query E($r: [_Any!]!) { _entities(representations: $r) {
  ... on Subject { id fiscalCode lastName birthDate sex citizenshipCode residence { municipalityCode regionCode } households { id } }
  ... on Household { id members { relationship subject { id fiscalCode birthDate } } isee { isee isr } iseeHistory { dsuProtocol } }
} }`;

/** `Subject` and `Household` are federation entities resolved in batches: SQL per request is constant. */
describe('registry federation entities', () => {
  let platform: TestPlatform;
  let token: string;
  let subjectIds: string[];
  let householdIds: string[];
  let sql: string[];
  let tenantId: string;

  const entities = (representations: object[]) =>
    graphqlOk<{ _entities: ({ id: string } | null)[] }>(
      `${platform.subgraphUrls.registry}/graphql`,
      ENTITIES,
      { r: representations },
      token,
    );

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    tenantId = (await createTestTenant('Comune Federato')).id;
    token = await userToken(tenantId, ['CASEWORKER']);
    const api = apiAs(platform.graphqlUrl, token);
    subjectIds = [];
    householdIds = [];
    for (let i = 0; i < 100; i++) subjectIds.push((await createSubject(api)).id);
    for (let i = 0; i < 100; i += 4) {
      const members = subjectIds
        .slice(i, i + 4)
        .map((subjectId, j) => ({ subjectId, relationship: j === 0 ? '1' : '3' }));
      const { createHousehold } = await api.ok<{ createHousehold: { id: string } }>(
        OPS.createHousehold,
        { i: { members } },
      );
      await api.ok(OPS.recordIsee, { h: createHousehold.id, i: iseeInput() });
      householdIds.push(createHousehold.id);
    }
    const orm = platform.subgraphs.registry!.orm as Orm;
    // Every statement the registry sends to PostgreSQL goes through this knex instance.
    const knex = (
      orm.em.getConnection() as unknown as {
        getKnex(): { on(event: 'query', cb: (q: { sql: string }) => void): void };
      }
    ).getKnex();
    sql = [];
    knex.on('query', (q: { sql: string }) => sql.push(q.sql));
  }, 120_000);
  afterAll(() => platform.close());

  async function countQueries(work: () => Promise<unknown>): Promise<number> {
    sql.length = 0;
    await work();
    return sql.length;
  }

  it('resolves 100 subjects (with residence and households) in a constant number of queries', async () => {
    const ten = await countQueries(() =>
      entities(subjectIds.slice(0, 10).map((id) => ({ __typename: 'Subject', id }))),
    );
    let resolved: ({ id: string } | null)[] = [];
    const hundred = await countQueries(async () => {
      resolved = (await entities(subjectIds.map((id) => ({ __typename: 'Subject', id }))))
        ._entities;
    });
    expect(resolved.map((s) => s?.id)).toEqual(subjectIds);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(8); // begin, tenant, subjects, memberships, households, audit, commit
  });

  it('resolves 25 households with members, subjects and ISEE in a constant number of queries', async () => {
    const two = await countQueries(() =>
      entities(householdIds.slice(0, 2).map((id) => ({ __typename: 'Household', id }))),
    );
    const all = await countQueries(() =>
      entities(householdIds.map((id) => ({ __typename: 'Household', id }))),
    );
    expect(all).toBe(two);
  });

  it('answers null for unknown keys, never an invented object', async () => {
    const { _entities } = await entities([
      { __typename: 'Subject', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Subject', id: 'not-a-uuid' },
      { __typename: 'Subject', id: subjectIds[0] },
      { __typename: 'Household', id: '00000000-0000-4000-8000-000000000000' },
    ]);
    expect(_entities.map((e) => e?.id ?? null)).toEqual([null, null, subjectIds[0], null]);
  });

  it('logs federated reads of subject records', async () => {
    await entities([{ __typename: 'Subject', id: subjectIds[5] }]);
    const admin = apiAs(platform.graphqlUrl, await userToken(tenantId, ['TENANT_ADMIN']));
    const { subjectAccessLog } = await admin.ok<{ subjectAccessLog: { items: { via: string }[] } }>(
      OPS.accessLog,
      { f: { subjectId: subjectIds[5] } },
    );
    expect(subjectAccessLog.items.map((a) => a.via)).toContain('entities');
  });
});
