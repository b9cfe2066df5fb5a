import { auditedAs, customFieldsResolver } from '@sisa/kernel';
import { computeDeadlines } from '../domain/deadlines';
import { CHECK_CODES, CHECK_LABELS } from '../domain/statuses';
import { reachableThrough } from '../domain/transitions';
import type { ReiApplication } from '../entities/reiApplication.entity';
import { isSendable } from '../services/inpsExchange';
import type { ReiContext } from '../context';
import { applicationLoader, eventsLoader, exportLoader, projectLoader } from './loaders';
import { todayInItalyThisSecond as today } from '@sisa/italia';
import type { Resolvers } from '../generated/resolvers';

const deadlinesOf = (a: ReiApplication) => computeDeadlines(a.deadlineParameters, a, today());

/** The whole application: list rows leave the large JSON out (LIST_COLUMNS), the loader has it. */
async function whole(a: ReiApplication, ctx: ReiContext): Promise<ReiApplication> {
  return a.checks !== undefined ? a : ((await applicationLoader(ctx).load(a.id)) ?? a);
}

export const ReiApplicationResolvers: Resolvers = {
  ReiApplication: {
    __isTypeOf: auditedAs('ReiApplication', (a: ReiApplication) => a.id),
    customFields: customFieldsResolver('REI_APPLICATION'),
    __resolveReference: (ref: { id: string }, ctx) => applicationLoader(ctx).load(ref.id),
    applicant: (a: ReiApplication) => ({ __typename: 'Subject', id: a.applicantId }),
    household: (a: ReiApplication) => ({ __typename: 'Household', id: a.householdId }),
    async declarations(parent: ReiApplication, _, ctx) {
      const a = await whole(parent, ctx);
      return { ...a.declarations, otherBenefits: a.declarations.otherBenefits ?? [] };
    },
    renewalOf: (a: ReiApplication, _, ctx) =>
      a.renewalOfId ? applicationLoader(ctx).load(a.renewalOfId) : null,
    async checks(parent: ReiApplication, _, ctx) {
      const a = await whole(parent, ctx);
      return [...a.checks]
        .sort((x, y) => CHECK_CODES.indexOf(x.code) - CHECK_CODES.indexOf(y.code))
        .map((c) => ({ ...c, label: CHECK_LABELS[c.code] ?? c.code }));
    },
    sendable: async (a: ReiApplication, _, ctx) => isSendable(await whole(a, ctx)),
    async iseeUsed(parent: ReiApplication, _, ctx) {
      const a = await whole(parent, ctx);
      return a.isee ? { ...a.isee, dsuYear: Number(a.isee.dsuDate.slice(0, 4)) } : null;
    },
    benefit: async (a: ReiApplication, _, ctx) => (await whole(a, ctx)).benefit,
    inpsExport: (a: ReiApplication, _, ctx) =>
      a.inpsExportId ? exportLoader(ctx).load(a.inpsExportId) : null,
    deadlines: (a: ReiApplication) => deadlinesOf(a),
    // The earliest open due date is kept on every write: the same comparison as the overdue filter.
    overdue: (a: ReiApplication) => a.nextDue != null && a.nextDue < today(),
    project: (a: ReiApplication, _, ctx) => projectLoader(ctx).load(a.id),
    events: async (a: ReiApplication, _, ctx) =>
      (await eventsLoader(ctx).load(a.id))!.map((e) => ({
        id: e.id,
        action: e.action,
        from: e.fromStatus,
        to: e.toStatus,
        at: e.at,
        by: e.by,
        note: e.note,
      })),
    manualTransitions: (a: ReiApplication) =>
      reachableThrough(a.status, 'transitionReiApplication'),
  },
};
