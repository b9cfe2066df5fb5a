import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReiStatus } from '../domain/statuses';
import type { ReiAction } from '../domain/transitions';
import { ReiEvent } from './reiEvent.entity';

export const eventRepository = {
  findByApplications(em: EntityManager, applicationIds: readonly string[]): Promise<ReiEvent[]> {
    return em.find(
      ReiEvent,
      { application: { $in: [...applicationIds] } },
      { orderBy: { at: 'asc', id: 'asc' } },
    );
  },

  record(
    em: EntityManager,
    event: {
      tenantId: string;
      applicationId: string;
      action: ReiAction | string;
      from: ReiStatus | null;
      to: ReiStatus;
      by: string;
      note?: string | null;
      at?: Date;
    },
  ): ReiEvent {
    return em.create(ReiEvent, {
      id: randomUUID(),
      tenantId: event.tenantId,
      application: event.applicationId,
      at: event.at ?? new Date(),
      by: event.by,
      action: event.action,
      fromStatus: event.from,
      toStatus: event.to,
      note: event.note ?? null,
    });
  },
};
