import { addMonths, Decimal } from '@sisa/italia';
import { isEuCitizenship, ITALY, PERMIT_LABELS } from './citizenship';
import type { ReiDeclarations } from './declarations';
import { familyCompositionCheck } from './familyComposition';
import {
  ageOn,
  iseeValidOn,
  membersOn,
  type HouseholdData,
  type IseeAttestation,
} from './household';
import { date, euro, number } from './italianText';
import type { ReiParameters } from './parameters';
import { equivalenceScale, movableAssetsLimit } from './scale';
import { CHECK_CODES, type CheckCode, type CheckOutcome } from './statuses';

/** The result of one requirement, as stored and shown. */
export interface RequirementCheck {
  code: CheckCode;
  outcome: CheckOutcome;
  /** True when the outcome comes from the registry's data alone, false when declared or recorded by hand. */
  automatic: boolean;
  detail: string;
  checkedAt: string;
  /** Who recorded it by hand (null for the computed ones). */
  checkedBy?: string | null;
  note?: string | null;
}

export interface CheckInput {
  submittedAt: string;
  applicantId: string;
  household: HouseholdData;
  declarations: ReiDeclarations;
  parameters: ReiParameters;
  /** When the checks run (an instant, ISO 8601). */
  now: string;
}

/** What the checks found besides the outcomes: the ISEE they used. */
export interface MunicipalCheckResult {
  checks: RequirementCheck[];
  isee: IseeAttestation | null;
}

type Verdict = Pick<RequirementCheck, 'outcome' | 'automatic' | 'detail'>;

const declared = (outcome: CheckOutcome, detail: string): Verdict => ({
  outcome,
  automatic: false,
  detail,
});
const computed = (outcome: CheckOutcome, detail: string): Verdict => ({
  outcome,
  automatic: true,
  detail,
});

function residence(input: CheckInput): Verdict {
  const since = input.declarations.residentInItalySince;
  const years = input.parameters.residenceYears;
  const needed = addMonths(input.submittedAt, -12 * years);
  if (!since)
    return declared(
      'NOT_VERIFIABLE',
      `Dichiarare da quando il richiedente risiede in Italia senza interruzioni (serve dal ${date(needed)} o prima)`,
    );
  return since <= needed
    ? declared(
        'PASSED',
        `Dichiarato residente in Italia dal ${date(since)}: almeno ${years} anni al ${date(input.submittedAt)}`,
      )
    : declared(
        'FAILED',
        `Dichiarato residente in Italia dal ${date(since)}: meno di ${years} anni al ${date(input.submittedAt)} (serviva dal ${date(needed)})`,
      );
}

function permit(input: CheckInput): Verdict {
  const applicant = input.household.members.find((m) => m.subjectId === input.applicantId);
  const citizenship = applicant?.citizenshipCode ?? null;
  if (citizenship === ITALY) return computed('PASSED', 'Cittadino italiano');
  if (citizenship && isEuCitizenship(citizenship, input.submittedAt))
    return computed('PASSED', `Cittadino dell\u2019Unione europea (cittadinanza ${citizenship})`);
  const kind = input.declarations.permit;
  const who = citizenship
    ? `Cittadinanza non UE (${citizenship})`
    : 'Cittadinanza non indicata in anagrafe';
  if (!kind) return declared('NOT_VERIFIABLE', `${who}: dichiarare il titolo di soggiorno`);
  if (kind === 'OTHER')
    return declared('FAILED', `${who} con un titolo di soggiorno che non dà diritto al REI`);
  return declared('PASSED', `${who}: dichiarato ${PERMIT_LABELS[kind]}`);
}

function yesNo(
  value: boolean | null | undefined,
  what: string,
  failure: string,
  success: string,
): Verdict {
  if (value === null || value === undefined)
    return declared('NOT_VERIFIABLE', `Dichiarare ${what}`);
  return value ? declared('FAILED', failure) : declared('PASSED', success);
}

function vehicles(input: CheckInput): Verdict {
  const d = input.declarations;
  const since = date(addMonths(input.submittedAt, -input.parameters.vehicleMonths));
  if (d.recentVehicle && d.recentVehicleForDisability)
    return declared(
      'PASSED',
      `Veicolo immatricolato dal ${since} con le agevolazioni per persone con disabilità: non conta`,
    );
  return yesNo(
    d.recentVehicle,
    `se un componente possiede auto o moto immatricolate per la prima volta dal ${since}`,
    `Un componente possiede un\u2019auto o una moto immatricolata per la prima volta dal ${since}`,
    `Dichiarato: nessuna auto o moto immatricolata per la prima volta dal ${since}`,
  );
}

function economic(
  input: CheckInput,
  isee: IseeAttestation | null,
): Record<'ISEE' | 'ISRE' | 'REAL_ESTATE' | 'MOVABLE_ASSETS', Verdict> {
  const p = input.parameters;
  if (!isee) {
    const missing = computed(
      'NOT_VERIFIABLE',
      `Serve un\u2019attestazione ISEE valida al ${date(input.submittedAt)}`,
    );
    return {
      ISEE: computed(
        'NOT_VERIFIABLE',
        `Nessuna attestazione ISEE valida al ${date(input.submittedAt)} in anagrafe: registrarla e ripetere i controlli`,
      ),
      ISRE: missing,
      REAL_ESTATE: missing,
      MOVABLE_ASSETS: missing,
    };
  }
  const within = (value: Decimal, max: Decimal) =>
    value.lessThanOrEqualTo(max) ? 'PASSED' : 'FAILED';
  const sign = (value: Decimal, max: Decimal) => (value.lessThanOrEqualTo(max) ? '≤' : '>');
  const dsu = `DSU ${isee.dsuProtocol} del ${date(isee.dsuDate)}, valida fino al ${date(isee.validUntil)}`;
  const value = new Decimal(isee.isee);
  const isr = new Decimal(isee.isr);
  const scale = equivalenceScale(p, isee.householdSize);
  const isre = isr.div(scale);
  const realEstate = new Decimal(isee.realEstateAssets);
  const movable = new Decimal(isee.movableAssets);
  const movableMax = movableAssetsLimit(p, isee.householdSize);
  return {
    ISEE: computed(
      within(value, p.iseeMax),
      `ISEE ${euro(value)} ${sign(value, p.iseeMax)} ${euro(p.iseeMax)} (${dsu})`,
    ),
    ISRE: computed(
      within(isre, p.isreMax),
      `ISR ${euro(isr)} ÷ scala ${number(scale, 2)} (${isee.householdSize} componenti, senza maggiorazioni) = ${euro(isre)} ${sign(isre, p.isreMax)} ${euro(p.isreMax)}`,
    ),
    REAL_ESTATE: computed(
      within(realEstate, p.realEstateMax),
      `Patrimonio immobiliare esclusa la casa di abitazione ${euro(realEstate)} ${sign(realEstate, p.realEstateMax)} ${euro(p.realEstateMax)}`,
    ),
    MOVABLE_ASSETS: computed(
      within(movable, movableMax),
      `Patrimonio mobiliare ${euro(movable)} ${sign(movable, movableMax)} ${euro(movableMax)} (limite per ${isee.householdSize} ${isee.householdSize === 1 ? 'componente' : 'componenti'})`,
    ),
  };
}

/**
 * Evaluates every requirement of docs/domain/REI.md from the registry's data and the declarations. Nothing
 * here guesses: what neither source says is NOT_VERIFIABLE, with what is missing in words.
 */
export function evaluateRequirements(input: CheckInput): MunicipalCheckResult {
  const members = membersOn(input.household, input.submittedAt);
  const hasMinors = members.some((m) => ageOn(m.birthDate, input.submittedAt) < 18);
  const isee = iseeValidOn(input.household.iseeHistory, input.submittedAt, hasMinors);
  const d = input.declarations;
  const verdicts: Record<CheckCode, Verdict> = {
    RESIDENCE: residence(input),
    PERMIT: permit(input),
    ...economic(input, isee),
    VEHICLES: vehicles(input),
    BOATS: yesNo(
      d.boats,
      'se un componente possiede navi o imbarcazioni da diporto',
      'Un componente possiede navi o imbarcazioni da diporto',
      'Dichiarato: nessuna nave o imbarcazione da diporto',
    ),
    UNEMPLOYMENT_BENEFITS: yesNo(
      d.unemploymentBenefits,
      'se un componente riceve la NASpI o altre prestazioni di disoccupazione involontaria',
      'Un componente riceve la NASpI o un\u2019altra prestazione di disoccupazione involontaria',
      'Dichiarato: nessun componente riceve NASpI o altre prestazioni di disoccupazione',
    ),
    FAMILY_COMPOSITION: familyCompositionCheck({ ...input, members }),
  };
  return {
    checks: CHECK_CODES.map((code) => ({
      code,
      ...verdicts[code],
      checkedAt: input.now,
      checkedBy: null,
      note: null,
    })),
    isee,
  };
}

/**
 * Keeps what a caseworker recorded by hand (their verification wins over the computed outcome)
 * and takes every other check from the new evaluation.
 */
export function mergeWithManual(
  evaluated: readonly RequirementCheck[],
  previous: readonly RequirementCheck[],
): RequirementCheck[] {
  const manual = new Map(previous.filter((c) => c.checkedBy).map((c) => [c.code, c]));
  return CHECK_CODES.map(
    (code) => manual.get(code) ?? evaluated.find((c) => c.code === code),
  ).filter((c): c is RequirementCheck => !!c);
}

/** The status the checks lead to: any FAILED fails; any NOT_VERIFIABLE (or a missing check) keeps DRAFT. */
export function statusAfterChecks(
  checks: readonly RequirementCheck[],
): 'CHECKS_PASSED' | 'CHECKS_FAILED' | 'DRAFT' {
  if (checks.some((c) => c.outcome === 'FAILED')) return 'CHECKS_FAILED';
  const complete = CHECK_CODES.every((code) => checks.some((c) => c.code === code));
  if (!complete || checks.some((c) => c.outcome === 'NOT_VERIFIABLE')) return 'DRAFT';
  return 'CHECKS_PASSED';
}
