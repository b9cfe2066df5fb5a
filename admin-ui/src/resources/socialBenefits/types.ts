// A SIUSS benefit record as the console reads it (dataProvider/siussOperations.ts).

export type SocialBenefitStatus = 'DRAFT' | 'VALID' | 'INVALID' | 'TRANSMITTED' | 'CANCELLED';

export const BENEFIT_STATUSES: readonly SocialBenefitStatus[] = [
  'VALID',
  'INVALID',
  'TRANSMITTED',
  'CANCELLED',
  'DRAFT',
];

export interface ValidationIssue {
  field: string;
  message: string;
}

export interface SocialBenefitRecord {
  id: string;
  fiscalCode: string;
  lastName?: string | null;
  firstName?: string | null;
  serviceCode: string;
  serviceName: string;
  character: 'PERIODIC' | 'OCCASIONAL';
  meansTest: string;
  status: SocialBenefitStatus;
  source: string;
  startDate?: string | null;
  endDate?: string | null;
  paymentDate?: string | null;
  amount?: string | null;
  monthlyAmount?: string | null;
  version: number;
  pendingCancellation: boolean;
  /** Set aside as a duplicate of this record (never sent). */
  duplicateOf?: string | null;
  issues: ValidationIssue[];
  transmissions?: {
    operation: string;
    benefitVersion: number;
    transmission: { id: string; createdAt: string };
    outcome?: { accepted: boolean; reason?: string | null } | null;
  }[];
  inpsOutcome?: { accepted: boolean; reason?: string | null; recordedAt: string } | null;
  [key: string]: unknown;
}

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
