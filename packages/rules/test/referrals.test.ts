import {
  isReferralDecided,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  REFERRAL_URGENCY_LABELS,
} from '../src';

describe('referrals', () => {
  it('names every urgency and status once, in Italian', () => {
    expect(Object.keys(REFERRAL_URGENCY_LABELS)).toEqual([...REFERRAL_URGENCIES]);
    expect(Object.keys(REFERRAL_STATUS_LABELS)).toEqual([...REFERRAL_STATUSES]);
    expect(REFERRAL_URGENCY_LABELS.URGENT).toBe('Urgente');
    expect(new Set(Object.values(REFERRAL_STATUS_LABELS)).size).toBe(REFERRAL_STATUSES.length);
  });

  it('is decided once accepted or not accepted, open before', () => {
    expect(REFERRAL_STATUSES.filter(isReferralDecided)).toEqual(['ACCEPTED', 'NOT_ACCEPTED']);
  });
});
