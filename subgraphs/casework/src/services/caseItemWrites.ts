import { randomUUID } from 'node:crypto';
import { BadUserInputError, callerOf, isUuid, NotFoundError } from '@sisa/kernel';
import { isCaseWritable } from '../domain/caseStatus';
import { problemErrors } from '../domain/problems';
import { CaseItem } from '../entities/caseItem.entity';
import type { CaseworkContext } from '../context';
import type { CaseProblemInput, CaseResourceInput } from '../generated/resolvers';
import { caseworkCaller } from './caller';
import { lockedCase, recordEvent } from './caseWrites';

const LISTS = { PROBLEM: 'case_problems', RESOURCE: 'case_resources' } as const;

/**
 * Adds a problem or a resource to a case, or changes one (`input.id`): a code of the tenant's
 * list, a household member for the MEMBER scope. The équipe of the case and supervisors.
 */
export async function saveCaseItem(
  ctx: CaseworkContext,
  caseId: string,
  kind: 'PROBLEM' | 'RESOURCE',
  input: CaseProblemInput | CaseResourceInput,
): Promise<CaseItem> {
  const socialCase = await lockedCase(ctx, caseId, 'CONTENT');
  if (!isCaseWritable(socialCase.status))
    throw BadUserInputError.field('caseId', 'La cartella è chiusa: riaprirla per modificarla');
  const { tenantId } = caseworkCaller(ctx);
  let item: CaseItem | null = null;
  if (input.id) {
    item = isUuid(input.id)
      ? await ctx.em.findOne(CaseItem, { id: input.id, caseId: socialCase.id, kind })
      : null;
    if (!item)
      throw new NotFoundError(
        kind === 'PROBLEM' ? 'Problematica non trovata' : 'Risorsa non trovata',
      );
  }
  const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
  const members =
    input.scope === 'MEMBER' && socialCase.householdId
      ? ((await ctx.services.registry.householdMembers(callerOf(ctx), socialCase.householdId)) ??
        new Set<string>())
      : new Set<string>();
  // An update changes what the input names: a field left out keeps its value, null clears it.
  const kept = <T>(given: T | undefined, stored: T | null | undefined): T | null =>
    given !== undefined ? given : (stored ?? null);
  const dated = input as CaseProblemInput;
  const values = {
    scope: input.scope,
    memberId:
      input.scope === 'MEMBER' ? kept(input.memberId, item?.memberId) : (input.memberId ?? null),
    code: input.code,
    description:
      input.description !== undefined
        ? input.description?.trim() || null
        : (item?.description ?? null),
    since: kind === 'PROBLEM' ? kept(dated.since, item?.since) : null,
    resolvedAt: kind === 'PROBLEM' ? kept(dated.resolvedAt, item?.resolvedAt) : null,
  };
  const errors = problemErrors(values, config.listCodes(LISTS[kind]) ?? new Set(), members);
  if (errors.length) throw new BadUserInputError(errors);
  if (item) Object.assign(item, values);
  else
    item = ctx.em.create(CaseItem, {
      id: randomUUID(),
      tenantId,
      caseId: socialCase.id,
      kind,
      ...values,
      createdAt: new Date(),
    });
  socialCase.updatedAt = new Date();
  recordEvent(ctx, socialCase, kind === 'PROBLEM' ? 'PROBLEM_SAVED' : 'RESOURCE_SAVED', {
    id: item.id,
    ...values,
  });
  await ctx.em.flush();
  return item;
}
