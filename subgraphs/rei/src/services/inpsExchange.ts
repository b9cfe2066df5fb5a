import { randomUUID } from 'node:crypto';
import { todayInItaly } from '@sisa/italia';
import {
  BadUserInputError,
  NotFoundError,
  type EntityManager,
  type FieldError,
} from '@sisa/kernel';
import { EXPORT_HEADER, exportLine, type ExportRow } from '../domain/inpsFiles';
import { date } from '../domain/italianText';
import { findTransition, refusalOf } from '../domain/transitions';
import { InpsExport } from '../entities/inpsExport.entity';
import type { ReiApplication } from '../entities/reiApplication.entity';
import { applicationRepository } from '../entities/reiApplication.repository';
import type { ExportFiles } from './exportFiles';
import { moveApplication } from './lifecycle';

/** Most applications in one export (a comune sends its week's applications, not its archive). */
export const MAX_EXPORT_SIZE = 1000;

function exportRow(a: ReiApplication): ExportRow {
  return {
    protocollo: a.protocolNumber,
    data_presentazione: a.submittedAt,
    codice_fiscale_richiedente: a.applicantFiscalCode,
    cognome_nome_richiedente: a.applicantName,
    punto_accesso: a.accessPoint,
    componenti_nucleo: a.householdSize,
    protocollo_dsu: a.isee?.dsuProtocol ?? null,
    data_dsu: a.isee?.dsuDate ?? null,
    isee: a.isee?.isee ?? null,
    isr: a.isee?.isr ?? null,
    regole: a.rulesVersion,
    importo_mensile_stimato: a.monthlyAmount,
    primo_mese: a.firstMonth,
    ultimo_mese: a.lastMonth,
  };
}

/** Why an application cannot go in an export (null when it can). */
function notSendable(a: ReiApplication): string | null {
  if (!findTransition(a.status, 'SENT_TO_INPS', 'sendToInps'))
    return refusalOf(a.status, 'SENT_TO_INPS', 'sendToInps');
  const pending = a.checks.filter((c) => c.outcome === 'NOT_VERIFIABLE').map((c) => c.code);
  if (pending.length) return `Requisiti ancora da verificare a mano: ${pending.join(', ')}`;
  return null;
}

export function isSendable(a: ReiApplication): boolean {
  return notSendable(a) === null;
}

/**
 * Sends applications to INPS: all of them must have passed the checks (else nothing is sent and
 * each refusal is a field error `ids.<i>`); writes the export file, records the batch, and moves
 * every application to SENT_TO_INPS.
 */
export async function sendToInps(
  em: EntityManager,
  files: ExportFiles,
  tenantId: string,
  ids: readonly string[],
  by: string,
): Promise<InpsExport> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw BadUserInputError.field('ids', 'Indicare almeno una domanda');
  if (unique.length > MAX_EXPORT_SIZE)
    throw BadUserInputError.field('ids', `Al massimo ${MAX_EXPORT_SIZE} domande per invio`);
  const found = await applicationRepository.findManyForUpdate(em, unique);
  if (found.length !== unique.length) throw new NotFoundError('Domanda REI');
  const byId = new Map(found.map((a) => [a.id, a]));
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    const a = byId.get(id)!;
    const problem = notSendable(a);
    if (problem) errors.push({ field: `ids.${i}`, message: `${a.protocolNumber}: ${problem}` });
  });
  if (errors.length) throw new BadUserInputError(errors);

  const applications = [...found].sort(
    (a, b) =>
      a.submittedAt.localeCompare(b.submittedAt) ||
      a.protocolNumber.localeCompare(b.protocolNumber),
  );
  const exportId = randomUUID();
  const today = todayInItaly();
  const fileName = `REI_invio_INPS_${today}_${exportId.slice(0, 8)}.csv`;
  const { sizeBytes, sha256 } = await files.write(
    tenantId,
    exportId,
    (function* () {
      yield EXPORT_HEADER;
      for (const a of applications) yield exportLine(Object.values(exportRow(a)));
    })(),
  );
  const batch = em.create(InpsExport, {
    id: exportId,
    tenantId,
    createdBy: by,
    fileName,
    sizeBytes,
    sha256,
    applicationCount: applications.length,
  });
  for (const a of applications) {
    a.sentToInpsOn = today;
    a.inpsExportId = exportId;
    moveApplication(em, a, {
      to: 'SENT_TO_INPS',
      via: 'sendToInps',
      by,
      note: `Inviata con ${fileName}`,
      field: 'ids',
    });
  }
  await em.flush();
  return batch;
}

export interface InpsOutcomeData {
  outcome: 'ACCEPTED' | 'REJECTED';
  decidedOn: string;
  reference?: string | null;
  note?: string | null;
}

/** Why an outcome cannot be recorded on this application (null when it can), without changing it. */
export function outcomeProblem(
  a: ReiApplication,
  data: InpsOutcomeData,
): { field: string; message: string } | null {
  const refusal = refusalOf(a.status, data.outcome, 'recordInpsOutcome', data.note);
  if (refusal)
    return {
      field: findTransition(a.status, data.outcome, 'recordInpsOutcome')
        ? 'input.note'
        : 'input.outcome',
      message: refusal,
    };
  if (data.decidedOn > todayInItaly())
    return { field: 'input.decidedOn', message: 'La data dell\u2019esito non può essere futura' };
  if (a.sentToInpsOn && data.decidedOn < a.sentToInpsOn)
    return {
      field: 'input.decidedOn',
      message: `L\u2019esito non può precedere l\u2019invio all\u2019INPS (${date(a.sentToInpsOn)})`,
    };
  return null;
}

/** Records an INPS outcome (by hand or from an imported file). */
export function applyInpsOutcome(
  em: EntityManager,
  a: ReiApplication,
  data: InpsOutcomeData,
  by: string,
): void {
  const problem = outcomeProblem(a, data);
  if (problem) throw BadUserInputError.field(problem.field, problem.message);
  a.inpsOutcomeOn = data.decidedOn;
  a.inpsReference = data.reference?.trim() || a.inpsReference;
  a.inpsNote = data.note?.trim() || a.inpsNote;
  const label = data.outcome === 'ACCEPTED' ? 'accolta' : 'respinta';
  const note = [
    `Esito INPS del ${date(data.decidedOn)}: ${label}`,
    data.reference?.trim(),
    data.note?.trim(),
  ]
    .filter(Boolean)
    .join(' — ');
  moveApplication(em, a, {
    to: data.outcome,
    via: 'recordInpsOutcome',
    by,
    note,
    field: 'input.outcome',
  });
}
