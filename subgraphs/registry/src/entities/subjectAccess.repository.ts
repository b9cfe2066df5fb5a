import { isUuid } from '@sisa/kernel';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SubjectAccess, type SubjectAccessVia } from './subjectAccess.entity';

export interface SubjectRead {
  subjectId: string;
  via: SubjectAccessVia;
}

export interface Reader {
  tenantId: string;
  actor: string;
  actorKind: 'user' | 'client';
  actorId: string;
  requestId: string | null;
}

export interface SubjectAccessFilter {
  subjectId?: string | null;
  actor?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export const subjectAccessRepository = {
  /** Writes one audit row per read, all in one statement. */
  async recordReads(
    em: EntityManager,
    reader: Reader,
    reads: readonly SubjectRead[],
  ): Promise<void> {
    if (reads.length === 0) return;
    await em.execute(
      `insert into registry.subject_access (tenant_id, subject_id, at, actor, actor_kind, actor_id, via, request_id)
       select ?::uuid, (r->>'subjectId')::uuid, now(), ?, ?, ?, r->>'via', ?
         from jsonb_array_elements(?::jsonb) r`,
      [
        reader.tenantId,
        reader.actor,
        reader.actorKind,
        reader.actorId,
        reader.requestId,
        JSON.stringify(reads),
      ],
    );
  },

  async list(
    em: EntityManager,
    filter: SubjectAccessFilter,
    limit: number,
    offset: number,
  ): Promise<[SubjectAccess[], number]> {
    if (filter.subjectId && !isUuid(filter.subjectId)) return [[], 0];
    const where: Record<string, unknown> = {};
    if (filter.subjectId) where.subjectId = filter.subjectId;
    if (filter.actor) where.actor = filter.actor;
    if (filter.from || filter.to)
      where.at = {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lte: filter.to } : {}),
      };
    return em.findAndCount(SubjectAccess, where, {
      orderBy: { at: 'desc', id: 'desc' },
      limit,
      offset,
    });
  },
};
