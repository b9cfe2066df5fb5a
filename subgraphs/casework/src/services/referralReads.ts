import { byKeys, inTurn, isUuid, loaderOf } from '@sisa/kernel';
import { referralReach } from '../domain/caseAccess';
import { Referral } from '../entities/referral.entity';
import type { CaseworkContext } from '../context';
import { caseworkCaller, demand } from './caller';

/** Whose referrals the caller reads: null for all of the tenant's, a client's id for its own. */
export function referralListScope(ctx: CaseworkContext): string | null {
  const { principal, caller } = caseworkCaller(ctx);
  const reach = referralReach(caller);
  demand(reach !== 'NONE', principal, 'casework:referrals');
  return reach === 'OWN' ? principal.subjectId : null;
}

/** Referrals by id, batched per request; row-level security keeps them to the tenant. */
export function referralLoader(ctx: CaseworkContext) {
  return loaderOf<string, Referral>(ctx, 'referral', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await inTurn(ctx, () => ctx.em.find(Referral, { id: { $in: valid } }))
      : [];
    return byKeys(ids, rows, (r) => r.id);
  });
}

/** The referral `id` if the caller may read it (an API client: only one it sent), else null. */
export async function visibleReferral(ctx: CaseworkContext, id: string): Promise<Referral | null> {
  const createdById = referralListScope(ctx);
  const referral = await referralLoader(ctx).load(id);
  return referral && (createdById === null || referral.createdById === createdById)
    ? referral
    : null;
}
