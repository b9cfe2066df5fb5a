import { addMonths } from '@sisa/italia';
import type { ReiDeclarations } from './declarations';
import { ageOn, fullName, type HouseholdMember } from './household';
import { date } from './italianText';
import type { ReiParameters } from './parameters';
import type { CheckOutcome } from './statuses';

export interface FamilyCompositionInput {
  submittedAt: string;
  members: HouseholdMember[];
  declarations: ReiDeclarations;
  parameters: Pick<ReiParameters, 'familyCompositionRequiredUntil'>;
}

export interface FamilyCompositionVerdict {
  outcome: CheckOutcome;
  automatic: boolean;
  detail: string;
}

/** Months before the presumed birth from which a pregnancy qualifies the household (art. 3 co. 2). */
const PREGNANCY_WINDOW_MONTHS = 4;
const ELDERLY_UNEMPLOYED_AGE = 55;

/**
 * The family-composition requirement (D.Lgs. 147/2017 art. 3 co. 2), only for applications
 * submitted up to the date the parameter set names (2018-05-31: INPS msg. 1972/2018). At least
 * one of: a minor; a member with a disability and a parent or guardian; a certified pregnancy
 * within 4 months of the presumed birth; a member aged 55 or more and unemployed.
 */
export function familyCompositionCheck(input: FamilyCompositionInput): FamilyCompositionVerdict {
  const until = input.parameters.familyCompositionRequiredUntil;
  if (!until || input.submittedAt > until) {
    return {
      outcome: 'NOT_APPLICABLE',
      automatic: true,
      detail: until
        ? `Requisito abrogato (L. 205/2017, art. 1 c. 192): vale solo per le domande presentate fino al ${date(until)}`
        : 'Requisito non previsto dalle regole in vigore alla data della domanda',
    };
  }
  const on = input.submittedAt;
  const d = input.declarations;
  const minors = input.members.filter((m) => ageOn(m.birthDate, on) < 18);
  if (minors.length > 0) {
    const names = minors.map((m) => `${fullName(m)} (${ageOn(m.birthDate, on)} anni)`).join(', ');
    return {
      outcome: 'PASSED',
      automatic: true,
      detail: `Nel nucleo ${minors.length === 1 ? 'c\u2019è un minorenne' : 'ci sono minorenni'} al ${date(on)}: ${names}`,
    };
  }
  const met: string[] = [];
  const missing: string[] = [];
  const absent: string[] = ['nessun minorenne'];

  if (d.disabledMemberWithCarer === true)
    met.push('un componente con disabilità con un genitore o tutore (dichiarato)');
  else if (d.disabledMemberWithCarer === false)
    absent.push('nessun componente con disabilità con genitore o tutore');
  else missing.push('se c\u2019è un componente con disabilità con almeno un genitore o tutore');

  if (d.pregnancy === true) {
    const due = d.pregnancyDueDate;
    if (!due) missing.push('la data presunta del parto');
    else if (on < addMonths(due, -PREGNANCY_WINDOW_MONTHS))
      absent.push(
        `gravidanza con parto previsto il ${date(due)}: mancano più di ${PREGNANCY_WINDOW_MONTHS} mesi`,
      );
    else if (on > due) absent.push(`data presunta del parto (${date(due)}) già passata`);
    else if (d.pregnancyCertified === true)
      met.push(`una gravidanza certificata con parto previsto il ${date(due)}`);
    else if (d.pregnancyCertified === false)
      absent.push('gravidanza senza certificazione di una struttura pubblica');
    else missing.push('se la gravidanza è certificata da una struttura sanitaria pubblica');
  } else if (d.pregnancy === false) absent.push('nessuna gravidanza');
  else missing.push('se nel nucleo c\u2019è una donna in gravidanza');

  const elderly = input.members.filter((m) => ageOn(m.birthDate, on) >= ELDERLY_UNEMPLOYED_AGE);
  if (elderly.length === 0)
    absent.push(`nessun componente di almeno ${ELDERLY_UNEMPLOYED_AGE} anni`);
  else if (!d.unemployedMemberIds)
    missing.push(
      `se ${elderly.map(fullName).join(', ')} ${elderly.length === 1 ? 'è' : 'sono'} in stato di disoccupazione`,
    );
  else {
    const unemployed = elderly.filter((m) => d.unemployedMemberIds!.includes(m.subjectId));
    if (unemployed.length)
      met.push(
        `${unemployed.map(fullName).join(', ')}, almeno ${ELDERLY_UNEMPLOYED_AGE} anni e disoccupato (dichiarato)`,
      );
    else absent.push(`nessun componente di almeno ${ELDERLY_UNEMPLOYED_AGE} anni disoccupato`);
  }

  if (met.length)
    return { outcome: 'PASSED', automatic: false, detail: `Nel nucleo c\u2019è ${met.join('; ')}` };
  if (missing.length)
    return {
      outcome: 'NOT_VERIFIABLE',
      automatic: false,
      detail: `${absent.join('; ')}. Da dichiarare: ${missing.join('; ')}`,
    };
  return {
    outcome: 'FAILED',
    automatic: false,
    detail: `Il nucleo non ha nessuna delle condizioni richieste per le domande fino al ${date(until)}: ${absent.join('; ')}`,
  };
}
