import { byKeys, groupByKeys, loaderOf, inTurn } from '@sisa/kernel';
import { InpsExport } from '../entities/inpsExport.entity';
import type { ReiApplication } from '../entities/reiApplication.entity';
import { applicationRepository } from '../entities/reiApplication.repository';
import type { ReiEvent } from '../entities/reiEvent.entity';
import { eventRepository } from '../entities/reiEvent.repository';
import type { ReiIntervention } from '../entities/reiIntervention.entity';
import type { ReiProject } from '../entities/reiProject.entity';
import { interventionRepository, projectRepository } from '../entities/reiProject.repository';
import type { ReiContext } from '../context';

// One SQL query per kind of thing per request, however many parents ask (DataLoader).

export const applicationLoader = (ctx: ReiContext) =>
  loaderOf<string, ReiApplication>(ctx, 'application', async (ids) =>
    byKeys(ids, await inTurn(ctx, () => applicationRepository.findByIds(ctx.em, ids)), (a) => a.id),
  );

export const applicationsByApplicantLoader = (ctx: ReiContext) =>
  loaderOf<string, ReiApplication[]>(ctx, 'applicationsByApplicant', async (ids) =>
    groupByKeys(
      ids,
      await inTurn(ctx, () => applicationRepository.findByApplicants(ctx.em, ids)),
      (a) => a.applicantId,
    ),
  );

/** The applications whose project was signed on each cartella sociale. */
export const applicationsBySocialCaseLoader = (ctx: ReiContext) =>
  loaderOf<string, ReiApplication[]>(ctx, 'applicationsBySocialCase', async (ids) =>
    groupByKeys(
      ids,
      await inTurn(ctx, () => applicationRepository.findBySocialCases(ctx.em, ids)),
      (row) => row.caseId,
    ).map((rows) => rows.map((row) => row.application)),
  );

export const applicationsByHouseholdLoader = (ctx: ReiContext) =>
  loaderOf<string, ReiApplication[]>(ctx, 'applicationsByHousehold', async (ids) =>
    groupByKeys(
      ids,
      await inTurn(ctx, () => applicationRepository.findByHouseholds(ctx.em, ids)),
      (a) => a.householdId,
    ),
  );

export const applicationsByExportLoader = (ctx: ReiContext) =>
  loaderOf<string, ReiApplication[]>(ctx, 'applicationsByExport', async (ids) =>
    groupByKeys(
      ids,
      await inTurn(ctx, () => applicationRepository.findByExports(ctx.em, ids)),
      (a) => a.inpsExportId!,
    ),
  );

export const eventsLoader = (ctx: ReiContext) =>
  loaderOf<string, ReiEvent[]>(ctx, 'events', async (ids) =>
    groupByKeys(
      ids,
      await inTurn(ctx, () => eventRepository.findByApplications(ctx.em, ids)),
      (e) => e.application,
    ),
  );

export const projectLoader = (ctx: ReiContext) =>
  loaderOf<string, ReiProject>(ctx, 'project', async (ids) =>
    byKeys(
      ids,
      await inTurn(ctx, () => projectRepository.findByApplications(ctx.em, ids)),
      (p) => p.application,
    ),
  );

export const interventionsLoader = (ctx: ReiContext) =>
  loaderOf<string, ReiIntervention[]>(ctx, 'interventions', async (ids) =>
    groupByKeys(
      ids,
      await inTurn(ctx, () => interventionRepository.findByProjects(ctx.em, ids)),
      (i) => i.project,
    ),
  );

export const exportLoader = (ctx: ReiContext) =>
  loaderOf<string, InpsExport>(ctx, 'inpsExport', async (ids) =>
    byKeys(
      ids,
      await inTurn(ctx, () => ctx.em.find(InpsExport, { id: { $in: [...ids] } })),
      (e) => e.id,
    ),
  );
