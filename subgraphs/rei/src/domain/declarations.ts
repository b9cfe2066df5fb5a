import type { PermitKind } from './citizenship';
import type { OtherBenefit } from './otherBenefits';

/**
 * What the applicant declares and the registry cannot know (docs/domain/REI.md, Requirements). Null means
 * "not declared yet": the check it feeds is NOT_VERIFIABLE until it is declared or a caseworker
 * records the check by hand.
 */
export interface ReiDeclarations {
  /** Continuously resident in Italy since this date. */
  residentInItalySince?: string | null;
  /** Residence title of a non-EU applicant. */
  permit?: PermitKind | null;
  /** A member owns a car or motorbike first registered in the months before the application. */
  recentVehicle?: boolean | null;
  /** That vehicle carries the tax relief for persons with disabilities (then it does not count). */
  recentVehicleForDisability?: boolean | null;
  /** A member holds ships or pleasure boats. */
  boats?: boolean | null;
  /** A member receives NASpI or another involuntary-unemployment benefit. */
  unemploymentBenefits?: boolean | null;
  /** A woman of the household is pregnant (family requirement, up to 2018-05-31). */
  pregnancy?: boolean | null;
  /** Presumed date of birth. */
  pregnancyDueDate?: string | null;
  /** The pregnancy is certified by a public health facility (the comune checks it). */
  pregnancyCertified?: boolean | null;
  /** A member with a disability lives with at least one parent or a guardian. */
  disabledMemberWithCarer?: boolean | null;
  /** Members in stato di disoccupazione (the ≥ 55 condition). */
  unemployedMemberIds?: string[] | null;
  /** Months of SIA already received: they shorten the REI. */
  siaMonthsReceived?: number | null;
  /** Other means-tested benefits received by the household's members. */
  otherBenefits?: OtherBenefit[] | null;
}
