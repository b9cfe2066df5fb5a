import { randomUUID } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import {
  auditFileRead,
  BadUserInputError,
  declaredOversize,
  dropUnreadBody,
  fileRoute,
  ForbiddenError,
  inTenantTransaction,
  isUuid,
  NotFoundError,
  positiveNumberFromEnv,
  requestIdsOf,
  sendFileRouteError,
  UploadTooLargeError,
  type RequestCaller,
  type SubgraphDeps,
} from '@sisa/kernel';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { allows } from '../domain/caseAccess';
import { isCaseWritable } from '../domain/caseStatus';
import {
  acceptedType,
  DOCUMENT_KINDS_LIST,
  DOCUMENT_TITLE_MAX,
  DOCUMENT_TYPES,
  safeFileName,
  startsAs,
} from '../domain/documents';
import { CASEWORK_READ_AUDIT } from '../domain/readAudit';
import { CaseDocument } from '../entities/caseDocument.entity';
import { SocialCase } from '../entities/socialCase.entity';
import type { CaseworkServices } from '../context';
import { accessWithEm } from '../services/caseAccess';
import type { StagedDocument } from '../services/documentFiles';

export const DOCUMENTS_PATH = '/files/casework/documents';
const MB = 1024 * 1024;

/** Largest case document (`SISA_CASEWORK_DOCUMENT_MAX_MB`, default 20), in bytes. */
export function documentMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Math.floor(positiveNumberFromEnv(env, 'SISA_CASEWORK_DOCUMENT_MAX_MB', 20) * MB);
}

const query = (req: Request, name: string) =>
  typeof req.query[name] === 'string' ? (req.query[name] as string) : null;

/** The case locked, when the caller reads its content and it takes new documents. */
async function writableCase(
  em: EntityManager,
  caller: RequestCaller,
  caseId: string,
): Promise<SocialCase> {
  const socialCase = isUuid(caseId)
    ? await em.findOne(SocialCase, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!socialCase) throw new NotFoundError('Cartella sociale non trovata');
  const access = await accessWithEm(em, caller.principal, socialCase);
  if (access === 'NONE') throw new NotFoundError('Cartella sociale non trovata');
  if (!allows(access, 'CONTENT') || caller.principal.kind !== 'user')
    throw new ForbiddenError(
      'Solo l\u2019équipe del caso e i responsabili del servizio aggiungono documenti',
    );
  if (!isCaseWritable(socialCase.status))
    throw BadUserInputError.field(
      'caseId',
      'La cartella è chiusa: riaprirla per aggiungere documenti',
    );
  return socialCase;
}

/**
 * POST /files/casework/cases/<caseId>/documents?title=…&kind=…[&fileName=…] — the body is the file,
 * its Content-Type one of DOCUMENT_TYPES and its first bytes those of that type; at most
 * documentMaxBytes(). Checked before the body is read (access, title, kind, declared size), then
 * streamed to disk (hashed, counted, stopped at the limit) and recorded; the answer is the document.
 */
async function postDocument(
  deps: SubgraphDeps,
  services: CaseworkServices,
  req: Request,
  res: Response,
  caller: RequestCaller,
): Promise<void> {
  const { files } = services;
  const maxBytes = documentMaxBytes();
  const refuse = (status: number, message: string, field?: string) => {
    // The body may be still coming: this connection ends with the answer, never reused half-read.
    if (!req.complete && !res.headersSent) res.setHeader('connection', 'close');
    sendFileRouteError(
      res,
      status,
      'BAD_USER_INPUT',
      message,
      field ? { fieldErrors: [{ field, message }] } : {},
    );
    dropUnreadBody(req, maxBytes);
  };
  const oversize = declaredOversize(req.headers, maxBytes);
  if (oversize) return refuse(413, oversize.message);
  const type = acceptedType(req.headers['content-type']);
  if (!type)
    return refuse(
      415,
      `Tipo di file non ammesso: ${Object.values(DOCUMENT_TYPES)
        .map((t) => t.label)
        .join(', ')}`,
      'contentType',
    );
  const title = (query(req, 'title') ?? '').trim();
  if (!title || title.length > DOCUMENT_TITLE_MAX)
    return refuse(400, `Indicare un titolo (al massimo ${DOCUMENT_TITLE_MAX} caratteri)`, 'title');
  const kind = query(req, 'kind') ?? '';
  const ids = requestIdsOf(req.headers);
  const config = await services.config.forTenant(
    { authorization: req.headers.authorization ?? null, requestId: ids.requestId },
    caller.tenantId,
  );
  if (!config.listCodes(DOCUMENT_KINDS_LIST)?.has(kind))
    return refuse(400, `Tipo di documento sconosciuto: ${kind}`, 'kind');
  const caseId = String(req.params.caseId);
  const actor = caller.principal.name;
  try {
    await inTenantTransaction(
      deps.orm.em,
      caller.tenantId,
      (em) => writableCase(em, caller, caseId),
      actor,
    );
  } catch (error) {
    dropUnreadBody(req, maxBytes);
    throw error;
  }
  let staged: StagedDocument;
  try {
    staged = await files.stage(caller.tenantId, req, maxBytes);
  } catch (error) {
    if (error instanceof UploadTooLargeError) return refuse(413, error.message);
    throw error;
  }
  try {
    if (staged.size === 0 || !startsAs(type, staged.head))
      throw BadUserInputError.field(
        'contentType',
        `Il contenuto del file non è un ${DOCUMENT_TYPES[type]!.label}`,
      );
    const document = await inTenantTransaction(
      deps.orm.em,
      caller.tenantId,
      async (em) => {
        const socialCase = await writableCase(em, caller, caseId);
        const row = em.create(CaseDocument, {
          id: randomUUID(),
          tenantId: caller.tenantId,
          caseId: socialCase.id,
          title,
          kind,
          fileName: safeFileName(query(req, 'fileName')),
          contentType: type,
          size: staged.size,
          sha256: staged.sha256,
          uploadedAt: new Date(),
          uploadedById: caller.principal.subjectId,
          uploadedBy: actor,
        });
        await em.flush();
        // Moved into place inside the transaction: a failed move rolls the row back.
        files.keep(staged, caller.tenantId, row.id);
        return row;
      },
      actor,
    );
    res.status(201).json({
      id: document.id,
      title: document.title,
      kind: document.kind,
      fileName: document.fileName,
      contentType: document.contentType,
      size: document.size,
      sha256: document.sha256,
      url: `${DOCUMENTS_PATH}/${document.id}`,
    });
  } finally {
    files.discard(staged);
  }
}

/** GET /files/casework/documents/<id> — to who reads the case's content; every download audited. */
async function getDocument(
  deps: SubgraphDeps,
  { files }: CaseworkServices,
  req: Request,
  res: Response,
  caller: RequestCaller,
): Promise<void> {
  const id = String(req.params.id);
  const document = await inTenantTransaction(
    deps.orm.em,
    caller.tenantId,
    async (em) => {
      const row = isUuid(id) ? await em.findOne(CaseDocument, { id }) : null;
      const socialCase = row ? await em.findOne(SocialCase, { id: row.caseId }) : null;
      if (!row || !socialCase) throw new NotFoundError('Documento non trovato');
      const access = await accessWithEm(em, caller.principal, socialCase);
      if (access === 'NONE') throw new NotFoundError('Documento non trovato');
      if (!allows(access, 'CONTENT'))
        throw new ForbiddenError(
          'Solo l\u2019équipe del caso e i responsabili del servizio leggono i documenti',
        );
      await auditFileRead(
        em,
        'casework',
        CASEWORK_READ_AUDIT,
        { ...caller, ...requestIdsOf(req.headers) },
        `GET ${DOCUMENTS_PATH}`,
        { SocialCase: [socialCase.id] },
        ['SocialCase.documents'],
      );
      return row;
    },
    caller.principal.name,
  );
  const file = files.open(caller.tenantId, document.id);
  if (!file) throw new NotFoundError('Documento non trovato');
  res.setHeader('content-type', document.contentType);
  res.setHeader('content-length', String(document.size));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'no-store');
  res.setHeader(
    'content-disposition',
    `attachment; filename="${document.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
  );
  file.on('error', () => res.destroy());
  file.pipe(res);
}

/** The document routes, under the same token, session and access rules as the GraphQL API. */
export function mountDocumentRoutes(
  app: Express,
  deps: SubgraphDeps,
  services: CaseworkServices,
): void {
  const access = { domain: 'casework', level: 'read' } as const;
  app.post(
    '/files/casework/cases/:caseId/documents',
    fileRoute(deps, access, (req, res, caller) => postDocument(deps, services, req, res, caller)),
  );
  app.get(
    `${DOCUMENTS_PATH}/:id`,
    fileRoute(deps, access, (req, res, caller) => getDocument(deps, services, req, res, caller)),
  );
}
