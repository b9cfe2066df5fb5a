import { todayInItaly } from '@sisa/italia';
import { tenantOf, type ResolverMap } from '@sisa/kernel';
import type { CheckOutcome, ReiStatus } from '../domain/statuses';
import { findTransition } from '../domain/transitions';
import type { ReiContext } from '../context';
import type { ApplicationInput, ApplicationUpdateInput } from '../services/applicationInput';
import { createApplication, updateApplication } from '../services/applicationWrites';
import { applyInpsOutcome, sendToInps, type InpsOutcomeData } from '../services/inpsExchange';
import { applicationForUpdate, moveApplication } from '../services/lifecycle';
import { recordCheck, runMunicipalChecks } from '../services/municipalChecks';
import {
  logCommunication,
  saveProject,
  signProject,
  type CommunicationInput,
} from '../services/projectWrites';
import type { ProjectInput } from '../services/projectInput';

const write = (ctx: ReiContext) => tenantOf(ctx, { domain: 'rei', level: 'write' });

/** Statuses a person moves to by hand that close the benefit (its end date is recorded). */
const CLOSING: readonly ReiStatus[] = ['REVOKED', 'ENDED'];

export const MutationResolvers: ResolverMap<ReiContext> = {
  Mutation: {
    createReiApplication(_: unknown, { input }: { input: ApplicationInput }, ctx: ReiContext) {
      return createApplication(ctx, write(ctx), input);
    },

    updateReiApplication(
      _: unknown,
      args: { id: string; input: ApplicationUpdateInput; expectedVersion: number },
      ctx: ReiContext,
    ) {
      return updateApplication(ctx, write(ctx), args.id, args.input, args.expectedVersion);
    },

    runMunicipalChecks(
      _: unknown,
      args: { id: string; expectedVersion?: number | null },
      ctx: ReiContext,
    ) {
      write(ctx);
      return runMunicipalChecks(ctx, args.id, args.expectedVersion);
    },

    recordCheck(
      _: unknown,
      args: {
        id: string;
        code: string;
        outcome: CheckOutcome;
        note?: string | null;
        expectedVersion?: number | null;
      },
      ctx: ReiContext,
    ) {
      write(ctx);
      return recordCheck(ctx, args);
    },

    sendToInps(_: unknown, { ids }: { ids: string[] }, ctx: ReiContext) {
      const tenantId = write(ctx);
      return sendToInps(ctx.em, ctx.services.files, tenantId, ids, ctx.principal!.name);
    },

    async recordInpsOutcome(
      _: unknown,
      args: { id: string; input: InpsOutcomeData; expectedVersion?: number | null },
      ctx: ReiContext,
    ) {
      write(ctx);
      const application = await applicationForUpdate(ctx.em, args.id, args.expectedVersion);
      applyInpsOutcome(ctx.em, application, args.input, ctx.principal!.name);
      await ctx.em.flush();
      return application;
    },

    async transitionReiApplication(
      _: unknown,
      args: { id: string; to: ReiStatus; note?: string | null; expectedVersion?: number | null },
      ctx: ReiContext,
    ) {
      write(ctx);
      const application = await applicationForUpdate(ctx.em, args.id, args.expectedVersion);
      moveApplication(ctx.em, application, {
        to: args.to,
        via: 'transitionReiApplication',
        by: ctx.principal!.name,
        note: args.note,
        field: findTransition(application.status, args.to, 'transitionReiApplication')
          ? 'note'
          : 'to',
      });
      if (CLOSING.includes(args.to)) application.endedOn = todayInItaly();
      await ctx.em.flush();
      return application;
    },

    saveReiProject(
      _: unknown,
      args: { applicationId: string; input: ProjectInput; expectedVersion?: number | null },
      ctx: ReiContext,
    ) {
      return saveProject(ctx, write(ctx), args.applicationId, args.input, args.expectedVersion);
    },

    signReiProject(_: unknown, args: { applicationId: string; signedAt: string }, ctx: ReiContext) {
      write(ctx);
      return signProject(ctx, args.applicationId, args.signedAt);
    },

    logReiCommunication(
      _: unknown,
      args: { applicationId: string; input: CommunicationInput },
      ctx: ReiContext,
    ) {
      write(ctx);
      return logCommunication(ctx, args.applicationId, args.input);
    },
  },
};
