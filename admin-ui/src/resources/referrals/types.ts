import type { ReferralDetailFragment, ReferralRowFragment } from '../../generated/graphql';

/** A referral as the inbox lists it. */
export type ReferralRow = ReferralRowFragment;
/** A referral as its page shows it. */
export type ReferralRecord = ReferralDetailFragment;

/** Who the referral is about: the registry subject's name, else the reporter's description. */
export function personText(referral: Pick<ReferralRow, 'subject' | 'personDescription'>): string {
  if (referral.subject) return `${referral.subject.lastName} ${referral.subject.firstName}`;
  return referral.personDescription ?? '';
}
