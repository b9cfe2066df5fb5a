import { checkSupportGrant, sessionSeconds } from '../src/domain/supportGrantRules';

const now = new Date('2026-12-07T10:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe('support grant rules', () => {
  it('accepts a grant of up to 7 days with a reason, from now unless a later start is given', () => {
    expect(
      checkSupportGrant({ username: 'a', reason: ' Ticket 12 ', validUntil: hours(168) }, now),
    ).toEqual({
      reason: 'Ticket 12',
      validFrom: now,
      validUntil: hours(168),
    });
    const later = checkSupportGrant(
      { username: 'a', reason: 'Ticket 12', validFrom: hours(2), validUntil: hours(4) },
      now,
    );
    expect(later.validFrom).toEqual(hours(2));
  });

  it('refuses a grant longer than 7 days, ending before it starts, or without a reason', () => {
    const fields = (input: Parameters<typeof checkSupportGrant>[0]) => {
      try {
        checkSupportGrant(input, now);
        return [];
      } catch (error) {
        return (error as { fieldErrors: { field: string }[] }).fieldErrors.map((e) => e.field);
      }
    };
    expect(fields({ username: 'a', reason: 'Ticket 12', validUntil: hours(168.01) })).toEqual([
      'input.validUntil',
    ]);
    expect(fields({ username: 'a', reason: 'Ticket 12', validUntil: hours(-1) })).toEqual([
      'input.validUntil',
    ]);
    expect(
      fields({ username: 'a', reason: 'Ticket 12', validFrom: hours(5), validUntil: hours(4) }),
    ).toEqual(['input.validUntil']);
    expect(fields({ username: 'a', reason: '  ', validUntil: hours(1) })).toEqual(['input.reason']);
    expect(fields({ username: 'a', reason: 'x'.repeat(501), validUntil: hours(1) })).toEqual([
      'input.reason',
    ]);
  });

  it('cuts a session at the end of the grant it carries', () => {
    expect(sessionSeconds(28_800, now)).toBe(28_800);
    expect(sessionSeconds(28_800, now, hours(1))).toBe(3600);
    expect(sessionSeconds(600, now, hours(1))).toBe(600);
    expect(sessionSeconds(600, now, new Date(now.getTime() + 200))).toBe(1);
  });
});
