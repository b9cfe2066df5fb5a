// Segnalazioni (docs/CASEWORK.md): the urgencies and statuses of a referral and their Italian
// names, read alike by the casework subgraph's messages and the console's chips and filters.

/** How urgent a referral is (`ReferralUrgency`), from the least. */
export const REFERRAL_URGENCIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** The statuses of a referral (`ReferralStatus`), in lifecycle order. */
export const REFERRAL_STATUSES = ['RECEIVED', 'IN_TRIAGE', 'ACCEPTED', 'NOT_ACCEPTED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The Italian names of the urgencies. */
export const REFERRAL_URGENCY_LABELS: Readonly<Record<ReferralUrgency, string>> = {
  LOW: 'Bassa',
  MEDIUM: 'Media',
  HIGH: 'Alta',
  URGENT: 'Urgente',
};

/** The Italian names of the referral statuses. */
export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = {
  RECEIVED: 'Ricevuta',
  IN_TRIAGE: 'In valutazione',
  ACCEPTED: 'Accolta',
  NOT_ACCEPTED: 'Non accolta',
};

/** A referral's triage is over: accepted or not, it changes no more. */
export function isReferralDecided(status: ReferralStatus): boolean {
  return status === 'ACCEPTED' || status === 'NOT_ACCEPTED';
}
