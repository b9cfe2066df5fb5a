import { todayInItaly } from '@sisa/italia';
import { applyUpdate, FieldErrors, type FieldError, type UpdateOf } from '@sisa/kernel';
import type { ReiDeclarations } from '../domain/declarations';
import type { HouseholdMember } from '../domain/household';
import { otherBenefitProblems } from '../domain/otherBenefits';
import type { ReiApplicationInput, ReiDeclarationsInput } from '../generated/resolvers';

/** `ReiApplicationInput` as GraphQL hands it over. */
export type ApplicationInput = ReiApplicationInput;

/** `ReiDeclarationsInput` as GraphQL hands it over. */
export type DeclarationsInput = ReiDeclarationsInput;

/** `ReiApplicationUpdateInput`: every field optional; absent keeps the saved value, null clears it. */
export type ApplicationUpdateInput = UpdateOf<Omit<ApplicationInput, 'customFields'>> & {
  customFields?: unknown;
};

/** What an application keeps of its input, as saved. */
export interface SavedApplicationInput {
  applicantId: string;
  householdId: string;
  submittedAt: string;
  accessPoint?: string | null;
  declarations: ReiDeclarations;
  renewalOfId?: string | null;
}

const REQUIRED_APPLICATION_FIELDS = ['applicantId', 'householdId', 'submittedAt'] as const;

/**
 * The full input an update stands for: the saved application with the update's fields laid over
 * it (`declarations`, when sent, replaces all the declarations). Null on a required field is a
 * field error.
 */
export function mergeApplicationUpdate(
  saved: SavedApplicationInput,
  update: ApplicationUpdateInput,
): { input: ApplicationInput; errors: FieldError[] } {
  const { customFields, ...fields } = update;
  const current: Omit<ApplicationInput, 'customFields'> = {
    applicantId: saved.applicantId,
    householdId: saved.householdId,
    submittedAt: saved.submittedAt,
    accessPoint: saved.accessPoint ?? null,
    declarations: saved.declarations,
    renewalOfId: saved.renewalOfId ?? null,
  };
  const { values, errors } = applyUpdate(current, fields, REQUIRED_APPLICATION_FIELDS);
  return { input: { ...values, customFields }, errors };
}

const MAX_OTHER_BENEFITS = 50;

/** Declarations as stored: every key present, null when not declared. */
export function normaliseDeclarations(
  input: DeclarationsInput | null | undefined,
): ReiDeclarations {
  const d = input ?? {};
  return {
    residentInItalySince: d.residentInItalySince ?? null,
    permit: d.permit ?? null,
    recentVehicle: d.recentVehicle ?? null,
    recentVehicleForDisability: d.recentVehicleForDisability ?? null,
    boats: d.boats ?? null,
    unemploymentBenefits: d.unemploymentBenefits ?? null,
    pregnancy: d.pregnancy ?? null,
    pregnancyDueDate: d.pregnancyDueDate ?? null,
    pregnancyCertified: d.pregnancyCertified ?? null,
    disabledMemberWithCarer: d.disabledMemberWithCarer ?? null,
    unemployedMemberIds: d.unemployedMemberIds ? [...new Set(d.unemployedMemberIds)] : null,
    siaMonthsReceived: d.siaMonthsReceived ?? null,
    otherBenefits: (d.otherBenefits ?? []).map((b) => ({
      description: b.description.trim(),
      amount: b.amount,
      kind: b.kind,
      months: b.kind === 'PERIODIC' ? (b.months ?? null) : null,
      paidMonth: b.kind === 'ONE_OFF' ? (b.paidMonth ?? null) : null,
      meansTested: b.meansTested ?? true,
    })),
  };
}

/** Field errors of the application's own data (the household and the rules are checked apart). */
export function checkApplicationInput(
  input: ApplicationInput,
  declarations: ReiDeclarations,
  errors: FieldErrors,
): void {
  const today = todayInItaly();
  if (input.submittedAt > today)
    errors.add('input.submittedAt', 'La data di presentazione non può essere futura');
  const at = (field: string) => `input.declarations.${field}`;
  if (declarations.residentInItalySince && declarations.residentInItalySince > input.submittedAt)
    errors.add(
      at('residentInItalySince'),
      'La residenza non può iniziare dopo la presentazione della domanda',
    );
  const sia = declarations.siaMonthsReceived;
  if (sia !== null && sia !== undefined && (!Number.isInteger(sia) || sia < 0 || sia > 36))
    errors.add(at('siaMonthsReceived'), 'Mesi di SIA da 0 a 36');
  if (
    declarations.pregnancy === false &&
    (declarations.pregnancyDueDate || declarations.pregnancyCertified)
  )
    errors.add(
      at('pregnancy'),
      'Data del parto e certificazione si indicano solo con una gravidanza',
    );
  if (declarations.recentVehicle === false && declarations.recentVehicleForDisability)
    errors.add(
      at('recentVehicleForDisability'),
      'Indicare prima il veicolo immatricolato di recente',
    );
  const benefits = declarations.otherBenefits ?? [];
  if (benefits.length > MAX_OTHER_BENEFITS)
    errors.add(at('otherBenefits'), `Al massimo ${MAX_OTHER_BENEFITS} trattamenti`);
  benefits.forEach((benefit, i) => {
    for (const problem of otherBenefitProblems(benefit))
      errors.add(at(`otherBenefits.${i}.${problem.field}`), problem.message);
  });
  if (input.accessPoint !== undefined && input.accessPoint !== null && !input.accessPoint.trim())
    errors.add('input.accessPoint', 'Indicare un punto di accesso o lasciarlo vuoto');
}

/** Field errors of what depends on the household's members on the submission date. */
export function checkAgainstMembers(
  input: ApplicationInput,
  declarations: ReiDeclarations,
  members: readonly HouseholdMember[],
  errors: FieldErrors,
): void {
  const ids = new Set(members.map((m) => m.subjectId));
  if (!ids.has(input.applicantId))
    errors.add(
      'input.applicantId',
      'Il richiedente non fa parte del nucleo alla data di presentazione',
    );
  (declarations.unemployedMemberIds ?? []).forEach((id, i) => {
    if (!ids.has(id))
      errors.add(`input.declarations.unemployedMemberIds.${i}`, 'Non è un componente del nucleo');
  });
}
