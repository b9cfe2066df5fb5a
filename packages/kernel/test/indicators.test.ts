import {
  checkIndicatorSpec,
  compileIndicator,
  createOrm,
  indicatorFieldsOf,
  measureIndicator,
  encodeMeasurementKey,
  type CustomFieldDefinition,
  type IndicatorSpec,
  type IndicatorSqlCatalog,
  type Orm,
} from '../src';
import { testDatabase } from '@sisa/testing';

const custom: CustomFieldDefinition[] = [
  {
    entity: 'SUBJECT',
    key: 'children',
    label: 'Figli',
    type: 'INTEGER',
    required: false,
    position: 0,
    active: true,
  },
  {
    entity: 'SUBJECT',
    key: 'needs',
    label: 'Bisogni',
    type: 'MULTI_SELECT',
    listKey: 'needs',
    required: false,
    position: 1,
    active: true,
  },
  {
    entity: 'SUBJECT',
    key: 'area',
    label: 'Zona',
    type: 'SELECT',
    listKey: 'area',
    required: false,
    position: 2,
    active: true,
  },
  {
    entity: 'SUBJECT',
    key: 'income',
    label: 'Reddito',
    type: 'DECIMAL',
    required: false,
    position: 3,
    active: true,
  },
];
const fields = indicatorFieldsOf('SUBJECT', custom);
const catalog: IndicatorSqlCatalog = {
  from: 'pg_temp.person p',
  where: 'p.archived is false',
  customFields: 'p.custom',
  fields: {
    sex: 'p.sex',
    birthDate: 'p.birth_date',
    age: `date_part('year', age(p.birth_date))`,
    ageBand: `case when date_part('year', age(p.birth_date)) < 18 then '0-17' else '18+' end`,
    citizenshipCode: 'p.citizenship',
    foreignCitizen: `p.citizenship <> '380'`,
    birthPlaceCode: `'F205'`,
    residenceMunicipalityCode: `'015146'`,
    createdAt: 'p.created_at::date',
  },
};

describe('indicator specs', () => {
  const check = (spec: Partial<IndicatorSpec>) =>
    checkIndicatorSpec({ entity: 'SUBJECT', aggregate: 'COUNT', ...spec }, fields).map(
      (e) => e.field,
    );

  it('accepts specs on built-in and custom fields', () => {
    expect(check({ groupBy: 'sex' })).toEqual([]);
    expect(
      check({
        aggregate: 'SUM',
        field: 'customFields.children',
        filter: { sex: 'F', age: { gte: 18 } },
        period: { field: 'createdAt', lastMonths: 12 },
      }),
    ).toEqual([]);
    expect(
      check({ groupBy: 'birthDate:month', filter: { 'customFields.needs': { contains: 'CASA' } } }),
    ).toEqual([]);
  });

  it('refuses what cannot compile, naming the part', () => {
    expect(check({ aggregate: 'SUM', field: 'sex' })).toEqual(['input.field']);
    expect(check({ aggregate: 'AVG' })).toEqual(['input.field']);
    expect(check({ groupBy: 'password' })).toEqual(['input.groupBy']);
    expect(check({ groupBy: 'birthDate' })).toEqual(['input.groupBy']);
    expect(check({ groupBy: 'customFields.needs' })).toEqual(['input.groupBy']);
    expect(check({ filter: { sex: 1 } })).toEqual(['input.filter.sex']);
    expect(check({ filter: { sex: { like: '%' } as never } })).toEqual(['input.filter.sex']);
    expect(check({ filter: { "sex'; drop table x; --": 'M' } })).toEqual([
      `input.filter.sex'; drop table x; --`,
    ]);
    expect(check({ period: { field: 'sex', lastMonths: 500 } })).toEqual([
      'input.period.field',
      'input.period.lastMonths',
    ]);
  });

  it('keeps every value out of the SQL text', () => {
    const compiled = compileIndicator(
      {
        entity: 'SUBJECT',
        aggregate: 'COUNT',
        filter: { citizenshipCode: "380' or 1=1 --", 'customFields.area': { in: ['NORD'] } },
        groupBy: 'customFields.area',
      },
      catalog,
      fields,
      '2026-11-26',
    );
    expect(compiled.sql).not.toContain('380');
    expect(compiled.sql).not.toContain('NORD');
    expect(compiled.sql).not.toMatch(/'area'/);
    expect(compiled.params).toEqual(['area', "380' or 1=1 --", 'area', '["NORD"]']);
  });
});

describe('indicator measurement on PostgreSQL', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await createOrm({
      schema: 'config',
      entities: [],
      migrations: [],
      clientUrl: testDatabase().ownerUrl,
      poolMax: 1,
    });
    const em = orm.em.fork();
    await em.execute(
      `create temp table person (sex text, birth_date date, citizenship text, created_at timestamptz, archived boolean, custom jsonb)`,
    );
    await em.execute(`insert into person values
      ('F', '1950-03-01', '380', '2026-10-05', false, '{"children": 2, "needs": ["CASA", "LAVORO"], "area": "NORD", "income": "187.50"}'),
      ('F', '2012-07-15', '504', '2026-11-02', false, '{"children": 0, "area": "SUD", "income": 0.1}'),
      ('M', '1990-01-20', '380', '2025-01-10', false, '{"needs": ["LAVORO"], "income": "0.20"}'),
      ('M', '1985-05-05', '380', '2026-11-20', true, '{"children": 9}')`);
  });
  afterAll(() => orm.close(true));

  const measure = (spec: IndicatorSpec) =>
    measureIndicator(
      orm.em.fork(),
      encodeMeasurementKey({ indicatorId: 'i1', spec }),
      { SUBJECT: catalog },
      custom,
      '2026-11-26',
    );

  it('counts, groups and totals in one query', async () => {
    const result = await measure({ entity: 'SUBJECT', aggregate: 'COUNT', groupBy: 'sex' });
    expect(result).toMatchObject({
      value: 3,
      error: null,
      groups: [
        { key: 'F', value: 2 },
        { key: 'M', value: 1 },
      ],
    });
  });

  it('sums custom numbers, filters multi-selects and derived fields, and limits the period', async () => {
    expect(
      (await measure({ entity: 'SUBJECT', aggregate: 'SUM', field: 'customFields.children' }))
        .value,
    ).toBe(2);
    expect(
      (
        await measure({
          entity: 'SUBJECT',
          aggregate: 'COUNT',
          filter: { 'customFields.needs': { contains: 'LAVORO' } },
        })
      ).value,
    ).toBe(2);
    expect(
      (await measure({ entity: 'SUBJECT', aggregate: 'COUNT', filter: { foreignCitizen: true } }))
        .value,
    ).toBe(1);
    expect(
      (await measure({ entity: 'SUBJECT', aggregate: 'COUNT', filter: { ageBand: '0-17' } })).value,
    ).toBe(1);
    expect(
      (
        await measure({
          entity: 'SUBJECT',
          aggregate: 'COUNT',
          period: { field: 'createdAt', lastMonths: 2 },
        })
      ).value,
    ).toBe(2);
    expect(
      (
        await measure({
          entity: 'SUBJECT',
          aggregate: 'AVG',
          field: 'age',
          filter: { sex: { in: ['M'] } },
        })
      ).value,
    ).toBeGreaterThan(30);
  });

  it('sums and averages custom DECIMAL amounts exactly, stored as strings or as older numbers', async () => {
    const sum = await measure({
      entity: 'SUBJECT',
      aggregate: 'SUM',
      field: 'customFields.income',
    });
    expect(sum).toMatchObject({ value: 187.8, decimalValue: '187.80', error: null });
    const avg = await measure({
      entity: 'SUBJECT',
      aggregate: 'AVG',
      field: 'customFields.income',
    });
    expect(avg).toMatchObject({ value: 62.6, decimalValue: '62.60' });
    const max = await measure({
      entity: 'SUBJECT',
      aggregate: 'MAX',
      field: 'customFields.income',
    });
    expect(max.decimalValue).toBe('187.50');
  });

  it('groups dates by month and custom selects by code, blanks as ""', async () => {
    const byMonth = await measure({
      entity: 'SUBJECT',
      aggregate: 'COUNT',
      groupBy: 'createdAt:month',
    });
    expect(byMonth.groups).toEqual([
      { key: '2025-01', value: 1, decimalValue: '1' },
      { key: '2026-10', value: 1, decimalValue: '1' },
      { key: '2026-11', value: 1, decimalValue: '1' },
    ]);
    const byArea = await measure({
      entity: 'SUBJECT',
      aggregate: 'COUNT',
      groupBy: 'customFields.area',
    });
    expect(byArea.groups).toEqual([
      { key: '', value: 1, decimalValue: '1' },
      { key: 'NORD', value: 1, decimalValue: '1' },
      { key: 'SUD', value: 1, decimalValue: '1' },
    ]);
  });

  it('explains instead of failing when a spec no longer fits', async () => {
    const result = await measure({
      entity: 'SUBJECT',
      aggregate: 'SUM',
      field: 'customFields.removed',
    });
    expect(result.value).toBeNull();
    expect(result.error).toMatch(/customFields.removed/);
    const other = await measure({ entity: 'SOCIAL_BENEFIT', aggregate: 'COUNT' });
    expect(other.error).toMatch(/non calcola/);
  });
});
