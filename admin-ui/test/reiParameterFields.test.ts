import { checkMeasureValues } from '../../subgraphs/config/src/domain/reiParameters';
import { REI_PARAMETER_SETS } from '../../subgraphs/config/src/referenceData/reiParameterSets';
import {
  fromFormValues,
  REI_PARAMETER_FIELDS,
  toFormValues,
} from '../src/resources/parameterSets/reiParameterFields';

describe('the REI parameter form', () => {
  it('has an Italian input for every parameter the config subgraph requires', () => {
    const required = checkMeasureValues('REI', {}).map((e) => e.field.replace('input.values.', ''));
    const named = new Set(REI_PARAMETER_FIELDS.map((f) => f.key.split('.')[0]));
    expect(required.filter((key) => !named.has(key))).toEqual([]);
    for (const field of REI_PARAMETER_FIELDS) expect(field.label).not.toMatch(/[a-z][A-Z]/);
  });

  it('gives back the values it was given, and the server accepts them', () => {
    for (const set of REI_PARAMETER_SETS) {
      const values = set.values as Record<string, unknown>;
      const back = fromFormValues(toFormValues(values));
      expect(back).toEqual(values);
      expect(checkMeasureValues('REI', back)).toEqual([]);
    }
  });

  it('leaves an emptied optional parameter out (the rei subgraph applies its default)', () => {
    const values = {
      ...(REI_PARAMETER_SETS[0]!.values as Record<string, unknown>),
      maxRenewals: 2,
    };
    expect(fromFormValues({ ...toFormValues(values), maxRenewals: null })).not.toHaveProperty(
      'maxRenewals',
    );
  });
});
