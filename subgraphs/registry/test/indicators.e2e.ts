import { todayInItaly } from '@sisa/italia';
import { encodeMeasurementKey, type IndicatorField, type IndicatorSpec } from '@sisa/kernel';
import {
  createTestTenant,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { REGISTRY_CATALOGS } from '../src/indicators/catalogs';
import { apiAs, createSubject, iseeInput, OPS } from './registryApi';
import { REGISTRY_INDICATOR_FIELDS } from '../src/indicators/vocabulary';

const MEASURE = `query M($r: [_Any!]!) { _entities(representations: $r) { ... on RegistryMeasurement { spec value groups { key value } error } } }`;

interface Measurement {
  spec: string;
  value: number | null;
  groups: { key: string; value: number | null }[];
  error: string | null;
}

const today = todayInItaly();
const yearsAgo = (years: number, days = 0) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

/** Specs that use a field every way its type allows: aggregated, filtered, grouped, as a period. */
function specsFor(entity: 'SUBJECT' | 'HOUSEHOLD', field: IndicatorField): IndicatorSpec[] {
  const grouped: IndicatorSpec = {
    entity,
    aggregate: 'COUNT',
    groupBy: field.type === 'DATE' ? `${field.name}:year` : field.name,
  };
  switch (field.type) {
    case 'NUMBER':
      return [
        grouped,
        { entity, aggregate: 'SUM', field: field.name },
        { entity, aggregate: 'AVG', field: field.name, filter: { [field.name]: { gte: 0 } } },
      ];
    case 'DATE':
      return [
        grouped,
        {
          entity,
          aggregate: 'COUNT',
          filter: { [field.name]: { lte: today } },
          period: { field: field.name, lastMonths: 120 },
        },
      ];
    case 'BOOLEAN':
      return [grouped, { entity, aggregate: 'COUNT', filter: { [field.name]: true } }];
    case 'TEXT':
      return [
        grouped,
        {
          entity,
          aggregate: 'COUNT',
          field: field.name,
          filter: { [field.name]: { in: ['x', 'y'] } },
        },
      ];
  }
}

describe('registry indicators', () => {
  let platform: TestPlatform;
  let token: string;

  const measure = async (specs: IndicatorSpec[]): Promise<Measurement[]> => {
    const representations = specs.map((spec, i) => ({
      __typename: 'RegistryMeasurement',
      spec: encodeMeasurementKey({ indicatorId: `t${i}`, spec }),
    }));
    return (
      await graphqlOk<{ _entities: Measurement[] }>(
        `${platform.subgraphUrls.registry}/graphql`,
        MEASURE,
        { r: representations },
        token,
      )
    )._entities;
  };

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    token = await userToken((await createTestTenant('Comune Indicatori')).id, ['CASEWORKER']);
    const api = apiAs(platform.graphqlUrl, token);
    const adult = await createSubject(api, { birthDate: yearsAgo(40) });
    const minor = await createSubject(api, { birthDate: yearsAgo(17, 200) });
    const elderly = await createSubject(api, {
      birthDate: yearsAgo(70),
      birthPlaceCode: 'Z100',
      citizenshipCode: '008',
    });
    const single = await createSubject(api, { birthDate: yearsAgo(60) });
    const family = await api.ok<{ createHousehold: { id: string } }>(OPS.createHousehold, {
      i: {
        members: [
          { subjectId: adult.id, relationship: '1' },
          { subjectId: minor.id, relationship: '3' },
        ],
      },
    });
    await api.ok(OPS.recordIsee, {
      h: family.createHousehold.id,
      i: iseeInput({ isee: '5000.00' }),
    });
    const alone = await api.ok<{ createHousehold: { id: string } }>(OPS.createHousehold, {
      i: { members: [{ subjectId: elderly.id, relationship: '1' }] },
    });
    await api.ok(OPS.recordIsee, {
      h: alone.createHousehold.id,
      i: iseeInput({ isee: '12000.00' }),
    });
    await api.ok(OPS.createHousehold, {
      i: { members: [{ subjectId: single.id, relationship: '1' }] },
    });
  });
  afterAll(() => platform.close());

  it('maps every field of the vocabulary to SQL', () => {
    for (const entity of ['SUBJECT', 'HOUSEHOLD'] as const) {
      expect(Object.keys(REGISTRY_CATALOGS[entity]!.fields).sort()).toEqual(
        REGISTRY_INDICATOR_FIELDS[entity]!.map((f) => f.name).sort(),
      );
    }
  });

  it.each(['SUBJECT', 'HOUSEHOLD'] as const)(
    'compiles and runs every %s field, every way it can be used',
    async (entity) => {
      const specs = REGISTRY_INDICATOR_FIELDS[entity]!.flatMap((field) => specsFor(entity, field));
      const results = await measure(specs);
      expect(results.filter((r) => r.error !== null)).toEqual([]);
      expect(results).toHaveLength(specs.length);
    },
  );

  it('computes subject figures: age bands and foreign citizens', async () => {
    const [bands, foreign, minors] = await measure([
      { entity: 'SUBJECT', aggregate: 'COUNT', groupBy: 'ageBand' },
      { entity: 'SUBJECT', aggregate: 'COUNT', filter: { foreignCitizen: true } },
      { entity: 'SUBJECT', aggregate: 'COUNT', filter: { age: { lt: 18 } } },
    ]);
    expect(bands!.value).toBe(4);
    expect(bands!.groups).toEqual([
      { key: '0-17', value: 1 },
      { key: '35-54', value: 1 },
      { key: '55-64', value: 1 },
      { key: '65+', value: 1 },
    ]);
    expect(foreign!.value).toBe(1);
    expect(minors!.value).toBe(1);
  });

  it('computes household figures: members, minors, current ISEE and its bands', async () => {
    const [members, withMinors, bands, average] = await measure([
      { entity: 'HOUSEHOLD', aggregate: 'SUM', field: 'memberCount' },
      { entity: 'HOUSEHOLD', aggregate: 'COUNT', filter: { hasMinors: true } },
      { entity: 'HOUSEHOLD', aggregate: 'COUNT', groupBy: 'iseeBand' },
      { entity: 'HOUSEHOLD', aggregate: 'AVG', field: 'isee', filter: { hasValidIsee: true } },
    ]);
    expect(members!.value).toBe(4);
    expect(withMinors!.value).toBe(1);
    expect(bands!.groups).toEqual([
      { key: '3.000-6.000', value: 1 },
      { key: '9.360-20.000', value: 1 },
      { key: 'senza ISEE', value: 1 },
    ]);
    expect(average!.value).toBe(8500);
  });

  it('reports a spec it cannot compute instead of failing', async () => {
    const [unknown] = await measure([
      { entity: 'SUBJECT', aggregate: 'SUM', field: 'customFields.nope' },
    ]);
    expect(unknown!.error).toMatch(/non disponibile/);
  });
  it('sees a subject created a moment ago, and an 18th birthday today as an adult', async () => {
    const spec: IndicatorSpec = { entity: 'SUBJECT', aggregate: 'COUNT', groupBy: 'ageBand' };
    const count = (m: Measurement, band: string) =>
      m.groups.find((g) => g.key === band)?.value ?? 0;
    const [before] = await measure([spec]);
    // Italy's today, 18 years back (a 29 February birthday turns 18 on the 28th of other years).
    const [y, m, d] = todayInItaly().split('-').map(Number) as [number, number, number];
    const day = (offset: number) =>
      new Date(Date.UTC(y - 18, m - 1, (m === 2 && d === 29 ? 28 : d) + offset))
        .toISOString()
        .slice(0, 10);
    const api = apiAs(platform.graphqlUrl, token);
    await createSubject(api, { birthDate: day(0) }); // 18 today
    await createSubject(api, { birthDate: day(1) }); // 18 tomorrow
    const [after] = await measure([spec]);
    expect(count(after!, '18-34')).toBe(count(before!, '18-34') + 1);
    expect(count(after!, '0-17')).toBe(count(before!, '0-17') + 1);
  });
});
