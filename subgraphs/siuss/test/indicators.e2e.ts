import { encodeMeasurementKey } from '@sisa/kernel';
import {
  createTestTenant,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { apiAs, benefitInput, OPS } from './siussApi';
import { SIUSS_INDICATOR_FIELDS } from '../src/indicators/vocabulary';

const SOCIAL_BENEFIT_FIELDS = SIUSS_INDICATOR_FIELDS.SOCIAL_BENEFIT!;

const ENTITIES = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on SiussMeasurement { value groups { key value } error } } }`;

describe('SOCIAL_BENEFIT indicators', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'siuss']);
  });
  afterAll(() => platform.close());

  it('compiles and runs every field of the vocabulary, within the tenant, in one _entities call', async () => {
    const tenant = (await createTestTenant('Comune Indicatori')).id;
    const token = await userToken(tenant);
    const api = apiAs(platform.graphqlUrl, token);
    await api.ok(OPS.create, { i: benefitInput() });
    await api.ok(OPS.create, { i: benefitInput({ monthlyAmount: '100.00' }) });
    const specs = SOCIAL_BENEFIT_FIELDS.map((f) =>
      f.type === 'NUMBER'
        ? { entity: 'SOCIAL_BENEFIT', aggregate: 'SUM', field: f.name }
        : {
            entity: 'SOCIAL_BENEFIT',
            aggregate: 'COUNT',
            groupBy: f.type === 'DATE' ? `${f.name}:year` : f.name,
          },
    );
    const representations = specs.map((spec, i) => ({
      __typename: 'SiussMeasurement',
      spec: encodeMeasurementKey({ indicatorId: `i${i}`, spec: spec as never }),
    }));
    const { _entities } = await graphqlOk<{
      _entities: {
        value: number | null;
        error: string | null;
        groups: { key: string; value: number }[];
      }[];
    }>(`${platform.subgraphUrls.siuss}/graphql`, ENTITIES, { r: representations }, token);
    expect(_entities.map((e) => e.error)).toEqual(specs.map(() => null));
    const monthly = SOCIAL_BENEFIT_FIELDS.findIndex((f) => f.name === 'monthlyAmount');
    expect(_entities[monthly]!.value).toBe(350);
    const status = SOCIAL_BENEFIT_FIELDS.findIndex((f) => f.name === 'status');
    expect(_entities[status]!.groups).toEqual([{ key: 'VALID', value: 2 }]);
  });
});
