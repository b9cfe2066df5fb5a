import {
  auditedAs,
  callerOf,
  customFieldsResolver,
  tenantOf,
  type TenantConfig,
} from '@sisa/kernel';
import { sanctionsFor } from '../domain/sanctions';
import type { ScopedItem } from '../domain/project';
import type { ReiIntervention } from '../entities/reiIntervention.entity';
import type { ReiProject } from '../entities/reiProject.entity';
import type { ReiContext } from '../context';
import { applicationLoader, interventionsLoader, projectLoader } from './loaders';
import type { Resolvers } from '../generated/resolvers';

/** The tenant's configuration, for the labels of list codes (cached by the config client). */
export function tenantConfigOf(ctx: ReiContext): Promise<TenantConfig> {
  return ctx.services.config.forTenant(callerOf(ctx), ctx.tenantId!);
}

const labelled = async (ctx: ReiContext, listKey: string, items: readonly ScopedItem[]) => {
  const config = await tenantConfigOf(ctx);
  return items.map((i) => ({ ...i, label: config.label(listKey, i.code) }));
};

export const ReiProjectResolvers: Resolvers = {
  Query: {
    reiProject(_, { applicationId }, ctx) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return projectLoader(ctx).load(applicationId);
    },
  },
  ReiProject: {
    __isTypeOf: auditedAs('ReiApplication', (p: ReiProject) => p.application),
    customFields: customFieldsResolver('REI_PROJECT'),
    async application(p: ReiProject, _, ctx) {
      const application = await applicationLoader(ctx).load(p.application);
      // Non-null in the schema: a project is always its application's (foreign key, same tenant).
      if (!application) throw new Error(`Domanda ${p.application} del progetto non trovata`);
      return application;
    },
    socialCase: (p: ReiProject) =>
      p.socialCaseId ? { __typename: 'SocialCase' as const, id: p.socialCaseId } : null,
    problems: (p: ReiProject, _, ctx) => labelled(ctx, 'rei_problem', p.problems),
    resources: (p: ReiProject, _, ctx) => labelled(ctx, 'rei_resource', p.resources),
    interventions: async (p: ReiProject, _, ctx) =>
      (await interventionsLoader(ctx).load(p.id)) ?? [],
    async sanctions(p: ReiProject, _, ctx) {
      const application = await applicationLoader(ctx).load(p.application);
      const summary = sanctionsFor(
        p.breaches,
        application?.monthlyAmount ?? null,
        application?.benefit?.roundingMode ?? 'HALF_EVEN',
      );
      return {
        items: summary.sanctions,
        totalReduction: summary.totalReduction,
        decadenza: summary.decadenza,
      };
    },
    communications: (p: ReiProject) =>
      [...p.communications].sort(
        (a, b) => b.on.localeCompare(a.on) || b.recordedAt.localeCompare(a.recordedAt),
      ),
  },
  ReiIntervention: {
    label: async (i: ReiIntervention, _, ctx) =>
      (await tenantConfigOf(ctx)).label('rei_intervention', i.code),
    beneficiary: (i: ReiIntervention) => ({ __typename: 'Subject', id: i.beneficiaryId }),
    siussServiceName: async (i: ReiIntervention, _, ctx) =>
      i.siussServiceCode
        ? (await tenantConfigOf(ctx)).label('siuss_service', i.siussServiceCode)
        : null,
  },
};
