import { sanctionsFor, type ProjectBreach } from '../src/domain/sanctions';

const missed = (date: string, justified = false): ProjectBreach => ({
  date,
  kind: 'MISSED_APPOINTMENT',
  justified,
});

describe('sanctions (art. 12)', () => {
  it('takes a quarter of a month, then a month, then the whole benefit', () => {
    const summary = sanctionsFor(
      [missed('2018-05-10'), missed('2018-04-10'), missed('2018-06-10')],
      '300.00',
      'HALF_EVEN',
    );
    expect(summary.sanctions.map((s) => [s.date, s.effect, s.reduction])).toEqual([
      ['2018-04-10', 'QUARTER_MONTH', '75.00'],
      ['2018-05-10', 'ONE_MONTH', '300.00'],
      ['2018-06-10', 'DECADENZA', null],
    ]);
    expect(summary).toMatchObject({ totalReduction: '375.00', decadenza: true });
    expect(summary.sanctions[0]!.description).toBe(
      '10/04/2018: 1ª assenza non giustificata, decurtazione di un quarto di mensilità (75,00 €)',
    );
  });

  it('ignores justified absences', () => {
    const summary = sanctionsFor(
      [missed('2018-04-10', true), missed('2018-05-10')],
      '187.50',
      'HALF_EVEN',
    );
    expect(summary.sanctions.map((s) => s.effect)).toEqual(['NONE', 'QUARTER_MONTH']);
    // 187.50 / 4 = 46.875 → 46.88 (HALF_EVEN: 7 is odd).
    expect(summary.totalReduction).toBe('46.88');
  });

  it('ends the benefit at once when a suitable job offer is refused', () => {
    const summary = sanctionsFor(
      [{ date: '2018-04-01', kind: 'REFUSED_JOB_OFFER', justified: false }, missed('2018-05-01')],
      '300.00',
      'HALF_EVEN',
    );
    expect(summary.decadenza).toBe(true);
    expect(summary.sanctions.map((s) => s.effect)).toEqual(['DECADENZA', 'NONE']);
  });
});
