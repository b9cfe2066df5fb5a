import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Express, Request, Response } from 'express';
import {
  declaredOversize,
  dropUnreadBody,
  fileRoute,
  sendFileRouteError,
  UploadTooLargeError,
  withTenant,
  type RequestCaller,
  type SubgraphDeps,
} from '@sisa/kernel';
import { badRequest, notFound, UUID } from './fileAccess';
import { getRejects, getTemplate } from './importDownloads';
import { isFlowFileName } from '../domain/fileNaming';
import {
  EncodingRestart,
  type ImportFormat,
  readImportBatches,
  type SourceOptions,
  type TextEncoding,
  UnreadableFileError,
} from '../services/importSources';
import { createImportJob, failImportJob } from '../services/imports';
import { uploadPath } from '../services/importQueue';
import { duplicateFileMessage, hashingUpload, SHA256_HEX } from '../services/importHash';
import type { ImportLimits } from '../services/importLimits';
import { importSlots, type TenantSlots } from '../services/tenantSlots';
import { auditTransmissionDownload } from '../services/readAudit';
import type { SiussServices } from '../context';
import {
  importJobRepository,
  importLayoutRepository,
  type EarlierImport,
} from '../entities/importJob.repository';
import { transmissionRepository } from '../entities/transmission.repository';

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
  slots: TenantSlots;
}

/**
 * Answers with the kernel's error body before the body is all read: the rest is dropped (see
 * `dropUnreadBody`).
 */
function refuseUpload(
  req: Request,
  res: Response,
  maxBytes: number,
  status: number,
  code: string,
  error: string,
  extra: Record<string, unknown> = {},
): void {
  sendFileRouteError(res, status, code, error, extra);
  dropUnreadBody(req, maxBytes);
}

const query = (req: Request, name: string) =>
  typeof req.query[name] === 'string' ? (req.query[name] as string) : null;

/** 409 `DUPLICATE_FILE`: a file the tenant already imported. */
const refuseDuplicate = (
  req: Request,
  res: Response,
  maxBytes: number,
  earlier: EarlierImport,
  jobId: string | null,
) =>
  refuseUpload(req, res, maxBytes, 409, 'DUPLICATE_FILE', duplicateFileMessage(earlier), {
    ...(jobId ? { jobId, status: 'FAILED' } : {}),
    duplicateOf: { jobId: earlier.jobId, createdAt: earlier.createdAt, fileName: earlier.fileName },
  });

/**
 * Stores the upload at `path` while reading it as the import will (the same limits: size, line
 * length, columns, XLSX entries): a file that cannot be read is refused by the request as soon as
 * its fault arrives, never queued. Not UTF-8 after all: the rest is stored, the worker reads it as
 * Windows-1252.
 */
async function storeReadable(
  bytes: AsyncIterable<Buffer>,
  path: string,
  options: SourceOptions,
): Promise<void> {
  const file = createWriteStream(path);
  async function* storing(): AsyncGenerator<Buffer> {
    for await (const chunk of bytes) {
      if (!file.write(chunk)) await once(file, 'drain');
      yield chunk;
    }
  }
  try {
    try {
      for await (const batch of readImportBatches(storing(), options)) void batch;
    } catch (error) {
      if (!(error instanceof EncodingRestart)) throw error;
      await error.dispose();
    }
  } finally {
    file.end();
    await finished(file);
  }
}

const TENANT_IMPORT_RUNNING =
  'È già in corso un\u2019importazione per questo ente: riprovare quando sarà terminata';

/** How often a request that waits for its import reads the job. */
const WAIT_POLL_MS = 200;

/**
 * POST /files/siuss/imports?format=csv|xlsx|txt[&layout=<id>][&encoding=utf-8|windows-1252][&jobId=<uuid>][&fileName=…][&sha256=<hex>][&confirmDuplicate=true]
 * The upload is stored in the data dir while it streams in (size limit, SHA-256), the job is
 * recorded RUNNING and queued; a worker of any replica imports the file (see ImportQueue). With
 * `Prefer: respond-async` the answer is at once: 202 `{ jobId, status: 'RUNNING' }`, the client
 * polls `importJob(id)`. Without it the request waits for the job and answers as before
 * `{ jobId, status, rows, accepted, rejected, inserted, updated, unchanged }` (422 for a file
 * that cannot be read); a client that wants a progress bar chooses `jobId` and polls meanwhile.
 *
 * The same file (SHA-256 of its bytes) imported again by the tenant is refused with 409 and
 * `code: DUPLICATE_FILE` unless `confirmDuplicate=true`: at once when the client sends the
 * file's `sha256` (the console does), else once the file is stored, before it is queued.
 */
async function postImport(
  deps: SubgraphDeps,
  services: SiussServices,
  guard: ImportGuard,
  req: Request,
  res: Response,
  caller: RequestCaller,
): Promise<void> {
  const { maxBytes } = guard.limits;
  const oversize = declaredOversize(req.headers, maxBytes);
  if (oversize) return refuseUpload(req, res, maxBytes, 413, 'BAD_USER_INPUT', oversize.message);
  const format = (query(req, 'format') ?? 'csv').toLowerCase();
  if (!FORMATS.has(format)) return badRequest(res, 'Formato non supportato: usare csv, xlsx o txt');
  const encodingParam = query(req, 'encoding');
  const encoding = encodingParam ? ENCODINGS[encodingParam.toLowerCase()] : null;
  if (encodingParam && !encoding)
    return badRequest(res, 'Codifica non supportata: usare utf-8 o windows-1252');
  const jobId = query(req, 'jobId') ?? randomUUID();
  if (!UUID.test(jobId)) return badRequest(res, 'jobId deve essere un UUID');
  const layoutId = query(req, 'layout');
  if (layoutId && !UUID.test(layoutId)) return badRequest(res, 'Tracciato non trovato');
  const confirmDuplicate = query(req, 'confirmDuplicate') === 'true';
  const declaredHash = query(req, 'sha256')?.toLowerCase() ?? null;
  if (declaredHash && !SHA256_HEX.test(declaredHash))
    return badRequest(res, 'sha256 deve essere di 64 cifre esadecimali');
  const respondAsync = /\brespond-async\b/i.test(String(req.headers.prefer ?? ''));
  const { pool } = services;
  const { tenantId } = caller;
  const actor = caller.principal.name;
  if (declaredHash && !confirmDuplicate) {
    const earlier = await withTenant(pool, tenantId, (c) =>
      importJobRepository.earlierImportOfFile(c, declaredHash, null),
    );
    if (earlier) return refuseDuplicate(req, res, maxBytes, earlier, null);
  }
  const layout = layoutId
    ? await withTenant(pool, tenantId, (c) => importLayoutRepository.forFiles(c, layoutId))
    : undefined;
  if (layoutId && !layout) return notFound(res, 'Tracciato non trovato');
  // An asynchronous answer gives the slot back at once: one import of the tenant in the queue
  // at a time, whichever replica took it.
  if (respondAsync && (await services.imports.hasQueued(tenantId))) {
    res.setHeader('retry-after', '60');
    return refuseUpload(req, res, maxBytes, 429, 'RATE_LIMITED', TENANT_IMPORT_RUNNING, {
      retryAfterSeconds: 60,
    });
  }
  const slot = guard.slots.take(tenantId);
  if ('status' in slot) {
    res.setHeader('retry-after', String(slot.retryAfterSeconds));
    return refuseUpload(req, res, maxBytes, slot.status, 'RATE_LIMITED', slot.message, {
      retryAfterSeconds: slot.retryAfterSeconds,
    });
  }
  // One import of the tenant at a time, a few in all: given back once the upload is queued
  // (asynchronous answer) or the import is over.
  const path = uploadPath(services.dataDir, tenantId, jobId);
  let queueId: string | null = null;
  try {
    const config = await deps.config.forTenant(
      {
        authorization: req.headers.authorization ?? null,
        requestId: (req.headers['x-request-id'] as string) ?? jobId,
      },
      tenantId,
    );
    try {
      await createImportJob(pool, {
        id: jobId,
        tenantId,
        format,
        fileName: query(req, 'fileName')?.slice(0, 200) ?? null,
        layoutId,
        actor,
      });
    } catch {
      return sendFileRouteError(
        res,
        409,
        'CONFLICT',
        'Esiste già un\u2019importazione con questo jobId',
      );
    }
    try {
      const upload = hashingUpload(req);
      await mkdir(dirname(path), { recursive: true });
      await storeReadable(upload.bytes, path, {
        format: format as ImportFormat,
        encoding,
        layout: layout ?? null,
        limits: guard.limits,
      });
      const sha256 = upload.digest();
      if (!sha256) throw new Error('upload not read to its end');
      if (!confirmDuplicate) {
        const earlier = await withTenant(pool, tenantId, (c) =>
          importJobRepository.earlierImportOfFile(c, sha256, jobId),
        );
        if (earlier) {
          await failImportJob(pool, tenantId, jobId, duplicateFileMessage(earlier), sha256);
          return refuseDuplicate(req, res, maxBytes, earlier, jobId);
        }
      }
      queueId = await services.imports.enqueue({
        jobId,
        tenantId,
        actor,
        format: format as ImportFormat,
        encoding: encoding ?? null,
        layoutId,
        confirmDuplicate,
        sha256,
        config: {
          version: config.version,
          definitions: config.definitions,
          valueLists: config.valueLists,
          patronSaintDay: config.patronSaintDay,
        },
      });
    } catch (error) {
      const readable = error instanceof UnreadableFileError;
      const tooLarge = error instanceof UploadTooLargeError;
      if ((error as { code?: string }).code === 'ECONNRESET')
        deps.logger.warn({ jobId }, 'import interrupted by the client');
      else if (!readable && !tooLarge)
        deps.logger.error({ err: error, jobId }, 'import upload failed');
      const message = readable || tooLarge ? error.message : 'Importazione non riuscita';
      await failImportJob(
        pool,
        tenantId,
        jobId,
        `Importazione non riuscita, nessun record importato: ${message}`.slice(0, 1000),
        null,
      ).catch(() => undefined);
      return refuseUpload(
        req,
        res,
        maxBytes,
        tooLarge ? 413 : readable ? 422 : 500,
        readable || tooLarge ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR',
        message,
        { jobId, status: 'FAILED' },
      );
    }
    if (respondAsync) {
      res.status(202).json({ jobId, status: 'RUNNING' });
      return;
    }
    const end = await services.imports.ended(queueId, WAIT_POLL_MS);
    if (end && 'refused' in end) {
      if (end.duplicateOf) return refuseDuplicate(req, res, maxBytes, end.duplicateOf, jobId);
      return sendFileRouteError(res, 422, 'BAD_USER_INPUT', end.refused, {
        jobId,
        status: 'FAILED',
      });
    }
    const job = await withTenant(pool, tenantId, (c) => importJobRepository.countsOf(c, jobId));
    if (!end || job?.status !== 'COMPLETED')
      return sendFileRouteError(res, 500, 'INTERNAL_SERVER_ERROR', 'Importazione non riuscita', {
        jobId,
        status: 'FAILED',
      });
    res.json({ jobId, ...job });
  } finally {
    slot.release();
    if (!queueId) await rm(path, { force: true });
  }
}

/** GET /files/siuss/transmissions/<id>/<name>.xml — only the tenant that made it. */
async function getTransmissionFile(
  deps: SubgraphDeps,
  services: SiussServices,
  req: Request,
  res: Response,
  caller: RequestCaller,
): Promise<void> {
  const id = String(req.params.id);
  const name = String(req.params.name);
  if (!UUID.test(id) || !isFlowFileName(name)) return notFound(res, 'File non trovato');
  const known = await withTenant(services.pool, caller.tenantId, (c) =>
    transmissionRepository.hasFile(c, id, name.slice(0, -'.xml'.length)),
  );
  if (!known) return notFound(res, 'File non trovato');
  const path = join(services.dataDir, 'siuss', caller.tenantId, id, name);
  const info = await stat(path).catch(() => null);
  if (!info) return notFound(res, 'File non trovato');
  await auditTransmissionDownload(deps, caller, req.headers, id, name);
  res.setHeader('content-type', 'application/xml; charset=utf-8');
  res.setHeader('content-length', String(info.size));
  res.setHeader('content-disposition', `attachment; filename="${name}"`);
  createReadStream(path).pipe(res);
}

/** The file endpoints the gateway proxies under /files/siuss/. */
export function mountFileRoutes(app: Express, deps: SubgraphDeps, services: SiussServices): void {
  const guard: ImportGuard = {
    limits: services.importLimits,
    slots: importSlots(services.importLimits.maxConcurrent),
  };
  const read = { domain: 'siuss', level: 'read' } as const;
  const write = { domain: 'siuss', level: 'write' } as const;
  app.post(
    '/files/siuss/imports',
    fileRoute(deps, write, (req, res, caller) =>
      postImport(deps, services, guard, req, res, caller),
    ),
  );
  app.get(
    '/files/siuss/imports/:jobId/:file',
    fileRoute(deps, read, (req, res, caller) => getRejects(deps, services, req, res, caller)),
  );
  app.get(
    '/files/siuss/import-templates/:file',
    fileRoute(deps, read, (req, res, caller) => getTemplate(services, req, res, caller)),
  );
  app.get(
    '/files/siuss/transmissions/:id/:name',
    fileRoute(deps, read, (req, res, caller) =>
      getTransmissionFile(deps, services, req, res, caller),
    ),
  );
}
