import type { ReiDeclarations } from '../src/domain/declarations';
import {
  evaluateRequirements,
  mergeWithManual,
  statusAfterChecks,
  type CheckInput,
  type RequirementCheck,
} from '../src/domain/requirementChecks';
import { rules2017, rules2018 } from './fixtures/parameterSets';
import { familyOfThree, isee, member } from './fixtures/household';

const allDeclared: ReiDeclarations = {
  residentInItalySince: '2000-01-01',
  recentVehicle: false,
  boats: false,
  unemploymentBenefits: false,
};

function run(overrides: Partial<CheckInput> = {}) {
  const input: CheckInput = {
    submittedAt: '2018-01-10',
    applicantId: 'a',
    household: familyOfThree(),
    declarations: allDeclared,
    parameters: rules2018,
    now: '2018-01-12T09:00:00.000Z',
    ...overrides,
  };
  const result = evaluateRequirements(input);
  const byCode = Object.fromEntries(result.checks.map((c) => [c.code, c]));
  return { ...result, byCode };
}

describe('municipal checks', () => {
  it('passes an eligible household of three, every check explained', () => {
    const { checks, byCode, isee: used } = run();
    expect(checks.map((c) => c.code)).toEqual([
      'RESIDENCE',
      'PERMIT',
      'ISEE',
      'ISRE',
      'REAL_ESTATE',
      'MOVABLE_ASSETS',
      'VEHICLES',
      'BOATS',
      'UNEMPLOYMENT_BENEFITS',
      'FAMILY_COMPOSITION',
    ]);
    expect(checks.every((c) => c.outcome === 'PASSED')).toBe(true);
    expect(statusAfterChecks(checks)).toBe('CHECKS_PASSED');
    expect(used?.id).toBe('isee-1');
    expect(byCode.ISEE).toMatchObject({
      automatic: true,
      detail:
        'ISEE 3.500,00 € ≤ 6.000,00 € (DSU INPS-ISEE-2018-00000001A-00 del 05/01/2018, valida fino al 15/01/2019)',
    });
    expect(byCode.ISRE!.detail).toBe(
      'ISR 1.800,00 € ÷ scala 2,04 (3 componenti, senza maggiorazioni) = 882,35 € ≤ 3.000,00 €',
    );
    expect(byCode.PERMIT).toMatchObject({ automatic: true, detail: 'Cittadino italiano' });
    expect(byCode.RESIDENCE).toMatchObject({ automatic: false, outcome: 'PASSED' });
    expect(byCode.FAMILY_COMPOSITION).toMatchObject({
      automatic: true,
      detail: 'Nel nucleo c’è un minorenne al 10/01/2018: Cognomec Nomec (9 anni)',
    });
  });

  it('fails each economic limit with the figures', () => {
    const { byCode } = run({
      household: familyOfThree({
        iseeHistory: [
          isee({
            isee: '6000.01',
            isr: '6200.00',
            realEstateAssets: '25000.00',
            movableAssets: '10000.01',
          }),
        ],
      }),
    });
    expect(byCode.ISEE!.outcome).toBe('FAILED');
    expect(byCode.ISRE).toMatchObject({
      outcome: 'FAILED',
      detail:
        'ISR 6.200,00 € ÷ scala 2,04 (3 componenti, senza maggiorazioni) = 3.039,22 € > 3.000,00 €',
    });
    expect(byCode.REAL_ESTATE!.outcome).toBe('FAILED');
    expect(byCode.MOVABLE_ASSETS).toMatchObject({
      outcome: 'FAILED',
      detail: 'Patrimonio mobiliare 10.000,01 € > 10.000,00 € (limite per 3 componenti)',
    });
  });

  it('uses the movable-assets limit of the household size (1 member: 6,000)', () => {
    const { byCode } = run({
      household: {
        id: 'h',
        members: [member('a', '1950-01-01')],
        iseeHistory: [isee({ householdSize: 1, movableAssets: '6500.00', isr: '0' })],
      },
    });
    expect(byCode.MOVABLE_ASSETS).toMatchObject({
      outcome: 'FAILED',
      detail: 'Patrimonio mobiliare 6.500,00 € > 6.000,00 € (limite per 1 componente)',
    });
  });

  it('needs an ISEE valid on the submission date, else the economic checks are not verifiable', () => {
    const expired = isee({ dsuDate: '2017-01-10', validUntil: '2018-01-09' });
    const later = isee({ id: 'isee-later', dsuDate: '2018-01-11' });
    const {
      byCode,
      isee: used,
      checks,
    } = run({ household: familyOfThree({ iseeHistory: [expired, later] }) });
    expect(used).toBeNull();
    expect(byCode.ISEE).toMatchObject({
      outcome: 'NOT_VERIFIABLE',
      detail:
        'Nessuna attestazione ISEE valida al 10/01/2018 in anagrafe: registrarla e ripetere i controlli',
    });
    expect(byCode.ISRE!.outcome).toBe('NOT_VERIFIABLE');
    expect(statusAfterChecks(checks)).toBe('DRAFT');
  });

  it('prefers an ISEE corrente, then the ISEE minorenni for a household with minors, then the latest', () => {
    const ordinary = isee({ id: 'ord', dsuDate: '2018-01-08' });
    const minors = isee({ id: 'min', kind: 'MINORS', dsuDate: '2018-01-02' });
    expect(run({ household: familyOfThree({ iseeHistory: [ordinary, minors] }) }).isee?.id).toBe(
      'min',
    );
    const current = isee({
      id: 'cur',
      kind: 'CURRENT',
      dsuDate: '2018-01-03',
      validUntil: '2018-07-03',
    });
    expect(
      run({ household: familyOfThree({ iseeHistory: [ordinary, minors, current] }) }).isee?.id,
    ).toBe('cur');
  });

  it('turns missing declarations into NOT_VERIFIABLE checks that say what to declare', () => {
    const { byCode, checks } = run({ declarations: {} });
    expect(byCode.RESIDENCE).toMatchObject({
      outcome: 'NOT_VERIFIABLE',
      detail:
        'Dichiarare da quando il richiedente risiede in Italia senza interruzioni (serve dal 10/01/2016 o prima)',
    });
    expect(byCode.VEHICLES!.outcome).toBe('NOT_VERIFIABLE');
    expect(byCode.BOATS!.outcome).toBe('NOT_VERIFIABLE');
    expect(byCode.UNEMPLOYMENT_BENEFITS!.outcome).toBe('NOT_VERIFIABLE');
    expect(statusAfterChecks(checks)).toBe('DRAFT');
  });

  it('checks two years of residence to the day', () => {
    expect(
      run({ declarations: { ...allDeclared, residentInItalySince: '2016-01-10' } }).byCode
        .RESIDENCE!.outcome,
    ).toBe('PASSED');
    const late = run({ declarations: { ...allDeclared, residentInItalySince: '2016-01-11' } })
      .byCode.RESIDENCE!;
    expect(late).toMatchObject({
      outcome: 'FAILED',
      detail:
        'Dichiarato residente in Italia dal 11/01/2016: meno di 2 anni al 10/01/2018 (serviva dal 10/01/2016)',
    });
  });

  it('fails on a recent vehicle unless it carries the disability relief, on boats and on NASpI', () => {
    expect(
      run({ declarations: { ...allDeclared, recentVehicle: true } }).byCode.VEHICLES,
    ).toMatchObject({
      outcome: 'FAILED',
      detail:
        'Un componente possiede un’auto o una moto immatricolata per la prima volta dal 10/01/2016',
    });
    expect(
      run({
        declarations: { ...allDeclared, recentVehicle: true, recentVehicleForDisability: true },
      }).byCode.VEHICLES!.outcome,
    ).toBe('PASSED');
    expect(run({ declarations: { ...allDeclared, boats: true } }).byCode.BOATS!.outcome).toBe(
      'FAILED',
    );
    const { byCode, checks } = run({
      declarations: { ...allDeclared, unemploymentBenefits: true },
    });
    expect(byCode.UNEMPLOYMENT_BENEFITS!.outcome).toBe('FAILED');
    expect(statusAfterChecks(checks)).toBe('CHECKS_FAILED');
  });

  it('reads citizenship from the registry and the permit from the declarations', () => {
    const withCitizenship = (code: string) =>
      familyOfThree({
        members: [member('a', '1978-03-01', { citizenshipCode: code }), member('c', '2008-02-01')],
      });
    expect(run({ household: withCitizenship('250') }).byCode.PERMIT).toMatchObject({
      outcome: 'PASSED',
      automatic: true,
    });
    // The United Kingdom was in the Union in 2018.
    expect(run({ household: withCitizenship('826') }).byCode.PERMIT!.outcome).toBe('PASSED');
    expect(
      run({ household: withCitizenship('826'), submittedAt: '2020-03-01' }).byCode.PERMIT!.outcome,
    ).toBe('NOT_VERIFIABLE');
    const moroccan = withCitizenship('504');
    expect(run({ household: moroccan }).byCode.PERMIT).toMatchObject({
      outcome: 'NOT_VERIFIABLE',
      detail: 'Cittadinanza non UE (504): dichiarare il titolo di soggiorno',
    });
    expect(
      run({ household: moroccan, declarations: { ...allDeclared, permit: 'LONG_TERM_RESIDENT' } })
        .byCode.PERMIT,
    ).toMatchObject({
      outcome: 'PASSED',
      automatic: false,
      detail:
        'Cittadinanza non UE (504): dichiarato permesso di soggiorno UE per soggiornanti di lungo periodo',
    });
    expect(
      run({ household: moroccan, declarations: { ...allDeclared, permit: 'OTHER' } }).byCode.PERMIT!
        .outcome,
    ).toBe('FAILED');
  });

  it('uses the parameter set for the limits (2017 rules read the same table)', () => {
    expect(
      run({
        parameters: rules2017,
        submittedAt: '2017-12-15',
        household: familyOfThree({ iseeHistory: [isee({ dsuDate: '2017-12-01' })] }),
      }).byCode.ISEE!.outcome,
    ).toBe('PASSED');
  });
});

describe('manual checks', () => {
  const manual: RequirementCheck = {
    code: 'RESIDENCE',
    outcome: 'PASSED',
    automatic: false,
    detail: 'Verificato a mano',
    checkedAt: '2018-01-11T10:00:00.000Z',
    checkedBy: 'operatore',
    note: 'Certificato storico di residenza',
  };

  it('keeps what a caseworker recorded over the computed outcome', () => {
    const { checks } = run({
      declarations: { boats: false, recentVehicle: false, unemploymentBenefits: false },
    });
    const merged = mergeWithManual(checks, [manual]);
    expect(merged.find((c) => c.code === 'RESIDENCE')).toBe(manual);
    expect(statusAfterChecks(merged)).toBe('CHECKS_PASSED');
  });

  it('keeps DRAFT while a check is missing', () => {
    expect(statusAfterChecks([manual])).toBe('DRAFT');
    expect(statusAfterChecks([{ ...manual, outcome: 'FAILED' }])).toBe('CHECKS_FAILED');
  });
});
