import { REI_APPLICATION_SORT_FIELDS } from '@sisa/rules';
import {
  ReiApplicationDetailFragmentDoc,
  ReiApplicationRowFragmentDoc,
} from '../generated/graphql';
import type { ResourceOperations } from './resourceOperations';
import { selectionOf } from './selectionOf';

// REI (rei subgraph): applications and the batches sent to INPS. The list reads a few columns;
// the show and edit pages read everything a caseworker acts on (the fragments of
// operations/rei.graphql, whose types the pages read the records with).

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
const given = (value: unknown) => (value === '' || value === undefined ? null : value);

/** `ReiDeclarationsInput` from the form: only the input's fields, blanks as null. */
function declarationsInput(d: Record<string, unknown> = {}) {
  const otherBenefits = (d.otherBenefits as Record<string, unknown>[] | undefined) ?? [];
  return {
    residentInItalySince: given(d.residentInItalySince),
    permit: given(d.permit),
    recentVehicle: given(d.recentVehicle),
    recentVehicleForDisability: given(d.recentVehicleForDisability),
    boats: given(d.boats),
    unemploymentBenefits: given(d.unemploymentBenefits),
    pregnancy: given(d.pregnancy),
    pregnancyDueDate: given(d.pregnancyDueDate),
    pregnancyCertified: given(d.pregnancyCertified),
    disabledMemberWithCarer: given(d.disabledMemberWithCarer),
    unemployedMemberIds: (d.unemployedMemberIds as string[] | null | undefined) ?? null,
    siaMonthsReceived: given(d.siaMonthsReceived),
    otherBenefits: otherBenefits.map((b) => ({
      description: b.description,
      amount: b.amount,
      kind: b.kind,
      months: given(b.months),
      paidMonth: text(b.paidMonth),
      meansTested: b.meansTested ?? true,
    })),
  };
}

export const REI_OPERATIONS: Record<string, ResourceOperations> = {
  reiApplications: {
    fields: selectionOf(ReiApplicationRowFragmentDoc),
    detailFields: selectionOf(ReiApplicationDetailFragmentDoc),
    list: {
      query: 'reiApplications',
      shape: 'page',
      filterType: 'ReiApplicationFilter',
      sort: { type: 'ReiApplicationSort', fields: REI_APPLICATION_SORT_FIELDS },
    },
    one: 'reiApplication',
    create: { mutation: 'createReiApplication', inputType: 'ReiApplicationInput' },
    update: {
      mutation: 'updateReiApplication',
      inputType: 'ReiApplicationUpdateInput',
      versioned: 'required',
      partial: true,
    },
    input: (data) => ({
      applicantId: data.applicantId,
      householdId: data.householdId,
      submittedAt: data.submittedAt,
      accessPoint: text(data.accessPoint),
      declarations: declarationsInput(data.declarations as Record<string, unknown> | undefined),
      renewalOfId: given(data.renewalOfId),
      customFields: data.customFields ?? {},
    }),
  },
  reiInpsExports: {
    fields: 'id createdAt createdBy fileName sizeBytes sha256 applicationCount url',
    detailFields:
      'id createdAt createdBy fileName sizeBytes sha256 applicationCount url applications { id protocolNumber status applicantName }',
    list: { query: 'inpsExports', shape: 'page' },
    one: 'inpsExport',
  },
};
