import type { FieldError } from '@sisa/kernel';

/** Problems and resources of a case are of the household, of one member, or of the environment. */
export const CASE_SCOPES = ['HOUSEHOLD', 'MEMBER', 'ENVIRONMENT'] as const;
export type CaseScope = (typeof CASE_SCOPES)[number];

export const CASE_SCOPE_LABELS: Record<CaseScope, string> = {
  HOUSEHOLD: 'Nucleo familiare',
  MEMBER: 'Componente',
  ENVIRONMENT: 'Ambiente',
};

export interface ProblemInput {
  scope: CaseScope;
  memberId?: string | null;
  code: string;
  description?: string | null;
  since?: string | null;
  resolvedAt?: string | null;
}

/**
 * Field errors of a problem or resource (paths `input.x`): a member exactly when the scope is
 * MEMBER (and one of the case's household), a code of the tenant's list, dates in order.
 */
export function problemErrors(
  input: ProblemInput,
  codes: ReadonlySet<string>,
  householdMemberIds: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (input.scope === 'MEMBER') {
    if (!input.memberId)
      errors.push({ field: 'input.memberId', message: 'Indicare il componente del nucleo' });
    else if (!householdMemberIds.has(input.memberId))
      errors.push({ field: 'input.memberId', message: 'Non è un componente del nucleo del caso' });
  } else if (input.memberId)
    errors.push({
      field: 'input.memberId',
      message: `Un componente si indica solo per l’ambito «${CASE_SCOPE_LABELS.MEMBER}»`,
    });
  if (!codes.has(input.code))
    errors.push({ field: 'input.code', message: `Codice non presente nell’elenco: ${input.code}` });
  if ((input.description?.length ?? 0) > 2000)
    errors.push({ field: 'input.description', message: 'Al massimo 2000 caratteri' });
  if (input.since && input.resolvedAt && input.resolvedAt < input.since)
    errors.push({
      field: 'input.resolvedAt',
      message: 'La risoluzione non può precedere la data di inizio',
    });
  return errors;
}
