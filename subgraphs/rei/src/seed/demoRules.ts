import { reiParameterSet } from '@sisa/rules';
import { readReiParameterSet, type ReiParameters } from '../domain/parameters';

/**
 * The REI-2018 rules for the demo data. Seeds run before any service is up, so they cannot ask
 * the config subgraph; they read the same set config seeds (`@sisa/rules`), so the amounts they
 * store are what the checks would have said.
 */
const set = reiParameterSet('REI-2018');

export const DEMO_RULES: ReiParameters = readReiParameterSet({
  code: set.code,
  validFrom: set.validFrom,
  validTo: set.validTo,
  values: { ...set.values },
});
