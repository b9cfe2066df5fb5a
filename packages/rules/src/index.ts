// Browser-safe: no Node APIs, no I/O. The console and the services import the same rules from here.
export { isFieldVisible, type VisibilityCondition } from './customFieldVisibility';
export { REI_PARAMETER_SETS, reiParameterSet, type ReiParameterSetSeed } from './reiParameterSets';
