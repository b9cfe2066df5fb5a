import { randomUUID } from 'node:crypto';
import { todayInItaly } from '@sisa/italia';
import { BadUserInputError, FieldErrors, NotFoundError, tenantOf } from '@sisa/kernel';
import {
  checkMembershipEnd,
  checkNewMembership,
  extraHeads,
  isCurrent,
  repeatedSubjects,
  tooManyMembers,
  type MembershipPeriod,
} from '../domain/membershipRules';
import { Household } from '../entities/household.entity';
import { householdMemberRepository } from '../entities/household.repository';
import { HouseholdMember } from '../entities/householdMember.entity';
import { Subject } from '../entities/subject.entity';
import { subjectRepository } from '../entities/subject.repository';
import type { RegistryContext } from '../context';
import { RELATIONSHIP_LIST, relationshipCodes } from './customFields';
import { lockHousehold, recordHouseholdChange } from './householdChanges';

const WRITE = { domain: 'registry', level: 'write' } as const;

export interface NewMember {
  subjectId: string;
  relationship: string;
  since?: string | null;
}

const periodOf = (m: HouseholdMember): MembershipPeriod => ({
  householdId: m.household.id,
  subjectId: m.subject.id,
  since: m.since ?? null,
  until: m.until ?? null,
});

/** Subjects by id; an unknown id (or another tenant's, or an archived subject) is NOT_FOUND. */
async function activeSubjects(
  ctx: RegistryContext,
  ids: readonly string[],
): Promise<Map<string, Subject>> {
  const found = new Map((await subjectRepository.findByIds(ctx.em, ids)).map((s) => [s.id, s]));
  for (const id of ids)
    if (!found.get(id) || found.get(id)!.archivedAt) throw new NotFoundError('Soggetto');
  return found;
}

/**
 * Checks new members of a household (relationship codes, one intestatario, one household at a
 * time per person, dates) against its current members, and collects the errors.
 */
export async function checkNewMembers(
  ctx: RegistryContext,
  tenantId: string,
  members: readonly NewMember[],
  current: readonly HouseholdMember[],
  prefix: (i: number) => string,
) {
  const errors = new FieldErrors();
  const today = todayInItaly();
  const subjects = await activeSubjects(
    ctx,
    members.map((m) => m.subjectId),
  );
  const periods = (
    await householdMemberRepository.findBySubjects(ctx.em, [...subjects.keys()])
  ).map(periodOf);
  const codes = await relationshipCodes(ctx, tenantId);
  members.forEach((member, i) => {
    if (!codes) {
      errors.add(
        `${prefix(i)}relationship`,
        `L\u2019elenco dei rapporti di parentela («${RELATIONSHIP_LIST}») non è configurato: impossibile registrare componenti`,
      );
    } else if (!codes.has(member.relationship)) {
      errors.add(
        `${prefix(i)}relationship`,
        `Rapporto di parentela sconosciuto: ${member.relationship}`,
      );
    }
    const since = member.since ?? today;
    errors.addAll(
      checkNewMembership(
        {
          subjectId: member.subjectId,
          since,
          birthDate: subjects.get(member.subjectId)!.birthDate,
        },
        periods,
        today,
        prefix(i),
      ),
    );
  });
  for (const i of extraHeads(current, members)) {
    errors.add(`${prefix(i)}relationship`, 'Il nucleo ha già un intestatario della scheda');
  }
  for (const id of repeatedSubjects(members.map((m) => m.subjectId))) {
    errors.add(
      `${prefix(members.findIndex((m) => m.subjectId === id))}subjectId`,
      'Soggetto indicato più volte',
    );
  }
  return { errors, today };
}

export function addMember(
  ctx: RegistryContext,
  tenantId: string,
  householdId: string,
  member: NewMember,
  since: string,
): HouseholdMember {
  return ctx.em.create(HouseholdMember, {
    id: randomUUID(),
    tenantId,
    household: ctx.em.getReference(Household, householdId),
    subject: ctx.em.getReference(Subject, member.subjectId),
    relationship: member.relationship,
    since,
    until: null,
    createdAt: new Date(),
    createdBy: ctx.principal!.name,
    endedBy: null,
  });
}

export async function addHouseholdMember(
  ctx: RegistryContext,
  householdId: string,
  member: NewMember,
  expectedVersion?: number | null,
): Promise<Household> {
  const tenantId = tenantOf(ctx, WRITE);
  const household = await lockHousehold(ctx, householdId, expectedVersion);
  // Errors are on the mutation's own arguments (`subjectId`, `since`, `relationship`).
  const current = (await householdMemberRepository.findByHouseholds(ctx.em, [household.id])).filter(
    isCurrent,
  );
  const tooMany = tooManyMembers(current.length, 1);
  if (tooMany) throw BadUserInputError.field('subjectId', tooMany);
  const { errors, today } = await checkNewMembers(ctx, tenantId, [member], current, () => '');
  errors.throwIfAny();
  const since = member.since ?? today;
  addMember(ctx, tenantId, household.id, member, since);
  recordHouseholdChange(ctx, tenantId, household, 'MEMBER_ADDED', {
    [`members.${member.subjectId}`]: {
      from: null,
      to: { relationship: member.relationship, since, until: null },
    },
  });
  await ctx.em.flush();
  return household;
}

export async function removeHouseholdMember(
  ctx: RegistryContext,
  householdId: string,
  subjectId: string,
  until: string | null | undefined,
  expectedVersion?: number | null,
): Promise<Household> {
  const tenantId = tenantOf(ctx, WRITE);
  const household = await lockHousehold(ctx, householdId, expectedVersion);
  const membership = await householdMemberRepository.findOpen(ctx.em, household.id, subjectId);
  if (!membership)
    throw BadUserInputError.field('subjectId', 'Il soggetto non fa parte di questo nucleo');
  const end = until ?? todayInItaly();
  new FieldErrors()
    .addAll(checkMembershipEnd(periodOf(membership), end, todayInItaly(), 'until'))
    .throwIfAny();
  closeMembership(ctx, tenantId, household, membership, end);
  await ctx.em.flush();
  return household;
}

function closeMembership(
  ctx: RegistryContext,
  tenantId: string,
  household: Household,
  membership: HouseholdMember,
  until: string,
) {
  const before = {
    relationship: membership.relationship,
    since: membership.since ?? null,
    until: null,
  };
  membership.until = until;
  membership.endedBy = ctx.principal!.name;
  recordHouseholdChange(ctx, tenantId, household, 'MEMBER_REMOVED', {
    [`members.${membership.subject.id}`]: { from: before, to: { ...before, until } },
  });
}

/** An archived subject leaves the households they were in, today. */
export async function endMembershipsOfArchived(
  ctx: RegistryContext,
  tenantId: string,
  subjectId: string,
): Promise<void> {
  const today = todayInItaly();
  for (const membership of await householdMemberRepository.findOpenBySubject(ctx.em, subjectId)) {
    const household = await lockHousehold(ctx, membership.household.id);
    closeMembership(ctx, tenantId, household, membership, today);
  }
}
