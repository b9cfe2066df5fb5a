import { duplicateMatch, keyProtocol, naturalKey } from '../src/domain/naturalKey';

const base = {
  fiscalCode: 'RSSMRA80A01F205X',
  serviceCode: 'A1.04',
  requestProtocol: 'PG-2018/77',
  startDate: '2018-02-01',
  endDate: '2018-12-31',
  paymentDate: null,
  character: 'PERIODIC' as const,
};

describe('natural key', () => {
  it('ignores case and white space in the protocol, not other characters', () => {
    expect(keyProtocol(' pg 2018/77 ')).toBe('PG2018/77');
    expect(keyProtocol('\tPg-2018/77\n')).toBe('PG-2018/77');
    expect(naturalKey({ ...base, requestProtocol: 'pg-2018 / 77' })).toBe(naturalKey(base));
    expect(naturalKey({ ...base, requestProtocol: 'PG-2018-77' })).not.toBe(naturalKey(base));
  });

  it('tells missing dates apart from given ones, and every part of the key counts', () => {
    const occasional = { ...base, startDate: null, endDate: null, paymentDate: '2019-03-15' };
    expect(naturalKey(occasional)).toBe(naturalKey({ ...occasional }));
    expect(naturalKey(occasional)).not.toBe(naturalKey({ ...occasional, paymentDate: null }));
    expect(naturalKey({ ...base, endDate: null })).not.toBe(naturalKey(base));
    for (const change of [
      { fiscalCode: 'VRDNNA70A41F205X' },
      { serviceCode: 'A1.05' },
      { startDate: '2018-03-01' },
      { endDate: '2018-11-30' },
      { paymentDate: '2018-05-05' },
    ])
      expect(naturalKey({ ...base, ...change })).not.toBe(naturalKey(base));
  });

  it('finds likely duplicates: same key, same period with another protocol, overlapping period', () => {
    expect(duplicateMatch(base, { ...base, requestProtocol: 'pg-2018/77' })).toBe('SAME_KEY');
    expect(duplicateMatch(base, { ...base, requestProtocol: 'ALTRO' })).toBe('OTHER_PROTOCOL');
    expect(
      duplicateMatch(base, {
        ...base,
        requestProtocol: 'X',
        startDate: '2018-06-01',
        endDate: null,
      }),
    ).toBe('OVERLAPPING_PERIOD');
    expect(
      duplicateMatch(base, {
        ...base,
        startDate: null,
        endDate: null,
        paymentDate: '2018-12-31',
        character: 'OCCASIONAL',
      }),
    ).toBe('OVERLAPPING_PERIOD');
    // Not the same beneficiary, not the same service, or periods apart: no warning.
    expect(duplicateMatch(base, { ...base, fiscalCode: 'VRDNNA70A41F205X' })).toBeNull();
    expect(duplicateMatch(base, { ...base, serviceCode: 'A1.05' })).toBeNull();
    expect(
      duplicateMatch(base, { ...base, startDate: '2019-01-01', endDate: '2019-12-31' }),
    ).toBeNull();
  });
});
