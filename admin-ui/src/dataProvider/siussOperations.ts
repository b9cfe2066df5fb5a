import { SOCIAL_BENEFIT_SORT_FIELDS } from '@sisa/rules';
import {
  ImportJobDetailFragmentDoc,
  SocialBenefitDetailFragmentDoc,
  SocialBenefitRowFragmentDoc,
  TransmissionRowFragmentDoc,
} from '../generated/graphql';
import type { ResourceOperations } from './resourceOperations';
import { selectionOf } from './selectionOf';

// SIUSS (siuss subgraph): benefit records (the fragments of operations/siuss.graphql),
// transmissions to INPS and file imports.

const given = (value: unknown) => (value === '' || value === undefined ? null : value);
const upper = (value: unknown) =>
  typeof value === 'string' && value.trim() ? value.trim().toUpperCase() : null;

function sinaInput(sina: Record<string, unknown> | null | undefined) {
  if (!sina || sina.mobility == null) return null;
  const { neededServices, civilDisabilities, ...scores } = sina;
  return {
    ...Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, given(v)])),
    neededServices: (neededServices as string[] | undefined) ?? [],
    civilDisabilities: (civilDisabilities as number[] | undefined) ?? [],
  };
}

/** `SocialBenefitInput` from the form: only the input's fields, blanks as null. */
function benefitInput(data: Record<string, unknown>) {
  const residence = (data.residence as Record<string, unknown> | undefined) ?? {};
  return {
    fiscalCode: upper(data.fiscalCode) ?? '',
    lastName: given(data.lastName),
    firstName: given(data.firstName),
    birthYear: given(data.birthYear),
    birthPlaceCode: upper(data.birthPlaceCode),
    sex: given(data.sex),
    citizenshipCode: given(data.citizenshipCode),
    secondCitizenshipCode: given(data.secondCitizenshipCode),
    residence: {
      regionCode: given(residence.regionCode),
      municipalityCode: given(residence.municipalityCode),
      countryCode: given(residence.countryCode),
    },
    serviceCode: data.serviceCode,
    serviceName: given(data.serviceName),
    meansTest: data.meansTest,
    character: data.character,
    requestProtocol: data.requestProtocol,
    eventDate: given(data.eventDate),
    startDate: given(data.startDate),
    endDate: given(data.endDate),
    paymentDate: given(data.paymentDate),
    amount: given(data.amount),
    monthlyAmount: given(data.monthlyAmount),
    months: given(data.months),
    entityShare: given(data.entityShare),
    userShare: given(data.userShare),
    healthServiceShare: given(data.healthServiceShare),
    requestedShare: given(data.requestedShare),
    iseeThreshold: given(data.iseeThreshold),
    monthlyHours: given(data.monthlyHours),
    takenInCharge: data.takenInCharge ?? false,
    userArea: given(data.userArea),
    dsuProtocol: given(data.dsuProtocol),
    dsuYear: given(data.dsuYear),
    dsuDate: given(data.dsuDate),
    sina: sinaInput(data.sina as Record<string, unknown> | null | undefined),
    sinba: data.sinba ?? null,
    customFields: data.customFields ?? {},
  };
}

const IMPORT_FIELDS =
  'id status format fileName rows accepted rejected failure rejectsUrl createdAt finishedAt';

export const SIUSS_OPERATIONS: Record<string, ResourceOperations> = {
  socialBenefits: {
    fields: selectionOf(SocialBenefitRowFragmentDoc),
    detailFields: selectionOf(SocialBenefitDetailFragmentDoc),
    list: {
      query: 'socialBenefits',
      shape: 'page',
      filterType: 'SocialBenefitFilter',
      sort: { type: 'SocialBenefitSort', fields: SOCIAL_BENEFIT_SORT_FIELDS },
    },
    one: 'socialBenefit',
    create: { mutation: 'createSocialBenefit', inputType: 'SocialBenefitInput' },
    update: {
      mutation: 'updateSocialBenefit',
      inputType: 'SocialBenefitUpdateInput',
      versioned: 'required',
      partial: true,
    },
    actions: { cancel: 'cancelSocialBenefit' },
    input: benefitInput,
  },
  transmissions: {
    fields: selectionOf(TransmissionRowFragmentDoc),
    list: { query: 'transmissions', shape: 'page' },
    one: 'transmission',
    create: { mutation: 'createTransmission', inputType: 'TransmissionInput' },
    input: (data) => ({
      flow: data.flow ?? 'PS_PSA_SINA',
      recordsPerFile: given(data.recordsPerFile) ?? 10000,
      operatorFiscalCode: upper(data.operatorFiscalCode) ?? '',
      // The preview the operator saw: the server refuses when the records changed since.
      confirm: given(data.confirm) ?? null,
    }),
  },
  siussImportLayouts: {
    fields:
      'id name kind skipFirstLine version updatedAt columns { attribute header start length }',
    list: { query: 'importLayouts', shape: 'array' },
    create: { mutation: 'saveImportLayout', inputType: 'ImportLayoutInput' },
    update: { mutation: 'saveImportLayout', inputType: 'ImportLayoutInput', versioned: true },
    delete: 'deleteImportLayout',
    input: (data) => ({
      name: data.name,
      kind: data.kind,
      skipFirstLine: data.skipFirstLine ?? false,
      columns: ((data.columns as Record<string, unknown>[] | undefined) ?? []).map((c) =>
        data.kind === 'FIXED_WIDTH'
          ? { attribute: c.attribute, start: c.start, length: c.length }
          : { attribute: c.attribute, header: c.header },
      ),
    }),
  },
  siussImports: {
    fields: IMPORT_FIELDS,
    // The show page reads the job as the import page follows it (operations/siuss.graphql).
    detailFields: selectionOf(ImportJobDetailFragmentDoc),
    list: { query: 'importJobs', shape: 'page' },
    one: 'importJob',
  },
};
