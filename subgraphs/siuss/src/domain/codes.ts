/** PresenzaProvaMezzi 1–4 (docs/CONTRACT.md `MeansTest`). */
export const MEANS_TESTS = ['ISEE', 'OTHER', 'ISEE_EXEMPT', 'NONE'] as const;
export type MeansTest = (typeof MEANS_TESTS)[number];

/** CaratterePrestazione 1–2 (docs/CONTRACT.md `BenefitCharacter`). */
export const CHARACTERS = ['PERIODIC', 'OCCASIONAL'] as const;
export type BenefitCharacter = (typeof CHARACTERS)[number];

/** AreaUtenza 1–3. */
export const USER_AREAS = [
  'FAMILY_AND_MINORS',
  'DISABILITY_AND_DEPENDENCY',
  'POVERTY_AND_EXCLUSION',
] as const;
export type UserArea = (typeof USER_AREAS)[number];

// The record statuses and their Italian names are shared with the console (@sisa/rules).
export type { SocialBenefitStatus } from '@sisa/rules';

export const SOURCES = ['REI', 'IMPORT', 'MANUAL'] as const;
export type BenefitSource = (typeof SOURCES)[number];

export const FLOWS = ['PS_PSA_SINA', 'SINBA'] as const;
export type Flow = (typeof FLOWS)[number];

/** The XSD code (1-based position) of an enum value, as a string. */
export function codeOf<T extends string>(values: readonly T[], value: T): string {
  return String(values.indexOf(value) + 1);
}

/** The enum value of an XSD code ('1' → values[0]), or undefined. */
export function valueOfCode<T extends string>(values: readonly T[], code: string): T | undefined {
  return /^\d+$/.test(code) ? values[Number(code) - 1] : undefined;
}

/** Italian labels of the XSD codes, for messages and the console. */
export const MEANS_TEST_LABELS: Record<MeansTest, string> = {
  ISEE: 'soggetta a ISEE',
  OTHER: 'prova dei mezzi non ISEE',
  ISEE_EXEMPT: 'ISEE ma esentata per il beneficiario',
  NONE: 'non soggetta a prova dei mezzi',
};

/** Codes that INPS wants only for benefits with a presa in carico by the social service. */
export function requiresTakenInCharge(serviceCode: string): boolean {
  const match = /^A2\.(\d{2})$/.exec(serviceCode);
  return !!match && Number(match[1]) >= 16 && Number(match[1]) <= 29;
}

/** Italy in ISO 3166 numeric; 990 is «non disponibile» for citizenship. */
export const ITALY = '380';
export const CITIZENSHIP_UNKNOWN = '990';
