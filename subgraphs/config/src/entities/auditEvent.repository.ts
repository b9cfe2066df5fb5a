import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from './auditEvent.entity';

export interface AuditEventFilter {
  ids?: string[] | null;
  entity?: string | null;
  entityId?: string | null;
  actor?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export const auditEventRepository = {
  /** A tenant's events, or the platform's (`tenantId` null) — row-level security agrees. */
  list(
    em: EntityManager,
    tenantId: string | null,
    filter: AuditEventFilter,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[AuditEvent[], number]> {
    const where: Record<string, unknown> = { tenantId };
    if (filter.ids) where.id = { $in: filter.ids };
    for (const name of ['entity', 'entityId', 'actor', 'action'] as const) {
      if (filter[name]) where[name] = filter[name];
    }
    if (filter.from || filter.to)
      where.at = {
        ...(filter.from ? { $gte: filter.from } : {}),
        ...(filter.to ? { $lte: filter.to } : {}),
      };
    return em.findAndCount(AuditEvent, where, { orderBy, limit, offset, filters: false });
  },
};
