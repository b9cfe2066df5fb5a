import {
  familyCompositionCheck,
  type FamilyCompositionInput,
} from '../src/domain/familyComposition';
import { member } from './fixtures/household';
import { rules2018 } from './fixtures/parameterSets';

const adults = [member('a', '1970-01-01'), member('b', '1972-01-01', { sex: 'M' })];

function check(overrides: Partial<FamilyCompositionInput>) {
  return familyCompositionCheck({
    submittedAt: '2018-03-01',
    members: adults,
    declarations: {},
    parameters: rules2018,
    ...overrides,
  });
}

describe('family composition (art. 3 co. 2)', () => {
  it('applies to applications up to 2018-05-31 and not from 2018-06-01', () => {
    expect(check({ submittedAt: '2018-05-31' }).outcome).not.toBe('NOT_APPLICABLE');
    expect(check({ submittedAt: '2018-06-01' })).toEqual({
      outcome: 'NOT_APPLICABLE',
      automatic: true,
      detail:
        'Requisito abrogato (L. 205/2017, art. 1 c. 192): vale solo per le domande presentate fino al 31/05/2018',
    });
  });

  it('passes automatically with a member under 18 on the submission date', () => {
    expect(check({ members: [...adults, member('c', '2000-03-02')] }).outcome).toBe('PASSED');
    expect(check({ members: [...adults, member('c', '2000-03-01')] }).outcome).toBe(
      'NOT_VERIFIABLE',
    );
  });

  it('passes on a declared disabled member with a carer', () => {
    expect(check({ declarations: { disabledMemberWithCarer: true } })).toMatchObject({
      outcome: 'PASSED',
      automatic: false,
    });
  });

  it('passes on a certified pregnancy within 4 months of the presumed birth only', () => {
    const pregnancy = (due: string, certified = true) =>
      check({
        declarations: {
          pregnancy: true,
          pregnancyDueDate: due,
          pregnancyCertified: certified,
          disabledMemberWithCarer: false,
        },
      });
    expect(pregnancy('2018-07-01').outcome).toBe('PASSED');
    expect(pregnancy('2018-07-02').outcome).toBe('FAILED');
    expect(pregnancy('2018-07-02').detail).toMatch(/mancano più di 4 mesi/);
    expect(pregnancy('2018-06-01', false).outcome).toBe('FAILED');
  });

  it('passes on a member aged 55 or more declared unemployed', () => {
    const elderly = [member('a', '1963-03-01'), member('b', '1990-01-01')];
    expect(check({ members: elderly, declarations: { unemployedMemberIds: ['a'] } })).toMatchObject(
      { outcome: 'PASSED' },
    );
    expect(
      check({
        members: elderly,
        declarations: {
          unemployedMemberIds: ['b'],
          disabledMemberWithCarer: false,
          pregnancy: false,
        },
      }).outcome,
    ).toBe('FAILED');
    const notYet = [member('a', '1963-03-02'), member('b', '1990-01-01')];
    expect(
      check({
        members: notYet,
        declarations: {
          unemployedMemberIds: ['a'],
          disabledMemberWithCarer: false,
          pregnancy: false,
        },
      }).outcome,
    ).toBe('FAILED');
  });

  it('fails only when every condition is known to be absent, otherwise says what to declare', () => {
    const unknown = check({});
    expect(unknown.outcome).toBe('NOT_VERIFIABLE');
    expect(unknown.detail).toBe(
      'nessun minorenne; nessun componente di almeno 55 anni. Da dichiarare: se c’è un componente con disabilità con almeno un genitore o tutore; se nel nucleo c’è una donna in gravidanza',
    );
    const none = check({ declarations: { disabledMemberWithCarer: false, pregnancy: false } });
    expect(none.outcome).toBe('FAILED');
    expect(none.detail).toMatch(
      /^Il nucleo non ha nessuna delle condizioni richieste per le domande fino al 31\/05\/2018/,
    );
  });
});
