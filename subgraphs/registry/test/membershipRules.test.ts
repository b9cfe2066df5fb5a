import {
  checkMembershipEnd,
  checkNewMembership,
  extraHeads,
  isMemberOn,
  repeatedSubjects,
  tooManyMembers,
  type MembershipPeriod,
} from '../src/domain/membershipRules';

const TODAY = '2018-06-15';
const period = (over: Partial<MembershipPeriod>): MembershipPeriod => ({
  householdId: 'h1',
  subjectId: 's1',
  since: '2010-01-01',
  until: null,
  ...over,
});
const candidate = { subjectId: 's1', since: '2018-06-01', birthDate: '1980-01-01' };

describe('household membership rules', () => {
  it('answers who was a member on a date (since inclusive, until exclusive)', () => {
    const p = period({ since: '2015-01-01', until: '2018-01-01' });
    expect(
      ['2014-12-31', '2015-01-01', '2017-12-31', '2018-01-01'].map((d) => isMemberOn(p, d)),
    ).toEqual([false, true, true, false]);
    expect(isMemberOn(period({ since: null }), '1990-01-01')).toBe(true);
  });

  it('keeps a person in one household at a time', () => {
    expect(checkNewMembership(candidate, [period({})], TODAY, 'input.members.0.')).toEqual([
      {
        field: 'input.members.0.subjectId',
        message: expect.stringMatching(/già parte di un nucleo/),
      },
    ]);
    expect(checkNewMembership(candidate, [period({ subjectId: 'other' })], TODAY, '')).toEqual([]);
  });

  it('does not let a new period overlap the last one', () => {
    const left = period({ until: '2018-06-10' });
    expect(checkNewMembership(candidate, [left], TODAY, '')).toEqual([
      { field: 'since', message: expect.stringMatching(/2018-06-10/) },
    ]);
    expect(checkNewMembership({ ...candidate, since: '2018-06-10' }, [left], TODAY, '')).toEqual(
      [],
    );
  });

  it('refuses dates in the future or before birth', () => {
    expect(
      checkNewMembership({ ...candidate, since: '2018-06-16' }, [], TODAY, '').map((e) => e.field),
    ).toEqual(['since']);
    expect(
      checkNewMembership({ ...candidate, since: '1979-12-31' }, [], TODAY, '').map(
        (e) => e.message,
      ),
    ).toEqual(['La data di ingresso precede la data di nascita']);
  });

  it('checks the end of a membership', () => {
    expect(
      checkMembershipEnd(period({ since: '2018-01-01' }), '2018-06-15', TODAY, 'until'),
    ).toEqual([]);
    expect(
      checkMembershipEnd(period({ since: '2018-01-01' }), '2017-12-31', TODAY, 'until')[0]?.field,
    ).toBe('until');
    expect(checkMembershipEnd(period({}), '2018-06-16', TODAY, 'until')[0]?.message).toMatch(
      /futura/,
    );
  });

  it('allows one intestatario at a time', () => {
    expect(extraHeads([], [{ relationship: '1' }, { relationship: '3' }])).toEqual([]);
    expect(
      extraHeads([{ relationship: '1' }], [{ relationship: '2' }, { relationship: '1' }]),
    ).toEqual([1]);
    expect(extraHeads([], [{ relationship: '1' }, { relationship: '1' }])).toEqual([1]);
  });

  it('finds subjects listed twice', () => {
    expect(repeatedSubjects(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'b']);
  });

  it('bounds a household at 50 people at once', () => {
    expect(tooManyMembers(0, 50)).toBeNull();
    expect(tooManyMembers(49, 1)).toBeNull();
    expect(tooManyMembers(50, 1)).toBe('Un nucleo ha al massimo 50 componenti (sarebbero 51)');
  });
});
