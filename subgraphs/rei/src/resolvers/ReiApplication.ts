import type { ResolverMap } from '@sisa/kernel';
import { computeDeadlines } from '../domain/deadlines';
import { CHECK_CODES, CHECK_LABELS } from '../domain/statuses';
import { reachableThrough } from '../domain/transitions';
import type { ReiApplication } from '../entities/reiApplication.entity';
import { isSendable } from '../services/inpsExchange';
import type { ReiContext } from '../context';
import { applicationLoader, eventsLoader, exportLoader, projectLoader } from './loaders';
import { today } from './today';

const deadlinesOf = (a: ReiApplication) => computeDeadlines(a.deadlineParameters, a, today());

export const ReiApplicationResolvers: ResolverMap<ReiContext> = {
  ReiApplication: {
    __resolveReference: (ref: { id: string }, ctx: ReiContext) =>
      applicationLoader(ctx).load(ref.id),
    applicant: (a: ReiApplication) => ({ __typename: 'Subject', id: a.applicantId }),
    household: (a: ReiApplication) => ({ __typename: 'Household', id: a.householdId }),
    declarations: (a: ReiApplication) => ({
      ...a.declarations,
      otherBenefits: a.declarations.otherBenefits ?? [],
    }),
    renewalOf: (a: ReiApplication, _: unknown, ctx: ReiContext) =>
      a.renewalOfId ? applicationLoader(ctx).load(a.renewalOfId) : null,
    checks: (a: ReiApplication) =>
      [...a.checks]
        .sort((x, y) => CHECK_CODES.indexOf(x.code) - CHECK_CODES.indexOf(y.code))
        .map((c) => ({ ...c, label: CHECK_LABELS[c.code] ?? c.code })),
    sendable: (a: ReiApplication) => isSendable(a),
    iseeUsed: (a: ReiApplication) =>
      a.isee ? { ...a.isee, dsuYear: Number(a.isee.dsuDate.slice(0, 4)) } : null,
    inpsExport: (a: ReiApplication, _: unknown, ctx: ReiContext) =>
      a.inpsExportId ? exportLoader(ctx).load(a.inpsExportId) : null,
    deadlines: (a: ReiApplication) => deadlinesOf(a),
    // The earliest open due date is kept on every write: the same comparison as the overdue filter.
    overdue: (a: ReiApplication) => a.nextDue != null && a.nextDue < today(),
    project: (a: ReiApplication, _: unknown, ctx: ReiContext) => projectLoader(ctx).load(a.id),
    events: async (a: ReiApplication, _: unknown, ctx: ReiContext) =>
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
