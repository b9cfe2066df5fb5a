import { ageBand, ageOn, iseeBand, NO_ISEE_BAND } from '../src/domain/bands';
import { byNewestDsu, currentIsee, isValidOn } from '../src/domain/currentIsee';

const at = (
  dsuDate: string,
  validUntil: string,
  recorded = '2018-01-01T10:00:00Z',
  id = dsuDate,
) => ({
  id,
  dsuDate,
  validUntil,
  recordedAt: new Date(recorded),
});

describe('current ISEE', () => {
  const ordinary2017 = at('2017-02-01', '2018-01-15');
  const ordinary2018 = at('2018-01-20', '2019-01-15');
  const current2018 = at('2018-05-10', '2018-07-10');

  it('is the valid attestation with the latest DSU date', () => {
    expect(currentIsee([ordinary2017, ordinary2018, current2018], '2018-06-01')).toBe(current2018);
    expect(currentIsee([ordinary2017, ordinary2018, current2018], '2018-08-01')).toBe(ordinary2018);
  });

  it('ignores expired and not yet signed attestations', () => {
    expect(currentIsee([ordinary2017], '2018-02-01')).toBeNull();
    expect(currentIsee([ordinary2018], '2018-01-19')).toBeNull();
    expect(isValidOn(ordinary2017, '2018-01-15')).toBe(true);
  });

  it('breaks ties on the DSU date by the latest recorded', () => {
    const first = at('2018-03-01', '2019-01-15', '2018-03-02T09:00:00Z', 'first');
    const correction = at('2018-03-01', '2019-01-15', '2018-03-05T09:00:00Z', 'correction');
    expect(currentIsee([first, correction], '2018-04-01')?.id).toBe('correction');
    expect([first, ordinary2017, correction].sort(byNewestDsu).map((a) => a.id)).toEqual([
      'correction',
      'first',
      '2017-02-01',
    ]);
  });
});

describe('indicator bands', () => {
  it('groups ages', () => {
    expect([0, 17, 18, 34, 35, 54, 55, 64, 65, 101].map(ageBand)).toEqual([
      '0-17',
      '0-17',
      '18-34',
      '18-34',
      '35-54',
      '35-54',
      '55-64',
      '55-64',
      '65+',
      '65+',
    ]);
  });

  it('counts whole years, birthdays included', () => {
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
  });

  it('groups ISEE values, each band including its upper bound', () => {
    expect(
      ['0.00', '3000.00', '3000.01', '6000.00', '9360.00', '9360.01', '20000.00', '20000.01'].map(
        iseeBand,
      ),
    ).toEqual([
      '≤3.000',
      '≤3.000',
      '3.000-6.000',
      '3.000-6.000',
      '6.000-9.360',
      '9.360-20.000',
      '9.360-20.000',
      '>20.000',
    ]);
    expect(iseeBand(null)).toBe(NO_ISEE_BAND);
  });
});
