import { checkIndicatorSpec, indicatorFieldsOf, type CustomFieldDefinition } from '@sisa/kernel';
import { Decimal, roundMoney, type RoundingMode } from '@sisa/italia';
import { DEFAULT_INDICATORS } from '../src/domain/defaultIndicators';
import {
  checkFieldDefinition,
  type FieldDefinitionInput,
} from '../src/domain/fieldDefinitionRules';
import { specOf } from '../src/domain/indicatorRules';
import { checkParameterSet, periodsOverlap } from '../src/domain/parameterSetRules';
import { checkMeasureValues } from '../src/domain/reiParameters';
import { checkValueList } from '../src/domain/valueListRules';
import { mergeSystemItems } from '../src/referenceData';
import { REI_PARAMETER_SETS } from '../src/referenceData/reiParameterSets';

const siblings: CustomFieldDefinition[] = [
  {
    entity: 'SUBJECT',
    key: 'disabled',
    label: 'Disabile',
    type: 'BOOLEAN',
    required: false,
    position: 0,
    active: true,
  },
];
const context = { listExists: (key: string) => key === 'relationship', siblings };
const paths = (input: Partial<FieldDefinitionInput>) =>
  checkFieldDefinition(
    { entity: 'SUBJECT', key: 'campo', label: 'Campo', type: 'TEXT', ...input },
    context,
  ).errors.map((e) => e.field);

describe('field definition rules', () => {
  it('accepts each option only where it means something', () => {
    expect(paths({ type: 'TEXT', min: 2, max: 10, pattern: '[A-Z]+' })).toEqual([]);
    expect(paths({ type: 'MULTI_SELECT', listKey: 'relationship', min: 1, max: 3 })).toEqual([]);
    expect(paths({ type: 'INTEGER', pattern: '\\d+' })).toEqual(['input.pattern']);
    expect(paths({ type: 'TEXT', listKey: 'relationship' })).toEqual(['input.listKey']);
    expect(paths({ type: 'BOOLEAN', min: 1 })).toEqual(['input.min']);
    expect(paths({ type: 'TEXT', min: 1.5 })).toEqual(['input.min']);
    expect(paths({ type: 'INTEGER', min: 0.5 })).toEqual(['input.min']);
    expect(paths({ position: -1 })).toEqual(['input.position']);
  });

  it('checks visibility conditions against the entity and refuses loops on itself', () => {
    expect(paths({ visibleWhen: { field: 'disabled', equals: true } })).toEqual([]);
    expect(paths({ visibleWhen: { field: 'customFields.disabled', equals: true } })).toEqual([]);
    expect(paths({ visibleWhen: { field: 'sex', equals: 'F' } })).toEqual([]);
    expect(paths({ visibleWhen: { field: 'campo', equals: 'x' } })).toEqual([
      'input.visibleWhen.field',
    ]);
    expect(paths({ visibleWhen: { field: 'customFields.sex', equals: 'F' } })).toEqual([
      'input.visibleWhen.field',
    ]);
    expect(paths({ visibleWhen: { field: 'disabled', equals: { a: 1 } } })).toEqual([
      'input.visibleWhen.equals',
    ]);
    expect(paths({ visibleWhen: { field: 'disabled' } })).toEqual(['input.visibleWhen.equals']);
  });

  it('normalises what it stores', () => {
    const { values } = checkFieldDefinition(
      {
        entity: 'SUBJECT',
        key: ' campo ',
        label: ' Campo ',
        type: 'BOOLEAN',
        listKey: '',
        pattern: ' ',
        helpText: '  ',
      },
      context,
    );
    expect(values).toMatchObject({
      key: 'campo',
      label: 'Campo',
      listKey: null,
      pattern: null,
      helpText: null,
      required: false,
      active: true,
      visibleWhen: null,
    });
  });
});

describe('value list rules', () => {
  const stored = [
    { code: 'A', label: 'A', active: true, position: 0 },
    { code: 'B', label: 'B', active: true, position: 1 },
  ];

  it('keeps the codes the Cartella Sociale contract fixes in its lists: renamed, never removed', () => {
    const base = [
      { code: 'SCUOLA', label: 'Scuola', active: true, position: 0 },
      { code: 'OSPEDALE', label: 'Ospedale', active: true, position: 1 },
    ];
    const dropped = checkValueList(
      {
        key: 'referral_sources',
        label: 'Fonti',
        items: [{ code: 'SCUOLA', label: 'Istituto scolastico' }],
      },
      base,
    );
    expect(dropped.errors.map((e) => e.message).join(' ')).toContain(
      '«OSPEDALE» è un codice fisso',
    );
    const all = ['SCUOLA', 'OSPEDALE', 'FORZE_ORDINE', 'TRIBUNALE', 'CITTADINO', 'ALTRO_SERVIZIO'];
    const kept = checkValueList(
      {
        key: 'referral_sources',
        label: 'Fonti',
        items: [
          ...all.map((code) => ({ code, label: code })),
          { code: 'PARROCCHIA', label: 'Parrocchia' },
        ],
      },
      base,
    );
    expect(kept.errors).toEqual([]);
    const deactivated = checkValueList(
      {
        key: 'case_areas',
        label: 'Aree',
        items: [
          'MINORI_FAMIGLIA',
          'ANZIANI',
          'DISABILI',
          'ADULTI_DISAGIO',
          'IMMIGRATI',
          'DIPENDENZE',
        ].map((code) => ({ code, label: code, active: code !== 'DIPENDENZE' })),
      },
      [],
    );
    expect(deactivated.errors.map((e) => e.message)).toEqual([
      '«DIPENDENZE» è un codice fisso dell’elenco: si può rinominare, non togliere né disattivare',
    ]);
  });

  it('keeps items left out of a save, inactive, after the saved ones', () => {
    const { items, errors } = checkValueList(
      {
        key: 'zone',
        label: 'Zone',
        items: [
          { code: 'C', label: 'C' },
          { code: 'A', label: 'A bis', position: 5 },
        ],
      },
      stored,
    );
    expect(errors).toEqual([]);
    expect(items).toEqual([
      { code: 'C', label: 'C', active: true, position: 0 },
      { code: 'A', label: 'A bis', active: true, position: 5 },
      { code: 'B', label: 'B', active: false, position: 2 },
    ]);
  });

  it('never drops a system item an earlier release had', () => {
    const items = mergeSystemItems(
      {
        key: 'x',
        label: 'X',
        items: [
          { code: 'B', label: 'B nuovo' },
          { code: 'C', label: 'C', active: false },
        ],
      },
      stored,
    );
    expect(items.map((i) => [i.code, i.active])).toEqual([
      ['B', true],
      ['C', false],
      ['A', false],
    ]);
  });
});

describe('parameter set rules', () => {
  it('treats a missing end as for ever and shared days as overlap', () => {
    expect(
      periodsOverlap(
        { validFrom: '2018-01-01', validTo: null },
        { validFrom: '2030-01-01', validTo: null },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { validFrom: '2017-12-01', validTo: '2017-12-31' },
        { validFrom: '2018-01-01', validTo: null },
      ),
    ).toBe(false);
    expect(
      periodsOverlap(
        { validFrom: '2017-12-01', validTo: '2018-01-01' },
        { validFrom: '2018-01-01', validTo: null },
      ),
    ).toBe(true);
  });

  it('accepts the seeded REI sets, the optional REI parameters, and any object for other measures', () => {
    for (const set of REI_PARAMETER_SETS) expect(checkParameterSet(set, [])).toEqual([]);
    expect(
      checkMeasureValues('REI', {
        ...(REI_PARAMETER_SETS[1]!.values as object),
        maxRenewals: 1,
        vehicleMonths: 24,
        residenceYears: 2,
      }),
    ).toEqual([]);
    expect(checkMeasureValues('ADI', { qualunque: 'cosa' })).toEqual([]);
    expect(checkMeasureValues('ADI', ['no'])).toEqual([
      { field: 'input.values', message: 'I parametri sono un oggetto JSON' },
    ]);
  });

  /** The seeded numbers reproduce the published maximum amounts of docs/domain/REI.md (ISR 0, no other benefits). */
  it.each([
    ['REI-2017', ['187.50', '294.38', '382.50', '461.25', '485.41', '485.41']],
    ['REI-2018', ['187.50', '294.38', '382.50', '461.25', '534.38', '539.82']],
  ])('%s gives the published maximum monthly amounts', (code, expected) => {
    const v = REI_PARAMETER_SETS.find((s) => s.code === code)!.values as {
      scale: string[];
      scaleIncrementPerExtraMember: string;
      thresholdBase: string;
      thresholdFactor: string;
      annualAssegnoSociale: string;
      capFactor: string;
      roundingMode: RoundingMode;
    };
    const scaleOf = (members: number) =>
      members <= v.scale.length
        ? new Decimal(v.scale[members - 1]!)
        : new Decimal(v.scale.at(-1)!).plus(
            new Decimal(v.scaleIncrementPerExtraMember).times(members - v.scale.length),
          );
    const cap = new Decimal(v.annualAssegnoSociale).times(v.capFactor);
    const monthly = [1, 2, 3, 4, 5, 6].map((members) => {
      const threshold = new Decimal(v.thresholdBase)
        .times(v.thresholdFactor)
        .times(scaleOf(members));
      return roundMoney(Decimal.min(threshold, cap).div(12), v.roundingMode);
    });
    expect(monthly).toEqual(expected);
  });
});

describe('default indicators', () => {
  it('all compile against the built-in fields of their entity, with unique keys', () => {
    expect(new Set(DEFAULT_INDICATORS.map((d) => d.key)).size).toBe(DEFAULT_INDICATORS.length);
    for (const indicator of DEFAULT_INDICATORS) {
      expect([
        indicator.key,
        checkIndicatorSpec(specOf(indicator), indicatorFieldsOf(indicator.entity, [])),
      ]).toEqual([indicator.key, []]);
    }
  });
});
