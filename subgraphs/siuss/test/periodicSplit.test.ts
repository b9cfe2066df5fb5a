import { flowFileName, isFlowFileName } from '../src/domain/fileNaming';
import { periodoErogazione, splitPeriodicByYear } from '../src/domain/periodicSplit';
import { sinbaPseudonym } from '../src/domain/pseudonym';

describe('splitPeriodicByYear', () => {
  it('keeps a benefit within one year as it is, with its months', () => {
    expect(splitPeriodicByYear('2018-02-01', '2018-12-31')).toEqual([
      { startDate: '2018-02-01', endDate: '2018-12-31', months: 11 },
    ]);
  });

  it('splits a benefit spanning years at 31 December', () => {
    expect(splitPeriodicByYear('2018-11-15', '2020-02-10')).toEqual([
      { startDate: '2018-11-15', endDate: '2018-12-31', months: 2 },
      { startDate: '2019-01-01', endDate: '2019-12-31', months: 12 },
      { startDate: '2020-01-01', endDate: '2020-02-10', months: 2 },
    ]);
  });

  it('leaves an open-ended benefit in one slice with the months given when they fit', () => {
    expect(splitPeriodicByYear('2018-03-01', null, 6)).toEqual([
      { startDate: '2018-03-01', endDate: null, months: 6 },
    ]);
    expect(splitPeriodicByYear('2018-03-01', null, 20)).toEqual([
      { startDate: '2018-03-01', endDate: null, months: null },
    ]);
  });

  it('counts PeriodoErogazione inclusively', () => {
    expect(periodoErogazione('2018-01-31', '2018-02-01')).toBe(2);
    expect(periodoErogazione('2018-05-10', '2018-05-20')).toBe(1);
  });
});

describe('flow file names', () => {
  it('are <Belfiore>.PS|SINBA.<YYYYMMDD>.<7-digit progressive>', () => {
    expect(flowFileName('F205', 'PS_PSA_SINA', '2018-04-30', 1)).toBe('F205.PS.20180430.0000001');
    expect(flowFileName('I690', 'SINBA', '2021-05-20', 42)).toBe('I690.SINBA.20210520.0000042');
    expect(isFlowFileName('F205.PS.20180430.0000001.xml')).toBe(true);
    expect(isFlowFileName('../etc/passwd')).toBe(false);
    expect(() => flowFileName('f205', 'PS_PSA_SINA', '2018-04-30', 1)).toThrow(RangeError);
  });
});

describe('sinbaPseudonym', () => {
  const secret = Buffer.from('segreto-di-prova-abbastanza-lungo');
  it('is stable, 20 characters, and depends on the tenant secret', () => {
    const a = sinbaPseudonym(secret, 'rssmra80a01f205x');
    expect(a).toHaveLength(20);
    expect(a).toMatch(/^[A-Z2-7]+$/);
    expect(sinbaPseudonym(secret, 'RSSMRA80A01F205X')).toBe(a);
    expect(sinbaPseudonym(Buffer.from('altro-segreto'), 'RSSMRA80A01F205X')).not.toBe(a);
    expect(a).not.toContain('RSSMRA');
  });
});
