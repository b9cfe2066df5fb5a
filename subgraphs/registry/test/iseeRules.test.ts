import { checkIseeInput, type IseeInput } from '../src/domain/iseeRules';

const TODAY = '2018-06-15';
const input = (over: Partial<IseeInput> = {}): IseeInput => ({
  dsuProtocol: 'INPS-ISEE-2018-00012345G-00',
  dsuDate: '2018-01-20',
  kind: 'ORDINARY',
  validUntil: '2019-01-15',
  isee: '4500.5',
  isr: '7000',
  isre: '3431.37',
  equivalenceScale: '2.04',
  realEstateAssets: '0',
  movableAssets: '1500.00',
  householdSize: 3,
  ...over,
});

describe('ISEE attestation rules', () => {
  it('normalises amounts to cents and the protocol to upper case', () => {
    const { values, errors } = checkIseeInput(
      input({ dsuProtocol: ' inps-isee-2018-00012345g-00 ' }),
      TODAY,
    );
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      dsuProtocol: 'INPS-ISEE-2018-00012345G-00',
      isee: '4500.50',
      isr: '7000.00',
      realEstateAssets: '0.00',
      equivalenceScale: '2.04',
    });
  });

  it('refuses negative amounts, fractions of a cent and impossible scales', () => {
    const { errors } = checkIseeInput(
      input({ isee: '-1', isr: '10.005', equivalenceScale: '0.5', householdSize: 0 }),
      TODAY,
    );
    expect(errors.map((e) => e.field)).toEqual([
      'input.isee',
      'input.isr',
      'input.equivalenceScale',
      'input.householdSize',
    ]);
  });

  it('refuses a DSU in the future and a validity that ends before it', () => {
    const { errors } = checkIseeInput(
      input({ dsuDate: '2018-06-16', validUntil: '2018-06-01' }),
      TODAY,
    );
    expect(errors.map((e) => e.field)).toEqual(['input.dsuDate', 'input.validUntil']);
  });

  it('refuses a malformed protocol', () => {
    expect(checkIseeInput(input({ dsuProtocol: 'x' }), TODAY).errors.map((e) => e.field)).toEqual([
      'input.dsuProtocol',
    ]);
  });
});
