import type { ValidationIssue } from './benefit';
import type { SocialBenefitStatus } from './codes';

/**
 * The status after a change: CANCELLED stays cancelled; otherwise VALID without issues,
 * INVALID with. A change always leaves TRANSMITTED: what INPS has is now out of date.
 */
export function statusAfterChange(
  current: SocialBenefitStatus | null,
  issues: readonly ValidationIssue[],
): SocialBenefitStatus {
  if (current === 'CANCELLED') return 'CANCELLED';
  return issues.length === 0 ? 'VALID' : 'INVALID';
}
