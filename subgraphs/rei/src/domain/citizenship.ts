/**
 * Member states of the European Union by ISO 3166 numeric code, with the dates they joined or
 * left, so a 2018 application of a British citizen is judged by the Union of 2018.
 */
const EU_MEMBERSHIP: Record<string, { from?: string; until?: string }> = {
  '040': {},
  '056': {},
  '100': { from: '2007-01-01' },
  '191': { from: '2013-07-01' },
  '196': { from: '2004-05-01' },
  '203': { from: '2004-05-01' },
  '208': {},
  '233': { from: '2004-05-01' },
  '246': {},
  '250': {},
  '276': {},
  '300': {},
  '348': { from: '2004-05-01' },
  '372': {},
  '380': {},
  '428': { from: '2004-05-01' },
  '440': { from: '2004-05-01' },
  '442': {},
  '470': { from: '2004-05-01' },
  '528': {},
  '616': { from: '2004-05-01' },
  '620': {},
  '642': { from: '2007-01-01' },
  '703': { from: '2004-05-01' },
  '705': { from: '2004-05-01' },
  '724': {},
  '752': {},
  '826': { until: '2020-01-31' },
};

export const ITALY = '380';

/** True when `isoNumeric` was an EU member state on `date`. */
export function isEuCitizenship(isoNumeric: string, date: string): boolean {
  const membership = EU_MEMBERSHIP[isoNumeric];
  if (!membership) return false;
  return (
    (!membership.from || membership.from <= date) && (!membership.until || date <= membership.until)
  );
}

/** The residence titles of a non-EU applicant (docs/domain/REI.md, PERMIT; INPS circ. 172/2017). */
export const PERMIT_KINDS = [
  'EU_CITIZEN_FAMILY_MEMBER',
  'LONG_TERM_RESIDENT',
  'STATELESS',
  'INTERNATIONAL_PROTECTION',
  'OTHER',
] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

export const PERMIT_LABELS: Record<PermitKind, string> = {
  EU_CITIZEN_FAMILY_MEMBER: 'familiare di cittadino UE titolare del diritto di soggiorno',
  LONG_TERM_RESIDENT: 'permesso di soggiorno UE per soggiornanti di lungo periodo',
  STATELESS: 'apolide',
  INTERNATIONAL_PROTECTION: 'titolare di protezione internazionale',
  OTHER: 'altro titolo di soggiorno',
};
