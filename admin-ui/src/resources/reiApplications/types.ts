// A REI application as the console reads it: the types of the fragments of operations/rei.graphql
// (dataProvider/reiOperations.ts selects the same fields), generated from the supergraph.

import type {
  ReiApplicationDetailFragment,
  ReiApplicationRowFragment,
  ReiBenefitFieldsFragment,
} from '../../generated/graphql';

export type { CheckOutcome, ReiStatus } from '../../generated/graphql';
/** Statuses in which the municipal checks may run (again). */
export { REI_CHECKABLE_STATUSES as CHECKABLE, REI_STATUSES } from '@sisa/rules';

/** An application as its show and edit pages read it. */
export type ReiApplicationRecord = ReiApplicationDetailFragment;
/** An application as the list reads it. */
export type ReiApplicationListRecord = ReiApplicationRowFragment;
export type { ReiPersonFragment as Person } from '../../generated/graphql';
export type { ReiDeadlineFieldsFragment as ReiDeadline } from '../../generated/graphql';
export type RequirementCheck = ReiApplicationRecord['checks'][number];
export type BenefitMonth = NonNullable<
  NonNullable<ReiApplicationRecord['benefit']>['schedule']
>[number];
/** How an amount was computed: by the calculator, or an application's (month by month too). */
export type BenefitComputation = ReiBenefitFieldsFragment & {
  schedule?: BenefitMonth[] | null;
};

/**
 * Whether the record carries the detail selection: react-admin first shows a show page with the
 * list's row (a placeholder), which lacks checks, household and events.
 */
export const isDetailed = (
  record?: Partial<ReiApplicationRecord>,
): record is ReiApplicationRecord =>
  Boolean(record?.household && record.checks && record.events && record.manualTransitions);
