import { HOUSEHOLD_SORT_FIELDS, SUBJECT_SORT_FIELDS } from '@sisa/rules';
import { HouseholdDetailFragmentDoc, HouseholdRowFragmentDoc } from '../generated/graphql';
import type { ResourceOperations } from './resourceOperations';
import { selectionOf } from './selectionOf';

// Registry (registry subgraph): subjects and households. A subject's tabs
// (households, ISEE, REI, SIUSS, history) load their own data when opened (resources/subjects/).

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

const SUBJECT_LIST_FIELDS = `id fiscalCode firstName lastName sex birthDate birthPlaceCode birthPlaceName
  citizenshipCode residence { municipalityCode municipalityName } customFields version`;

const SUBJECT_DETAIL_FIELDS = `id fiscalCode firstName lastName sex birthDate birthPlaceCode birthPlaceName
  citizenshipCode phone email customFields version createdAt updatedAt archivedAt
  residence { street postalCode municipalityCode municipalityName regionCode countryCode }`;

/** The residence as AddressInput: none without a comune or a foreign country. */
function residenceInput(residence: unknown) {
  const r = (residence ?? {}) as Record<string, unknown>;
  const countryCode = (blankToNull(r.countryCode) as string | null) ?? '380';
  const municipalityCode = blankToNull(r.municipalityCode);
  if (countryCode === '380' && !municipalityCode && !blankToNull(r.street)) return null;
  return {
    street: blankToNull(r.street),
    postalCode: blankToNull(r.postalCode),
    municipalityCode: countryCode === '380' ? municipalityCode : null,
    countryCode,
  };
}

export const REGISTRY_OPERATIONS: Record<string, ResourceOperations> = {
  subjects: {
    fields: SUBJECT_LIST_FIELDS,
    detailFields: SUBJECT_DETAIL_FIELDS,
    list: {
      query: 'subjects',
      shape: 'page',
      filterType: 'SubjectFilter',
      sort: { type: 'SubjectSort', fields: SUBJECT_SORT_FIELDS },
    },
    one: 'subject',
    create: { mutation: 'createSubject', inputType: 'SubjectInput' },
    update: {
      mutation: 'updateSubject',
      inputType: 'SubjectUpdateInput',
      versioned: 'required',
      partial: true,
    },
    delete: 'deleteSubject',
    input: (data) => ({
      fiscalCode: data.fiscalCode,
      firstName: data.firstName,
      lastName: data.lastName,
      sex: data.sex,
      birthDate: data.birthDate,
      birthPlaceCode: data.birthPlaceCode,
      citizenshipCode: blankToNull(data.citizenshipCode) ?? '380',
      residence: residenceInput(data.residence),
      phone: blankToNull(data.phone),
      email: blankToNull(data.email),
      customFields: data.customFields ?? {},
    }),
  },
  households: {
    // The fragments of operations/registry.graphql, whose types the pages read households with.
    fields: selectionOf(HouseholdRowFragmentDoc),
    detailFields: selectionOf(HouseholdDetailFragmentDoc),
    list: {
      query: 'households',
      shape: 'page',
      filterType: 'HouseholdFilter',
      sort: { type: 'HouseholdSort', fields: HOUSEHOLD_SORT_FIELDS },
    },
    one: 'household',
    create: { mutation: 'createHousehold', inputType: 'HouseholdInput' },
    update: {
      mutation: 'updateHousehold',
      inputType: 'HouseholdUpdateInput',
      versioned: 'required',
    },
    // Create sends the members; update only the custom fields (members have their own mutations).
    input: (data) =>
      data.id
        ? { customFields: data.customFields ?? {} }
        : {
            members: ((data.members ?? []) as Record<string, unknown>[]).map((m) => ({
              subjectId: m.subjectId,
              relationship: m.relationship,
              since: blankToNull(m.since),
            })),
            customFields: data.customFields ?? {},
          },
  },
};
