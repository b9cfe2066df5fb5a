// A household as the console reads it: the types of the fragments of operations/registry.graphql
// (dataProvider/registryOperations.ts selects the same fields), generated from the supergraph.

import type { HouseholdDetailFragment } from '../../generated/graphql';

export type HouseholdRecord = HouseholdDetailFragment;
export type { HouseholdMemberFieldsFragment as HouseholdMemberRecord } from '../../generated/graphql';
/** An ISEE attestation (a household's, or a subject's households'). */
export type { IseeFieldsFragment as IseeRecord } from '../../generated/graphql';
