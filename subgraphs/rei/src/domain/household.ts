/** What the checks read from the registry (through the federation, never its tables). */

export type IseeKind = 'ORDINARY' | 'MINORS' | 'CURRENT';

export interface IseeAttestation {
  id: string;
  dsuProtocol: string;
  dsuDate: string;
  kind: IseeKind;
  validUntil: string;
  isee: string;
  isr: string;
  isre: string;
  equivalenceScale: string;
  realEstateAssets: string;
  movableAssets: string;
  householdSize: number;
}

export interface HouseholdMember {
  subjectId: string;
  fiscalCode: string;
  firstName: string;
  lastName: string;
  sex: 'M' | 'F';
  birthDate: string;
  citizenshipCode: string;
  relationship: string;
  since: string | null;
}

export interface HouseholdData {
  id: string;
  members: HouseholdMember[];
  iseeHistory: IseeAttestation[];
}

/** Completed years of age on `on` (both `YYYY-MM-DD`); born on 29 February, one turns a year on 1 March. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Members who belonged to the household on `date` (joined on or before it). */
export function membersOn(household: HouseholdData, date: string): HouseholdMember[] {
  return household.members.filter((m) => m.since === null || m.since <= date);
}

const KIND_PREFERENCE: Record<IseeKind, number> = { CURRENT: 0, MINORS: 1, ORDINARY: 2 };

/**
 * The ISEE attestation valid on `date` (DSU signed on or before it, not yet expired). An ISEE
 * corrente, which updates the others, comes first; for a household with minors the ISEE
 * minorenni (art. 7 DPCM 159/2013) comes before the ordinary one; then the latest DSU.
 */
export function iseeValidOn(
  history: readonly IseeAttestation[],
  date: string,
  hasMinors: boolean,
): IseeAttestation | null {
  const rank = (a: IseeAttestation) =>
    a.kind === 'MINORS' && !hasMinors ? 3 : KIND_PREFERENCE[a.kind];
  const valid = history.filter((a) => a.dsuDate <= date && date <= a.validUntil);
  valid.sort((a, b) => rank(a) - rank(b) || b.dsuDate.localeCompare(a.dsuDate));
  return valid[0] ?? null;
}

export function fullName(member: Pick<HouseholdMember, 'firstName' | 'lastName'>): string {
  return `${member.lastName} ${member.firstName}`;
}
