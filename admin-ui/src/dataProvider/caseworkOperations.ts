import { REFERRAL_SORT_FIELDS, SOCIAL_CASE_SORT_FIELDS } from '@sisa/rules';
import {
  ReferralDetailFragmentDoc,
  ReferralRowFragmentDoc,
  SocialCaseDetailFragmentDoc,
  SocialCaseRowFragmentDoc,
} from '../generated/graphql';
import type { ResourceOperations } from './resourceOperations';
import { selectionOf } from './selectionOf';

// Cartella Sociale (casework subgraph): referrals (segnalazioni), the fragments of
// operations/casework.graphql. Triage and linking a subject are operations of their own
// (resources/referrals/useReferralOperation.ts): they take more than the referral's id.

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());
const given = (value: unknown) => (blank(value) ? null : value);

/**
 * A DateTimeInput's value as an ISO instant: its untouched default (a Date) or what the user
 * typed (`2026-12-07T09:30`, local time, as the browser reads it); blank is "now" (the server's).
 */
export function instant(value: unknown): string | null {
  const given = value instanceof Date ? value : blank(value) ? null : new Date(String(value));
  if (!given) return null;
  // Not a date: sent as typed, for the server to refuse under the field.
  return Number.isNaN(given.getTime()) ? String(value) : given.toISOString();
}

export const CASEWORK_OPERATIONS: Record<string, ResourceOperations> = {
  referrals: {
    fields: selectionOf(ReferralRowFragmentDoc),
    detailFields: selectionOf(ReferralDetailFragmentDoc),
    list: {
      query: 'referrals',
      shape: 'page',
      filterType: 'ReferralFilter',
      sort: { type: 'ReferralSort', fields: REFERRAL_SORT_FIELDS },
    },
    one: 'referral',
    create: { mutation: 'createReferral', inputType: 'ReferralInput' },
    // The person: a subject of the registry, or a description when they are not (yet) in it.
    input: (data) => ({
      receivedAt: instant(data.receivedAt),
      source: data.source ?? '',
      urgency: data.urgency,
      subjectId: given(data.subjectId),
      personDescription: given(data.personDescription),
      description: data.description ?? '',
    }),
  },
  socialCases: {
    fields: selectionOf(SocialCaseRowFragmentDoc),
    detailFields: selectionOf(SocialCaseDetailFragmentDoc),
    list: {
      query: 'socialCases',
      shape: 'page',
      filterType: 'SocialCaseFilter',
      sort: { type: 'SocialCaseSort', fields: SOCIAL_CASE_SORT_FIELDS },
    },
    one: 'socialCase',
    // Presa in carico: from a referral (referralId) or from the list; the rest are operations of
    // their own (resources/socialCases/useCaseOperation.ts).
    create: { mutation: 'openSocialCase', inputType: 'OpenSocialCaseInput' },
    input: (data) => ({
      subjectId: data.subjectId ?? '',
      householdId: given(data.householdId),
      responsibleId: data.responsibleId ?? '',
      openedAt: data.openedAt ?? '',
      areas: data.areas ?? [],
      referralId: given(data.referralId),
      customFields: data.customFields ?? {},
    }),
    // Areas, household and the comune's fields: only what the form changed, on the version read.
    update: {
      mutation: 'updateSocialCase',
      inputType: 'SocialCaseUpdateInput',
      versioned: 'required',
      partial: true,
      input: (data) => ({
        areas: data.areas ?? [],
        householdId: given(
          'householdId' in data ? data.householdId : (data.household as { id?: string } | null)?.id,
        ),
        customFields: data.customFields ?? {},
      }),
    },
  },
};
