import type { BenefitData } from '../src/domain/benefit';
import { sameData } from '../src/services/benefitRecord';

const record = {
  fiscalCode: 'RSSMRA80A01F205X',
  lastName: 'ROSSI',
  serviceCode: 'A1.04',
  amount: '100.00',
  takenInCharge: true,
  sina: { disability: true, needs: ['A', 'B'] },
  sinba: null,
} as unknown as BenefitData;

describe('sameData', () => {
  it('ignores the order fields were set in, at every depth', () => {
    const reordered = {
      sina: { needs: ['A', 'B'], disability: true },
      takenInCharge: true,
      amount: '100.00',
      serviceCode: 'A1.04',
      lastName: 'ROSSI',
      fiscalCode: 'RSSMRA80A01F205X',
      sinba: null,
    } as unknown as BenefitData;
    expect(sameData(record, reordered)).toBe(true);
  });

  it('counts a missing field as null', () => {
    const { sinba: _sinba, ...withoutSinba } = record as unknown as Record<string, unknown>;
    expect(sameData(record, withoutSinba as unknown as BenefitData)).toBe(true);
  });

  it('sees a changed value, a changed list order and a value that appears', () => {
    expect(sameData(record, { ...record, amount: '120.00' })).toBe(false);
    expect(
      sameData(record, {
        ...record,
        sina: { disability: true, needs: ['B', 'A'] },
      } as unknown as BenefitData),
    ).toBe(false);
    expect(sameData(record, { ...record, firstName: 'MARIO' })).toBe(false);
  });
});
