import { computeFiscalCode, type Sex } from '@sisa/italia';
import { graphqlOk, iseeInput, uniqueSurname } from '@sisa/testing';

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

/** A pronounceable random name whose consonants, which make the fiscal code, vary (14³ of them). */
const randomName = uniqueSurname;

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
        i: iseeInput({ householdSize: people.length, ...isee }),
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
