import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Express, Request, Response } from 'express';
import {
  declaredOversize,
  dropUnreadBody,
  UploadTooLargeError,
  type SubgraphDeps,
} from '@sisa/kernel';
import { callerTenant, fail, UUID } from './fileAccess';
import { getRejects, getTemplate } from './importDownloads';
import { isFlowFileName } from '../domain/fileNaming';
import {
  EncodingRestart,
  type ImportFormat,
  readImportBatches,
  type TextEncoding,
  UnreadableFileError,
} from '../services/importSources';
import {
  createImportJob,
  ImportRefusedError,
  inTenant,
  runImport,
  type ImportCounts,
} from '../services/imports';
import {
  duplicateFileMessage,
  earlierImport,
  hashingUpload,
  SHA256_HEX,
  type EarlierImport,
} from '../services/importHash';
import { importLimitsFromEnv, type ImportLimits } from '../services/importLimits';
import { ImportSlots } from '../services/importSlots';
import { auditTransmissionDownload } from '../services/readAudit';
import type { SiussServices } from '../context';
import type { ImportColumn } from '../entities/importJob.entity';

const FORMATS = new Set(['csv', 'xlsx', 'txt']);
const ENCODINGS: Record<string, TextEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
};

/** What bounds the imports of this service: limits per file and slots across tenants. */
interface ImportGuard {
  limits: ImportLimits;
  slots: ImportSlots;
}

/** Answers before the body is all read: the rest is dropped (see `dropUnreadBody`). */
function refuseUpload(
  req: Request,
  res: Response,
  maxBytes: number,
  status: number,
  body: object,
): void {
  res.status(status).json(body);
  dropUnreadBody(req, maxBytes);
}

const query = (req: Request, name: string) =>
  typeof req.query[name] === 'string' ? (req.query[name] as string) : null;

/** The 409 body of a file the tenant already imported. */
const duplicateFileBody = (earlier: EarlierImport, jobId: string | null) => ({
  ...(jobId ? { jobId, status: 'FAILED' } : {}),
  code: 'DUPLICATE_FILE',
  error: duplicateFileMessage(earlier),
  duplicateOf: { jobId: earlier.jobId, createdAt: earlier.createdAt, fileName: earlier.fileName },
});

/**
 * POST /files/siuss/imports?format=csv|xlsx|txt[&layout=<id>][&encoding=utf-8|windows-1252][&jobId=<uuid>][&fileName=…][&sha256=<hex>][&confirmDuplicate=true]
 * The import runs while the body streams in; the answer `{ jobId, status, rows, accepted,
 * rejected, inserted, updated, unchanged }` comes when it is over. A client that wants a progress
 * bar chooses `jobId` itself and polls `importJob(id)` meanwhile.
 *
 * The same file (SHA-256 of its bytes) imported again by the tenant is refused with 409 and
 * `code: DUPLICATE_FILE` unless `confirmDuplicate=true`: at once when the client sends the
 * file's `sha256` (the console does), else once the file is read, before anything is committed.
 */
async function postImport(
  deps: SubgraphDeps,
  services: SiussServices,
  guard: ImportGuard,
  req: Request,
  res: Response,
): Promise<void> {
  const caller = await callerTenant(deps, req, res, 'write');
  if (!caller) return;
  const oversize = declaredOversize(req.headers, guard.limits.maxBytes);
  if (oversize)
    return refuseUpload(req, res, guard.limits.maxBytes, 413, { error: oversize.message });
  const format = (query(req, 'format') ?? 'csv').toLowerCase();
  if (!FORMATS.has(format)) return fail(res, 400, 'Formato non supportato: usare csv, xlsx o txt');
  const encodingParam = query(req, 'encoding');
  const encoding = encodingParam ? ENCODINGS[encodingParam.toLowerCase()] : null;
  if (encodingParam && !encoding)
    return fail(res, 400, 'Codifica non supportata: usare utf-8 o windows-1252');
  const jobId = query(req, 'jobId') ?? randomUUID();
  if (!UUID.test(jobId)) return fail(res, 400, 'jobId deve essere un UUID');
  const layoutId = query(req, 'layout');
  if (layoutId && !UUID.test(layoutId)) return fail(res, 400, 'Tracciato non trovato');
  const confirmDuplicate = query(req, 'confirmDuplicate') === 'true';
  const declaredHash = query(req, 'sha256')?.toLowerCase() ?? null;
  if (declaredHash && !SHA256_HEX.test(declaredHash))
    return fail(res, 400, 'sha256 deve essere di 64 cifre esadecimali');
  const { pool } = services;
  if (declaredHash && !confirmDuplicate) {
    const earlier = await inTenant(pool, caller.tenantId, (c) =>
      earlierImport(c, declaredHash, null),
    );
    if (earlier)
      return refuseUpload(req, res, guard.limits.maxBytes, 409, duplicateFileBody(earlier, null));
  }
  const layout = layoutId
    ? await inTenant(
        pool,
        caller.tenantId,
        async (c) =>
          (
            await c.query<{
              kind: 'COLUMN_MAPPING' | 'FIXED_WIDTH';
              columns: ImportColumn[];
              skip_first_line: boolean;
            }>('select kind, columns, skip_first_line from siuss.import_layout where id = $1', [
              layoutId,
            ])
          ).rows[0],
      )
    : undefined;
  if (layoutId && !layout) return fail(res, 404, 'Tracciato non trovato');
  const slot = guard.slots.take(caller.tenantId);
  if ('status' in slot) {
    res.setHeader('retry-after', String(slot.retryAfterSeconds));
    return refuseUpload(req, res, guard.limits.maxBytes, slot.status, { error: slot.message });
  }
  // One import of the tenant at a time, a few in all: given back however the import ends.
  try {
    const config = await deps.config.forTenant(
      {
        authorization: req.headers.authorization ?? null,
        requestId: (req.headers['x-request-id'] as string) ?? jobId,
      },
      caller.tenantId,
    );
    try {
      await createImportJob(pool, {
        id: jobId,
        tenantId: caller.tenantId,
        format,
        fileName: query(req, 'fileName')?.slice(0, 200) ?? null,
        layoutId,
        actor: caller.actor,
      });
    } catch {
      return fail(res, 409, 'Esiste già un\u2019importazione con questo jobId');
    }
    let earlier: EarlierImport | null = null;
    try {
      const upload = hashingUpload(req);
      const importFrom = (bytes: AsyncIterable<Buffer>, textEncoding?: TextEncoding | null) =>
        runImport(
          pool,
          {
            jobId,
            tenantId: caller.tenantId,
            actor: caller.actor,
            config,
            sha256: upload.digest,
            beforeCommit: async (client) => {
              const digest = upload.digest();
              if (confirmDuplicate || !digest) return;
              earlier = await earlierImport(client, digest, jobId);
              if (earlier) throw new ImportRefusedError(duplicateFileMessage(earlier));
            },
          },
          readImportBatches(bytes, {
            format: format as ImportFormat,
            encoding: textEncoding,
            layout: layout
              ? {
                  kind: layout.kind,
                  columns: layout.columns,
                  skipFirstLine: layout.skip_first_line,
                }
              : null,
            limits: guard.limits,
          }),
        );
      let counts: ImportCounts;
      try {
        counts = await importFrom(upload.bytes, encoding);
      } catch (error) {
        if (!(error instanceof EncodingRestart)) throw error;
        // Not UTF-8 after all (a byte further on said so): the copy of the upload, once more.
        try {
          counts = await importFrom(error.bytes(), error.encoding);
        } finally {
          await error.dispose();
        }
      }
      res.json({ jobId, status: 'COMPLETED', ...counts });
    } catch (error) {
      if (error instanceof ImportRefusedError && earlier)
        return refuseUpload(
          req,
          res,
          guard.limits.maxBytes,
          409,
          duplicateFileBody(earlier, jobId),
        );
      const readable = error instanceof UnreadableFileError;
      const tooLarge = error instanceof UploadTooLargeError;
      if ((error as { code?: string }).code === 'ECONNRESET')
        deps.logger.warn({ jobId }, 'import interrupted by the client');
      else if (!readable && !tooLarge) deps.logger.error({ err: error, jobId }, 'import failed');
      refuseUpload(req, res, guard.limits.maxBytes, tooLarge ? 413 : readable ? 422 : 500, {
        jobId,
        status: 'FAILED',
        error: readable || tooLarge ? error.message : 'Importazione non riuscita',
      });
    }
  } finally {
    slot.release();
  }
}

/** GET /files/siuss/transmissions/<id>/<name>.xml — only the tenant that made it. */
async function getTransmissionFile(
  deps: SubgraphDeps,
  services: SiussServices,
  req: Request,
  res: Response,
): Promise<void> {
  const caller = await callerTenant(deps, req, res, 'read');
  if (!caller) return;
  const id = String(req.params.id);
  const name = String(req.params.name);
  if (!UUID.test(id) || !isFlowFileName(name)) return fail(res, 404, 'File non trovato');
  const known = await inTenant(
    services.pool,
    caller.tenantId,
    async (c) =>
      (
        await c.query(
          'select 1 from siuss.transmission_file where transmission_id = $1 and name = $2',
          [id, name.slice(0, -'.xml'.length)],
        )
      ).rowCount,
  );
  if (!known) return fail(res, 404, 'File non trovato');
  const path = join(services.dataDir, 'siuss', caller.tenantId, id, name);
  const info = await stat(path).catch(() => null);
  if (!info) return fail(res, 404, 'File non trovato');
  await auditTransmissionDownload(deps, caller, req.headers, id, name);
  res.setHeader('content-type', 'application/xml; charset=utf-8');
  res.setHeader('content-length', String(info.size));
  res.setHeader('content-disposition', `attachment; filename="${name}"`);
  createReadStream(path).pipe(res);
}

function guarded(handler: (req: Request, res: Response) => Promise<void>, deps: SubgraphDeps) {
  return (req: Request, res: Response) => {
    handler(req, res).catch((error) => {
      deps.logger.error({ err: error }, 'file endpoint failed');
      fail(res, 500, 'Errore interno del server');
    });
  };
}

/** The file endpoints the gateway proxies under /files/siuss/. */
export function mountFileRoutes(app: Express, deps: SubgraphDeps, services: SiussServices): void {
  const limits = importLimitsFromEnv();
  const guard: ImportGuard = { limits, slots: new ImportSlots(limits.maxConcurrent) };
  app.post(
    '/files/siuss/imports',
    guarded((req, res) => postImport(deps, services, guard, req, res), deps),
  );
  app.get(
    '/files/siuss/imports/:jobId/:file',
    guarded((req, res) => getRejects(deps, services, req, res), deps),
  );
  app.get(
    '/files/siuss/import-templates/:file',
    guarded((req, res) => getTemplate(deps, services, req, res), deps),
  );
  app.get(
    '/files/siuss/transmissions/:id/:name',
    guarded((req, res) => getTransmissionFile(deps, services, req, res), deps),
  );
}
