import { byKeys, groupByKeys, loaderOf, inTurn } from '@sisa/kernel';
import type { Household } from '../entities/household.entity';
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

/** A loader of one record per id. */
function recordLoader<V>(
  ctx: RegistryContext,
  name: string,
  load: (ids: readonly string[]) => Promise<V[]>,
  idOf: (row: V) => string,
) {
  return loaderOf<string, V>(ctx, name, (ids) =>
    inTurn(ctx, async () => byKeys(ids, await load(ids), idOf)),
  );
}

/** A loader of the list of rows of each parent id. */
function listLoader<V>(
  ctx: RegistryContext,
  name: string,
  load: (ids: readonly string[]) => Promise<V[]>,
  parentOf: (row: V) => string,
) {
  return loaderOf<string, V[]>(ctx, name, (ids) =>
    inTurn(ctx, async () => groupByKeys(ids, await load(ids), parentOf)),
  );
}

export const subjectLoader = (ctx: RegistryContext) =>
  recordLoader<Subject>(
    ctx,
    'subject',
    (ids) => subjectRepository.findByIds(ctx.em, ids),
    (s) => s.id,
  );

export const householdLoader = (ctx: RegistryContext) =>
  recordLoader<Household>(
    ctx,
    'household',
    (ids) => householdRepository.findByIds(ctx.em, ids),
    (h) => h.id,
  );

/** Active subjects by fiscal code (federation key of the siuss subgraph). */
export const subjectByFiscalCodeLoader = (ctx: RegistryContext) =>
  recordLoader<Subject>(
    ctx,
    'subjectByFiscalCode',
    (codes) => subjectRepository.findByFiscalCodes(ctx.em, codes),
    (s) => s.fiscalCode,
  );

/** Every membership period of a household, newest first. */
export const membersOfHousehold = (ctx: RegistryContext) =>
  listLoader<HouseholdMember>(
    ctx,
    'membersOfHousehold',
    (ids) => householdMemberRepository.findByHouseholds(ctx.em, ids),
    (m) => m.household.id,
  );

/** Every membership period of a subject, newest first. */
export const membershipsOfSubject = (ctx: RegistryContext) =>
  listLoader<HouseholdMember>(
    ctx,
    'membershipsOfSubject',
    (ids) => householdMemberRepository.findBySubjects(ctx.em, ids),
    (m) => m.subject.id,
  );

/** Every ISEE attestation of a household, newest DSU first. */
export const attestationsOfHousehold = (ctx: RegistryContext) =>
  listLoader<IseeAttestation>(
    ctx,
    'attestationsOfHousehold',
    (ids) => iseeAttestationRepository.findByHouseholds(ctx.em, ids),
    (a) => a.household.id,
  );

/** The revisions of subjects or households, newest first. */
export const revisionsOf = (ctx: RegistryContext, entity: RevisionEntity) =>
  listLoader<Revision>(
    ctx,
    `revisions:${entity}`,
    (ids) => revisionRepository.findByEntities(ctx.em, entity, ids),
    (r) => r.entityId,
  );
