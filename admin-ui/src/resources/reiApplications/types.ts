// The shapes of a REI application as the console reads it (dataProvider/reiOperations.ts).

export type ReiStatus =
  | 'DRAFT'
  | 'CHECKS_PASSED'
  | 'CHECKS_FAILED'
  | 'SENT_TO_INPS'
  | 'ACCEPTED'
  | 'REJECTED'
  | 'SUSPENDED'
  | 'REVOKED'
  | 'ENDED';

export type CheckOutcome = 'PASSED' | 'FAILED' | 'NOT_VERIFIABLE' | 'NOT_APPLICABLE';

export interface Person {
  id: string;
  fiscalCode: string;
  firstName: string;
  lastName: string;
}

export interface RequirementCheck {
  code: string;
  label: string;
  outcome: CheckOutcome;
  automatic: boolean;
  detail?: string | null;
  checkedAt: string;
  checkedBy?: string | null;
  note?: string | null;
}

export interface ReiDeadline {
  code: string;
  label: string;
  rule: string;
  dueDate?: string | null;
  metOn?: string | null;
  state: string;
  overdue: boolean;
}

export interface BenefitComputation {
  rulesVersion: string;
  householdSize: number;
  equivalenceScale: string;
  annualThreshold: string;
  annualCap: string;
  isr: string;
  annualAmount: string;
  maximumMonthlyAmount: string;
  otherBenefitsMonthly: string;
  monthlyAmount: string;
  capApplied: boolean;
  explanation: string[];
  /** An application's benefit month by month (absent in the calculator). */
  schedule?: BenefitMonth[] | null;
}

export interface BenefitMonth {
  month: string;
  rulesVersion: string;
  maximumMonthlyAmount: string;
  otherBenefitsMonthly: string;
  monthlyAmount: string;
}

export interface ReiEvent {
  id: string;
  action: string;
  from?: ReiStatus | null;
  to: ReiStatus;
  at: string;
  by: string;
  note?: string | null;
}

export interface ReiApplicationRecord {
  id: string;
  protocolNumber: string;
  status: ReiStatus;
  version: number;
  submittedAt: string;
  accessPoint?: string | null;
  applicantName?: string | null;
  applicantFiscalCode?: string | null;
  monthlyAmount?: string | null;
  overdue: boolean;
  rulesVersion: string;
  firstMonth?: string | null;
  lastMonth?: string | null;
  sendable: boolean;
  checksRunAt?: string | null;
  sentToInpsOn?: string | null;
  inpsOutcomeOn?: string | null;
  inpsReference?: string | null;
  inpsNote?: string | null;
  endedOn?: string | null;
  manualTransitions: ReiStatus[];
  applicant: Person;
  household: { id: string; members: { relationship: string; subject: Person }[] };
  checks: RequirementCheck[];
  benefit?: BenefitComputation | null;
  iseeUsed?: Record<string, string | number> | null;
  deadlines: {
    overdue: boolean;
    nextDue?: string | null;
    sendToInps: ReiDeadline;
    inpsAnswer: ReiDeadline;
    preliminaryAssessment: ReiDeadline;
    projectSignature: ReiDeadline;
  };
  inpsExport?: { id: string; fileName: string; url: string } | null;
  project?: { id: string; signedAt?: string | null } | null;
  events: ReiEvent[];
  customFields: Record<string, unknown>;
}

/** Statuses in which the municipal checks may run (again). */
export const CHECKABLE: readonly ReiStatus[] = ['DRAFT', 'CHECKS_PASSED', 'CHECKS_FAILED'];

export const REI_STATUSES: readonly ReiStatus[] = [
  'DRAFT',
  'CHECKS_PASSED',
  'CHECKS_FAILED',
  'SENT_TO_INPS',
  'ACCEPTED',
  'REJECTED',
  'SUSPENDED',
  'REVOKED',
  'ENDED',
];

/**
 * Whether the record carries the detail selection: react-admin first shows a show page with the
 * list's row (a placeholder), which lacks checks, household and events.
 */
export const isDetailed = (
  record?: Partial<ReiApplicationRecord>,
): record is ReiApplicationRecord =>
  Boolean(record?.household && record.checks && record.events && record.manualTransitions);
