import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ReferralStatus, ReferralUrgency } from '../domain/referral';

/** A segnalazione: who reported whom, how urgently, and what the service decided. */
export const Referral = defineEntity({
  name: 'Referral',
  tableName: 'referral',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    receivedAt: p.datetime(),
    /** A code of the tenant's `referral_sources` list. */
    source: p.string().length(64),
    urgency: p.string().length(10).$type<ReferralUrgency>(),
    /** The urgency's place in the inbox (URGENCY_RANK: URGENT 0 … LOW 3), for ordering. */
    urgencyRank: p.smallint(),
    subjectId: p.uuid().nullable(),
    personDescription: p.text().nullable(),
    description: p.text(),
    status: p.string().length(16).$type<ReferralStatus>(),
    triageNote: p.text().nullable(),
    triagedAt: p.datetime().nullable(),
    triagedBy: p.string().length(200).nullable(),
    /** The case the referral was accepted into. */
    socialCaseId: p.uuid().nullable(),
    customFields: p.json<Record<string, unknown>>().nullable(),
    createdAt: p.datetime(),
    /** Username or API client name. */
    createdBy: p.string().length(200),
    createdByKind: p.string().length(10).$type<'user' | 'client'>(),
    /** The user's or the client's id: a client reads only the referrals it sent. */
    createdById: p.string().length(64),
    version: p.integer().version(),
  },
  indexes: [
    {
      name: 'referral_tenant_inbox_index',
      properties: ['tenantId', 'status', 'urgencyRank', 'receivedAt'],
    },
    { name: 'referral_tenant_subject_index', properties: ['tenantId', 'subjectId'] },
    { name: 'referral_tenant_creator_index', properties: ['tenantId', 'createdById'] },
  ],
});
export type Referral = InferEntity<typeof Referral>;
