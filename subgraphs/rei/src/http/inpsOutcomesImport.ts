import { pipeline } from 'node:stream';
import { parse } from 'csv-parse';
import {
  declaredOversize,
  dropUnreadBody,
  fileRoute,
  inTenantTransaction,
  noteTenantWrite,
  positiveNumberFromEnv,
  sendFileRouteError,
  uploadMaxBytes,
  UploadSizeLimit,
  UploadTooLargeError,
  type EntityManager,
  type SubgraphDeps,
} from '@sisa/kernel';
import type { Express, Request } from 'express';
import { OUTCOME_COLUMNS, readOutcomeRow, type OutcomeRow } from '../domain/inpsFiles';
import { applicationRepository } from '../entities/reiApplication.repository';
import { applyInpsOutcome, outcomeProblem } from '../services/inpsExchange';

export const INPS_OUTCOMES_PATH = '/files/rei/inps-outcomes';

/** Rows applied together (one lookup, one flush); the file streams through in such chunks. */
const CHUNK = 500;
const MAX_ROWS = 100_000;
const MAX_COLUMNS = 50;

/** Bounds of one upload: bytes (`SISA_UPLOAD_MAX_MB`) and characters of a line (`SISA_IMPORT_MAX_LINE_KB`). */
function uploadBounds(env: NodeJS.ProcessEnv = process.env) {
  return {
    maxBytes: uploadMaxBytes(env),
    maxLineChars: Math.floor(positiveNumberFromEnv(env, 'SISA_IMPORT_MAX_LINE_KB', 64)) * 1024,
  };
}

export interface ImportRowError {
  row: number;
  protocolNumber: string | null;
  message: string;
}

export interface OutcomeImportReport {
  rows: number;
  applied: number;
  rejected: number;
  errors: ImportRowError[];
}

class BadFile extends Error {}

async function applyChunk(
  em: EntityManager,
  chunk: { row: number; data: OutcomeRow }[],
  by: string,
  report: OutcomeImportReport,
): Promise<void> {
  const applications = await applicationRepository.findByProtocolNumbers(em, [
    ...new Set(chunk.map((c) => c.data.protocolNumber.toUpperCase())),
  ]);
  const byProtocol = new Map(applications.map((a) => [a.protocolNumber, a]));
  for (const { row, data } of chunk) {
    const reject = (message: string) =>
      report.errors.push({ row, protocolNumber: data.protocolNumber, message });
    const application = byProtocol.get(data.protocolNumber.toUpperCase());
    if (!application) reject('Nessuna domanda con questo protocollo');
    else if (
      data.fiscalCode &&
      application.applicantFiscalCode &&
      data.fiscalCode !== application.applicantFiscalCode
    )
      reject('Il codice fiscale non è quello del richiedente della domanda');
    else {
      const problem = outcomeProblem(application, data);
      if (problem) reject(problem.message);
      else {
        applyInpsOutcome(em, application, data, by);
        report.applied += 1;
      }
    }
  }
  await em.flush();
}

/** Streams the CSV through, applying it chunk by chunk in one tenant-bound transaction. */
async function importOutcomes(
  em: EntityManager,
  req: Request,
  by: string,
  bounds: ReturnType<typeof uploadBounds>,
): Promise<OutcomeImportReport> {
  const report: OutcomeImportReport = { rows: 0, applied: 0, rejected: 0, errors: [] };
  // Bytes are counted as they stream: past the limit the parser fails with UploadTooLargeError.
  // The request is piped, not part of the pipeline: a failure leaves it open, to be answered.
  const counted = req.pipe(new UploadSizeLimit(bounds.maxBytes));
  const parser = pipeline(
    counted,
    parse({
      bom: true,
      delimiter: [';', ','],
      max_record_size: bounds.maxLineChars,
      columns: (header: string[]) => {
        if (header.length > MAX_COLUMNS) throw new BadFile(`Al massimo ${MAX_COLUMNS} colonne`);
        const names = header.map((h) => h.trim().toLowerCase());
        const missing = OUTCOME_COLUMNS.required.filter((c) => !names.includes(c));
        if (missing.length) throw new BadFile(`Colonne mancanti: ${missing.join(', ')}`);
        return names;
      },
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }),
    () => undefined,
  );
  let chunk: { row: number; data: OutcomeRow }[] = [];
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    report.rows += 1;
    if (report.rows > MAX_ROWS) throw new BadFile(`Al massimo ${MAX_ROWS} righe per file`);
    const row = report.rows + 1; // the header is line 1
    const data = readOutcomeRow(record);
    if ('error' in data)
      report.errors.push({
        row,
        protocolNumber: record.protocollo?.trim() || null,
        message: data.error,
      });
    else chunk.push({ row, data });
    if (chunk.length >= CHUNK) {
      await applyChunk(em, chunk, by, report);
      chunk = [];
    }
  }
  if (chunk.length) await applyChunk(em, chunk, by, report);
  report.rejected = report.errors.length;
  report.errors.sort((a, b) => a.row - b.row);
  return report;
}

/**
 * `POST /files/rei/inps-outcomes` (body: the CSV INPS returned, columns `protocollo`, `esito`,
 * `data_esito`, optionally `codice_fiscale`, `riferimento`, `note`; `;` or `,`): records every
 * outcome it can match and reports, row by row, what it could not.
 */
export function mountInpsOutcomesImport(app: Express, deps: SubgraphDeps): void {
  app.post(
    INPS_OUTCOMES_PATH,
    fileRoute(deps, { domain: 'rei', level: 'write' }, async (req, res, caller) => {
      const bounds = uploadBounds();
      // Answered before the body is all read: the rest is dropped (see `dropUnreadBody`).
      const refuse = (status: number, error: string) => {
        sendFileRouteError(res, status, 'BAD_USER_INPUT', error);
        dropUnreadBody(req, bounds.maxBytes);
      };
      const oversize = declaredOversize(req.headers, bounds.maxBytes);
      if (oversize) return refuse(413, oversize.message);
      try {
        const report = await inTenantTransaction(
          deps.orm.em,
          caller.tenantId,
          (em) => importOutcomes(em, req, caller.principal.name, bounds),
          caller.principal.name,
        );
        noteTenantWrite(caller.tenantId);
        res.json(report);
      } catch (error) {
        if (error instanceof UploadTooLargeError) return refuse(413, error.message);
        const code = (error as { code?: unknown }).code;
        if (code === 'CSV_MAX_RECORD_SIZE')
          return refuse(
            422,
            `File non leggibile: la riga ${(error as { lines?: number }).lines ?? 1} supera ${bounds.maxLineChars} caratteri`,
          );
        const isCsv = code?.toString().startsWith('CSV_');
        if (error instanceof BadFile || isCsv)
          return sendFileRouteError(
            res,
            400,
            'BAD_USER_INPUT',
            `File non leggibile: ${(error as Error).message}`,
          );
        deps.logger.error({ err: error }, 'INPS outcome import failed');
        sendFileRouteError(res, 500, 'INTERNAL_SERVER_ERROR', 'Errore interno del server');
      }
    }),
  );
}
