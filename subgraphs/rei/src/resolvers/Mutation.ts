import { todayInItaly } from '@sisa/italia';
import { tenantOf } from '@sisa/kernel';
import type { ReiStatus } from '../domain/statuses';
import { findTransition } from '../domain/transitions';
import type { ReiContext } from '../context';
import { createApplication, updateApplication } from '../services/applicationWrites';
import { applyInpsOutcome, sendToInps } from '../services/inpsExchange';
import { applicationForUpdate, moveApplication } from '../services/lifecycle';
import { recordCheck, runMunicipalChecks } from '../services/municipalChecks';
import { logCommunication, saveProject, signProject } from '../services/projectWrites';
import type { Resolvers } from '../generated/resolvers';

const write = (ctx: ReiContext) => tenantOf(ctx, { domain: 'rei', level: 'write' });

/** Statuses a person moves to by hand that close the benefit (its end date is recorded). */
const CLOSING: readonly ReiStatus[] = ['REVOKED', 'ENDED'];

export const MutationResolvers: Resolvers = {
  Mutation: {
    createReiApplication(_, { input }, ctx) {
      return createApplication(ctx, write(ctx), input);
    },

    updateReiApplication(_, args, ctx) {
      return updateApplication(ctx, write(ctx), args.id, args.input, args.expectedVersion);
    },

    runMunicipalChecks(_, args, ctx) {
      write(ctx);
      return runMunicipalChecks(ctx, args.id, args.expectedVersion);
    },

    recordCheck(_, args, ctx) {
      write(ctx);
      return recordCheck(ctx, args);
    },

    sendToInps(_, { ids }, ctx) {
      const tenantId = write(ctx);
      return sendToInps(ctx.em, ctx.services.files, tenantId, ids, ctx.principal!.name);
    },

    async recordInpsOutcome(_, args, ctx) {
      write(ctx);
      const application = await applicationForUpdate(ctx.em, args.id, args.expectedVersion);
      applyInpsOutcome(ctx.em, application, args.input, ctx.principal!.name);
      await ctx.em.flush();
      return application;
    },

    async transitionReiApplication(_, args, ctx) {
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

    saveReiProject(_, args, ctx) {
      return saveProject(ctx, write(ctx), args.applicationId, args.input, args.expectedVersion);
    },

    signReiProject(_, args, ctx) {
      write(ctx);
      return signProject(ctx, args.applicationId, args.signedAt);
    },

    logReiCommunication(_, args, ctx) {
      write(ctx);
      return logCommunication(ctx, args.applicationId, args.input);
    },
  },
};
