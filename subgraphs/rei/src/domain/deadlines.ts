import { addDays, addWorkingDays } from '@sisa/italia';
import { date } from './italianText';
import type { ReiDeadlineParameters } from './parameters';
import type { ReiStatus } from './statuses';

export type DeadlineCode =
  'SEND_TO_INPS' | 'INPS_ANSWER' | 'PRELIMINARY_ASSESSMENT' | 'PROJECT_SIGNATURE';

/**
 * PENDING: due, not met yet; OVERDUE: passed and not met; MET / MET_LATE: done (on time or
 * not); WAITING: its start is not known yet (e.g. the INPS answer before sending);
 * NOT_APPLICABLE: it no longer concerns this application (refused, revoked, ended).
 */
export type DeadlineState =
  'PENDING' | 'OVERDUE' | 'MET' | 'MET_LATE' | 'WAITING' | 'NOT_APPLICABLE';

export interface Deadline {
  code: DeadlineCode;
  label: string;
  /** How it is counted, in words. */
  rule: string;
  dueDate: string | null;
  metOn: string | null;
  state: DeadlineState;
  overdue: boolean;
}

/** The dates the deadlines start from and are met on. */
export interface DeadlineFacts {
  status: ReiStatus;
  submittedAt: string;
  sentToInpsOn?: string | null;
  inpsOutcomeOn?: string | null;
  preliminaryAssessmentOn?: string | null;
  projectSignedOn?: string | null;
}

export interface ApplicationDeadlines {
  sendToInps: Deadline;
  inpsAnswer: Deadline;
  preliminaryAssessment: Deadline;
  projectSignature: Deadline;
  /** Any deadline passed and not met. */
  overdue: boolean;
  /** The earliest due date still open (PENDING or OVERDUE): an application is overdue when it is before today. */
  nextDue: string | null;
}

const CLOSED: readonly ReiStatus[] = ['REVOKED', 'ENDED'];
const REFUSED: readonly ReiStatus[] = ['CHECKS_FAILED', 'REJECTED'];

function deadline(
  code: DeadlineCode,
  label: string,
  rule: string,
  dueDate: string | null,
  metOn: string | null | undefined,
  applies: boolean,
  today: string,
): Deadline {
  let state: DeadlineState;
  if (metOn) state = dueDate && metOn > dueDate ? 'MET_LATE' : 'MET';
  else if (!applies) state = 'NOT_APPLICABLE';
  else if (!dueDate) state = 'WAITING';
  else state = today > dueDate ? 'OVERDUE' : 'PENDING';
  return { code, label, rule, dueDate, metOn: metOn ?? null, state, overdue: state === 'OVERDUE' };
}

/**
 * The four deadlines of docs/domain/REI.md, in working days (Saturdays, Sundays, national holidays, Easter
 * Monday included, and the comune's patron saint do not count) except the preliminary
 * assessment, in calendar days.
 * A deadline is met on its due date at the latest; it is overdue from the day after.
 */
export function computeDeadlines(
  p: ReiDeadlineParameters,
  facts: DeadlineFacts,
  today: string,
): ApplicationDeadlines {
  const calendar = { annualHolidays: p.patronSaintDay ? [p.patronSaintDay] : [] };
  const open = !CLOSED.includes(facts.status);
  const refused = REFUSED.includes(facts.status);
  const sendDue = addWorkingDays(facts.submittedAt, p.sendToInpsWorkingDays, calendar);
  const answerDue = facts.sentToInpsOn
    ? addWorkingDays(facts.sentToInpsOn, p.inpsAnswerWorkingDays, calendar)
    : null;
  const assessmentDue = addDays(facts.submittedAt, p.preliminaryAssessmentDays);
  const signatureDue = facts.preliminaryAssessmentOn
    ? addWorkingDays(facts.preliminaryAssessmentOn, p.projectSignatureWorkingDays, calendar)
    : null;
  const result = {
    sendToInps: deadline(
      'SEND_TO_INPS',
      'Invio all\u2019INPS',
      `Entro ${p.sendToInpsWorkingDays} giorni lavorativi dalla domanda (${date(facts.submittedAt)})`,
      sendDue,
      facts.sentToInpsOn,
      open && !refused,
      today,
    ),
    inpsAnswer: deadline(
      'INPS_ANSWER',
      'Esito dell\u2019INPS',
      `Entro ${p.inpsAnswerWorkingDays} giorni lavorativi dall\u2019invio${facts.sentToInpsOn ? ` (${date(facts.sentToInpsOn)})` : ''}`,
      answerDue,
      facts.inpsOutcomeOn,
      open && !refused,
      today,
    ),
    preliminaryAssessment: deadline(
      'PRELIMINARY_ASSESSMENT',
      'Analisi preliminare',
      `Entro ${p.preliminaryAssessmentDays} giorni di calendario dalla domanda (${date(facts.submittedAt)})`,
      assessmentDue,
      facts.preliminaryAssessmentOn,
      open && !refused,
      today,
    ),
    projectSignature: deadline(
      'PROJECT_SIGNATURE',
      'Sottoscrizione del progetto',
      `Entro ${p.projectSignatureWorkingDays} giorni lavorativi dall\u2019analisi preliminare${facts.preliminaryAssessmentOn ? ` (${date(facts.preliminaryAssessmentOn)})` : ''}`,
      signatureDue,
      facts.projectSignedOn,
      open && !refused,
      today,
    ),
  };
  const all = Object.values(result);
  const openDates = all
    .filter((d) => d.state === 'PENDING' || d.state === 'OVERDUE')
    .map((d) => d.dueDate!);
  return { ...result, overdue: all.some((d) => d.overdue), nextDue: openDates.sort()[0] ?? null };
}
