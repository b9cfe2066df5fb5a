import {
  createTestTenant,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { apiAs, createSubject } from './registryApi';

const ENTITIES = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id fiscalCode } } }`;

/** `Subject @key(fields: "fiscalCode")`: the siuss subgraph links benefit records by fiscal code. */
describe('Subject by fiscal code (second federation key)', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
  });
  afterAll(() => platform.close());

  it('resolves fiscal codes in the caller tenant only, null when unknown', async () => {
    const tenant = (await createTestTenant('Comune Chiave CF')).id;
    const other = (await createTestTenant('Altro Comune Chiave CF')).id;
    const api = apiAs(platform.graphqlUrl, await userToken(tenant));
    const otherApi = apiAs(platform.graphqlUrl, await userToken(other));
    const a = await createSubject(api);
    const b = await createSubject(api);
    const foreign = await createSubject(otherApi);
    const representations = [a, b, foreign].map((s) => ({
      __typename: 'Subject',
      fiscalCode: s.input.fiscalCode,
    }));
    representations.splice(1, 0, {
      __typename: 'Subject',
      fiscalCode: a.input.fiscalCode.toLowerCase(),
    });
    representations.push({ __typename: 'Subject', fiscalCode: 'XXXXXX00X00X000X' });
    const { _entities } = await graphqlOk<{ _entities: ({ id: string } | null)[] }>(
      `${platform.subgraphUrls.registry}/graphql`,
      ENTITIES,
      { r: representations },
      await userToken(tenant),
    );
    expect(_entities.map((e) => e?.id ?? null)).toEqual([a.id, a.id, b.id, null, null]);
  });
});
