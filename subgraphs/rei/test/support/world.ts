import { randomInt } from 'node:crypto';
import { computeFiscalCode, type Sex } from '@sisa/italia';
import { graphqlOk } from '@sisa/testing';

/** A person to create in the registry (the fiscal code follows from the data). */
export interface PersonSpec {
  sex: Sex;
  birthDate: string;
  citizenshipCode?: string;
  relationship?: string;
  firstName?: string;
  /** Instead of the household's random surname. */
  lastName?: string;
}

export interface IseeSpec {
  dsuProtocol?: string;
  dsuDate?: string;
  kind?: 'ORDINARY' | 'MINORS' | 'CURRENT';
  validUntil?: string;
  isee?: string;
  isr?: string;
  isre?: string;
  equivalenceScale?: string;
  realEstateAssets?: string;
  movableAssets?: string;
  householdSize?: number;
}

export interface TestHousehold {
  householdId: string;
  subjectIds: string[];
  fiscalCodes: string[];
}

const CONSONANTS = 'BCDFGLMNPRSTVZ';
const VOWELS = 'AEIOU';

/** A pronounceable random name whose consonants, which make the fiscal code, vary (14³ of them). */
function randomName(): string {
  const syllables = Array.from(
    { length: 3 },
    () => CONSONANTS[randomInt(CONSONANTS.length)]! + VOWELS[randomInt(VOWELS.length)]!,
  ).join('');
  return syllables[0] + syllables.slice(1).toLowerCase();
}

/**
 * A household created in the registry through the gateway, as a caseworker would: its subjects
 * (members since 2000, so any REI date finds them) and, unless `isee` is null, one attestation.
 */
export async function createHousehold(
  url: string,
  token: string,
  people: PersonSpec[],
  isee: IseeSpec | null = {},
): Promise<TestHousehold> {
  const lastName = randomName();
  const subjectIds: string[] = [];
  const fiscalCodes: string[] = [];
  for (const [i, person] of people.entries()) {
    const firstName = person.firstName ?? randomName();
    const personLastName = person.lastName ?? lastName;
    const fiscalCode = computeFiscalCode({
      lastName: personLastName,
      firstName,
      sex: person.sex,
      birthDate: person.birthDate,
      birthPlaceCode: 'F205',
    });
    const { createSubject } = await graphqlOk<{ createSubject: { id: string } }>(
      url,
      `mutation C($i: SubjectInput!) { createSubject(input: $i) { id } }`,
      {
        i: {
          fiscalCode,
          firstName,
          lastName: personLastName,
          sex: person.sex,
          birthDate: person.birthDate,
          birthPlaceCode: 'F205',
          citizenshipCode: person.citizenshipCode ?? '380',
        },
      },
      token,
    );
    subjectIds.push(createSubject.id);
    fiscalCodes.push(fiscalCode);
    void i;
  }
  const { createHousehold } = await graphqlOk<{ createHousehold: { id: string } }>(
    url,
    `mutation C($i: HouseholdInput!) { createHousehold(input: $i) { id } }`,
    {
      i: {
        members: subjectIds.map((subjectId, i) => ({
          subjectId,
          relationship: people[i]!.relationship ?? (i === 0 ? '1' : '3'),
          since: people[i]!.birthDate > '2000-01-01' ? people[i]!.birthDate : '2000-01-01',
        })),
      },
    },
    token,
  );
  if (isee) {
    await graphqlOk(
      url,
      `mutation R($h: ID!, $i: IseeInput!) { recordIsee(householdId: $h, input: $i) { id } }`,
      {
        h: createHousehold.id,
        i: {
          dsuProtocol: `INPS-ISEE-2018-${String(randomInt(10 ** 8)).padStart(8, '0')}A-00`,
          dsuDate: '2018-01-05',
          kind: 'ORDINARY',
          validUntil: '2019-01-15',
          isee: '3500.00',
          isr: '1800.00',
          isre: '882.35',
          equivalenceScale: '2.04',
          realEstateAssets: '0.00',
          movableAssets: '2000.00',
          householdSize: people.length,
          ...isee,
        },
      },
      token,
    );
  }
  return { householdId: createHousehold.id, subjectIds, fiscalCodes };
}

/** Declarations that settle every declared requirement favourably. */
export const CLEAN_DECLARATIONS = {
  residentInItalySince: '2000-01-01',
  recentVehicle: false,
  boats: false,
  unemploymentBenefits: false,
};

/** A family of three in 2018: two adults and a child of ten. */
export const FAMILY_OF_THREE: PersonSpec[] = [
  { sex: 'F', birthDate: '1978-03-01' },
  { sex: 'M', birthDate: '1976-05-10', relationship: '2' },
  { sex: 'F', birthDate: '2008-02-01' },
];
