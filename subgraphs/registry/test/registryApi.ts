import { randomInt } from 'node:crypto';
import { computeFiscalCode, type Sex } from '@sisa/italia';
import type { Api, GraphQLResult } from '@sisa/testing';

const SUBJECT_FIELDS = `id fiscalCode firstName lastName sex birthDate birthPlaceCode birthPlaceName citizenshipCode phone email customFields version createdAt updatedAt archivedAt
  residence { street postalCode municipalityCode municipalityName regionCode countryCode }`;
const HOUSEHOLD_FIELDS = `id version customFields
  members { relationship since until subject { id fiscalCode } }
  memberHistory { relationship since until subject { id } }
  isee { id dsuProtocol dsuDate kind validUntil isee isr isre equivalenceScale realEstateAssets movableAssets householdSize }
  iseeHistory { id dsuProtocol dsuDate }`;

/** GraphQL operations of the registry API, as the console and third parties send them. */
export const OPS = {
  createSubject: `mutation C($i: SubjectInput!) { createSubject(input: $i) { ${SUBJECT_FIELDS} } }`,
  updateSubject: `mutation U($id: ID!, $i: SubjectUpdateInput!, $v: Int!) { updateSubject(id: $id, input: $i, expectedVersion: $v) { ${SUBJECT_FIELDS} } }`,
  deleteSubject: `mutation D($id: ID!) { deleteSubject(id: $id) }`,
  subject: `query S($id: ID!) { subject(id: $id) { ${SUBJECT_FIELDS} } }`,
  subjectHistory: `query S($id: ID!) { subject(id: $id) { id history { version changedAt changedBy action changes } } }`,
  subjectByFiscalCode: `query S($fc: String!) { subjectByFiscalCode(fiscalCode: $fc) { id fiscalCode firstName lastName } }`,
  subjectsFull: `query L($f: SubjectFilter) { subjects(filter: $f) { items { ${SUBJECT_FIELDS} } } }`,
  subjects: `query L($f: SubjectFilter, $p: Int, $pp: Int, $s: SubjectSort) { subjects(filter: $f, page: $p, perPage: $pp, sort: $s) { total items { id fiscalCode firstName lastName birthDate } } }`,
  subjectsSorted: `query L($s: SubjectSort) { subjects(sort: $s) { items { id fiscalCode firstName lastName birthDate createdAt updatedAt } } }`,
  createHousehold: `mutation C($i: HouseholdInput!) { createHousehold(input: $i) { ${HOUSEHOLD_FIELDS} } }`,
  updateHousehold: `mutation U($id: ID!, $i: HouseholdUpdateInput!, $v: Int!) { updateHousehold(id: $id, input: $i, expectedVersion: $v) { id version customFields } }`,
  addMember: `mutation A($h: ID!, $s: ID!, $r: String!, $since: Date) { addHouseholdMember(householdId: $h, subjectId: $s, relationship: $r, since: $since) { ${HOUSEHOLD_FIELDS} } }`,
  removeMember: `mutation R($h: ID!, $s: ID!, $until: Date) { removeHouseholdMember(householdId: $h, subjectId: $s, until: $until) { ${HOUSEHOLD_FIELDS} } }`,
  recordIsee: `mutation R($h: ID!, $i: IseeInput!) { recordIsee(householdId: $h, input: $i) { id dsuProtocol isee kind validUntil } }`,
  household: `query H($id: ID!, $on: Date) { household(id: $id) { ${HOUSEHOLD_FIELDS} membersOn: members(on: $on) { subject { id } relationship } iseeOn: isee(on: $on) { dsuProtocol } history { version action changedBy changes } } }`,
  households: `query L($f: HouseholdFilter, $p: Int, $pp: Int, $s: HouseholdSort) { households(filter: $f, page: $p, perPage: $pp, sort: $s) { total items { id } } }`,
  accessLog: `query A($f: SubjectAccessFilter, $p: Int, $pp: Int) { subjectAccessLog(filter: $f, page: $p, perPage: $pp) { total items { subjectId actor actorKind via at subject { id } } } }`,
  createField: `mutation C($i: FieldDefinitionInput!) { createFieldDefinition(input: $i) { id key } }`,
};

export interface SubjectFixture {
  fiscalCode: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  birthDate: string;
  birthPlaceCode: string;
  citizenshipCode: string;
  residence?: {
    street?: string;
    postalCode?: string;
    municipalityCode?: string;
    countryCode?: string;
  } | null;
  phone?: string | null;
  email?: string | null;
  customFields?: Record<string, unknown>;
}

const LAST_NAMES = [
  'Rossi',
  'Bianchi',
  'Colombo',
  'Ferrari',
  'Esposito',
  'Romano',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
];
const FIRST_NAMES: Record<Sex, string[]> = {
  M: ['Luca', 'Marco', 'Giuseppe', 'Andrea', 'Francesco', 'Alessandro'],
  F: ['Giulia', 'Sara', 'Francesca', 'Chiara', 'Anna', 'Elena'],
};

/**
 * A valid subject with a fresh fiscal code: the birth date is random over seventy years, so two
 * fixtures in one tenant practically never collide; `over` fixes any datum (the code follows).
 */
export function subjectInput(over: Partial<SubjectFixture> = {}): SubjectFixture {
  const sex = over.sex ?? (randomInt(2) ? 'M' : 'F');
  const day = new Date(Date.UTC(1940, 0, 1) + randomInt(0, 70 * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const person = {
    lastName: LAST_NAMES[randomInt(LAST_NAMES.length)]!,
    firstName: FIRST_NAMES[sex][randomInt(FIRST_NAMES[sex].length)]!,
    sex,
    birthDate: day,
    birthPlaceCode: 'F205',
    ...over,
  };
  return {
    citizenshipCode: '380',
    residence: { street: 'Via Dante 10', postalCode: '20121', municipalityCode: '015146' },
    ...person,
    fiscalCode: over.fiscalCode ?? computeFiscalCode(person),
  };
}

// One caller of the gateway with one token (shared with the other subgraphs' tests).
export { apiAs, type Api } from '@sisa/testing';

/** Creates a subject and returns its id and fixture. */
export async function createSubject(api: Api, over: Partial<SubjectFixture> = {}) {
  const input = subjectInput(over);
  const { createSubject } = await api.ok<{ createSubject: { id: string; version: number } }>(
    OPS.createSubject,
    { i: input },
  );
  return { ...createSubject, input };
}

/** The field paths of a BAD_USER_INPUT answer. */
export function fieldErrorPaths(result: GraphQLResult<unknown>): string[] {
  return result.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.field) ?? [];
}

/** An ISEE input valid today (DSU signed yesterday, valid until the end of next year). */
export function iseeInput(over: Record<string, unknown> = {}) {
  const year = new Date().getUTCFullYear();
  return {
    dsuProtocol: `INPS-ISEE-${year}-${String(randomInt(1e8)).padStart(8, '0')}A-00`,
    dsuDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    kind: 'ORDINARY',
    validUntil: `${year + 1}-12-31`,
    isee: '4500.00',
    isr: '7000.00',
    isre: '3431.37',
    equivalenceScale: '2.04',
    realEstateAssets: '0.00',
    movableAssets: '1500.00',
    householdSize: 3,
    ...over,
  };
}
