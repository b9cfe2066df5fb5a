import { todayInItaly } from '@sisa/italia';
import {
  BadUserInputError,
  checkExpectedVersion,
  NotFoundError,
  type EntityManager,
} from '@sisa/kernel';
import { computeDeadlines } from '../domain/deadlines';
import type { ReiStatus } from '../domain/statuses';
import { findTransition, refusalOf, type ReiAction } from '../domain/transitions';
import type { ReiApplication } from '../entities/reiApplication.entity';
import { applicationRepository } from '../entities/reiApplication.repository';
import { eventRepository } from '../entities/reiEvent.repository';

/** The application to change, locked; NOT_FOUND (also for another tenant's), CONFLICT on a stale version. */
export async function applicationForUpdate(
  em: EntityManager,
  id: string,
  expectedVersion?: number | null,
): Promise<ReiApplication> {
  const application = await applicationRepository.findForUpdate(em, id);
  if (!application) throw new NotFoundError('Domanda REI');
  if (expectedVersion != null) checkExpectedVersion(application.version, expectedVersion);
  return application;
}

/** Recomputes the earliest open due date, which the overdue filter and indicators compare with today. */
export function refreshNextDue(application: ReiApplication): void {
  application.nextDue = computeDeadlines(
    application.deadlineParameters,
    application,
    todayInItaly(),
  ).nextDue;
}

/**
 * Moves an application through the transition table (refusing, with the reason on `field`,
 * anything the table does not allow) and records the event: who, when, from → to, why. Every
 * operation records one, also when the status stays the same.
 */
export function moveApplication(
  em: EntityManager,
  application: ReiApplication,
  move: { to: ReiStatus; via: ReiAction; by: string; note?: string | null; field: string },
): void {
  const from = application.status;
  const refusal = refusalOf(from, move.to, move.via, move.note);
  if (refusal) throw BadUserInputError.field(move.field, refusal);
  application.status = move.to;
  refreshNextDue(application);
  eventRepository.record(em, {
    tenantId: application.tenantId,
    applicationId: application.id,
    action: move.via,
    from,
    to: move.to,
    by: move.by,
    note: move.note?.trim() || null,
  });
}

/** Records an operation that changes no status (project saved, communication logged…). */
export function noteOnApplication(
  em: EntityManager,
  application: ReiApplication,
  action: string,
  by: string,
  note: string | null,
): void {
  eventRepository.record(em, {
    tenantId: application.tenantId,
    applicationId: application.id,
    action,
    from: application.status,
    to: application.status,
    by,
    note,
  });
}

/** Records the creation of an application (null → DRAFT, the only way in). */
export function startApplication(em: EntityManager, application: ReiApplication, by: string): void {
  if (!findTransition(null, application.status, 'createReiApplication'))
    throw new Error(`Una domanda non nasce in stato ${application.status}`);
  refreshNextDue(application);
  eventRepository.record(em, {
    tenantId: application.tenantId,
    applicationId: application.id,
    action: 'createReiApplication',
    from: null,
    to: application.status,
    by,
  });
}
