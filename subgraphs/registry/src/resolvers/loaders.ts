import { byKeys, groupByKeys, loaderOf } from '@sisa/kernel';
import { Household } from '../entities/household.entity';
import { householdMemberRepository, householdRepository } from '../entities/household.repository';
import type { HouseholdMember } from '../entities/householdMember.entity';
import type { IseeAttestation } from '../entities/iseeAttestation.entity';
import { iseeAttestationRepository } from '../entities/iseeAttestation.repository';
import type { Revision, RevisionEntity } from '../entities/revision.entity';
import { revisionRepository } from '../entities/revision.repository';
import type { Subject } from '../entities/subject.entity';
import { subjectRepository } from '../entities/subject.repository';
import type { RegistryContext } from '../context';

// One SQL query per kind of data per request, however many parents ask (DataLoader batches them).

export const subjectLoader = (ctx: RegistryContext) =>
  loaderOf<string, Subject>(ctx, 'subject', async (ids) =>
    byKeys(ids, await subjectRepository.findByIds(ctx.em, ids), (s) => s.id),
  );

export const householdLoader = (ctx: RegistryContext) =>
  loaderOf<string, Household>(ctx, 'household', async (ids) =>
    byKeys(ids, await householdRepository.findByIds(ctx.em, ids), (h: Household) => h.id),
  );

/** Every membership period of a household, newest first. */
export const membersOfHousehold = (ctx: RegistryContext) =>
  loaderOf<string, HouseholdMember[]>(ctx, 'membersOfHousehold', async (ids) =>
    groupByKeys(
      ids,
      await householdMemberRepository.findByHouseholds(ctx.em, ids),
      (m) => m.household.id,
    ),
  );

/** Every membership period of a subject, newest first. */
export const membershipsOfSubject = (ctx: RegistryContext) =>
  loaderOf<string, HouseholdMember[]>(ctx, 'membershipsOfSubject', async (ids) =>
    groupByKeys(
      ids,
      await householdMemberRepository.findBySubjects(ctx.em, ids),
      (m) => m.subject.id,
    ),
  );

/** Every ISEE attestation of a household, newest DSU first. */
export const attestationsOfHousehold = (ctx: RegistryContext) =>
  loaderOf<string, IseeAttestation[]>(ctx, 'attestationsOfHousehold', async (ids) =>
    groupByKeys(
      ids,
      await iseeAttestationRepository.findByHouseholds(ctx.em, ids),
      (a) => a.household.id,
    ),
  );

/** The revisions of subjects or households, newest first. */
export const revisionsOf = (ctx: RegistryContext, entity: RevisionEntity) =>
  loaderOf<string, Revision[]>(ctx, `revisions:${entity}`, async (ids) =>
    groupByKeys(
      ids,
      await revisionRepository.findByEntities(ctx.em, entity, ids),
      (r) => r.entityId,
    ),
  );
