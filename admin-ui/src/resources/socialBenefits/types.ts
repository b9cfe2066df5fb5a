// A SIUSS benefit record as the console reads it: the types of the fragments of
// operations/siuss.graphql (dataProvider/siussOperations.ts selects the same fields), generated.

import type { SocialBenefitDetailFragment } from '../../generated/graphql';

export { SOCIAL_BENEFIT_STATUSES as BENEFIT_STATUSES, type SocialBenefitStatus } from '@sisa/rules';

export type SocialBenefitRecord = SocialBenefitDetailFragment;
export type ValidationIssue = SocialBenefitRecord['issues'][number];

export const choicesOf = (prefix: string, ids: readonly string[]) =>
  ids.map((id) => ({ id, name: `resources.socialBenefits.${prefix}.${id}` }));

export const MEANS_TESTS = choicesOf('meansTest', ['ISEE', 'OTHER', 'ISEE_EXEMPT', 'NONE']);
export const CHARACTERS = choicesOf('character', ['PERIODIC', 'OCCASIONAL']);
export const USER_AREAS = choicesOf('userArea', [
  'FAMILY_AND_MINORS',
  'DISABILITY_AND_DEPENDENCY',
  'POVERTY_AND_EXCLUSION',
]);
export const SOURCES = choicesOf('source', ['REI', 'IMPORT', 'MANUAL']);
export const SEXES = choicesOf('sex', ['M', 'F']);
