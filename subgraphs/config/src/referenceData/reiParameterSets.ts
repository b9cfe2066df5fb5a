import { REI_PARAMETER_SETS as SETS } from '@sisa/rules';
import type { ParameterSetInput } from '../domain/parameterSetRules';

/** The REI parameter sets every installation starts with (one source: `@sisa/rules`). */
export const REI_PARAMETER_SETS: readonly ParameterSetInput[] = SETS.map((set) => ({
  code: set.code,
  measure: set.measure,
  validFrom: set.validFrom,
  validTo: set.validTo,
  values: set.values,
}));
