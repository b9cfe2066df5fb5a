import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Express, Request, Response } from 'express';
import {
  auditFileRead,
  BadUserInputError,
  fileRoute,
  ForbiddenError,
  inTenantTransaction,
  isUuid,
  NotFoundError,
  requestIdsOf,
  type RequestCaller,
  type SubgraphDeps,
} from '@sisa/kernel';
import { addDays, startOfDayInItaly } from '@sisa/italia';
import { allows, CASE_SUPERVISOR } from '../domain/caseAccess';
import { CASEWORK_READ_AUDIT } from '../domain/readAudit';
import { DiaryEntry } from '../entities/diaryEntry.entity';
import { SocialCase } from '../entities/socialCase.entity';
import type { CaseworkServices } from '../context';
import { accessWithEm } from '../services/caseAccess';
import { printDiaryInThread } from '../services/diaryPdfThread';
import { DIARY_KINDS_LIST } from '../services/diaryWrites';

/** Most entries one printout holds: a longer diary is printed a period at a time. */
export const DIARY_PRINT_MAX_ENTRIES = 2000;
/** Most characters of text one printout holds (about 1,500 pages). */
export const DIARY_PRINT_MAX_CHARACTERS = 3_000_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayParam(req: Request, name: 'from' | 'to'): string | null {
  const value = req.query[name];
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !DAY.test(value) || Number.isNaN(Date.parse(value)))
    throw BadUserInputError.field(name, 'Data nel formato AAAA-MM-GG');
  return value;
}

/**
 * GET /files/casework/cases/<caseId>/diary.pdf[?from=AAAA-MM-GG][&to=AAAA-MM-GG] — the signed
 * entries of the period the caller may read (RESTRICTED ones only for their author, the case's
 * responsible and supervisors), oldest first, as a PDF. A printout is a read of the diary: audited.
 */
async function getDiaryPdf(
  deps: SubgraphDeps,
  services: CaseworkServices,
  req: Request,
  res: Response,
  caller: RequestCaller,
): Promise<void> {
  const from = dayParam(req, 'from');
  const to = dayParam(req, 'to');
  if (from && to && to < from)
    throw BadUserInputError.field('to', 'La fine del periodo precede l\u2019inizio');
  const caseId = String(req.params.caseId);
  const { principal } = caller;
  const { socialCase, entries } = await inTenantTransaction(
    deps.orm.em,
    caller.tenantId,
    async (em) => {
      const found = isUuid(caseId) ? await em.findOne(SocialCase, { id: caseId }) : null;
      if (!found) throw new NotFoundError('Cartella sociale non trovata');
      const access = await accessWithEm(em, principal, found);
      if (access === 'NONE') throw new NotFoundError('Cartella sociale non trovata');
      if (!allows(access, 'CONTENT') || principal.kind !== 'user')
        throw new ForbiddenError(
          'Solo l\u2019équipe del caso e i responsabili del servizio leggono il diario',
        );
      const readsRestricted =
        principal.roles.includes(CASE_SUPERVISOR) || principal.subjectId === found.responsibleId;
      const where: FilterQuery<DiaryEntry> = {
        caseId: found.id,
        signedAt: { $ne: null },
        ...(readsRestricted
          ? {}
          : { $or: [{ confidentiality: 'NORMAL' }, { authorId: principal.subjectId }] }),
        ...(from || to
          ? {
              occurredAt: {
                ...(from ? { $gte: startOfDayInItaly(from) } : {}),
                ...(to ? { $lt: startOfDayInItaly(addDays(to, 1)) } : {}),
              },
            }
          : {}),
      };
      // How much there is, before any text is read: a printout is bounded in entries and text.
      const [size] = await em
        .createQueryBuilder(DiaryEntry)
        .select([
          raw('count(*)::int as entries'),
          raw('coalesce(sum(length(text)), 0)::bigint as characters'),
        ])
        .where(where)
        .execute<{ entries: number; characters: string }[]>('all', false);
      if ((size?.entries ?? 0) > DIARY_PRINT_MAX_ENTRIES)
        throw BadUserInputError.field(
          'from',
          `Più di ${DIARY_PRINT_MAX_ENTRIES.toLocaleString('it-IT')} annotazioni: stampare un periodo più breve`,
        );
      if (Number(size?.characters ?? 0) > DIARY_PRINT_MAX_CHARACTERS)
        throw BadUserInputError.field(
          'from',
          `Più di ${DIARY_PRINT_MAX_CHARACTERS.toLocaleString('it-IT')} caratteri di testo: stampare un periodo più breve`,
        );
      const rows = await em.find(DiaryEntry, where, {
        orderBy: { occurredAt: 'asc', id: 'asc' },
        limit: DIARY_PRINT_MAX_ENTRIES,
      });
      await auditFileRead(
        em,
        'casework',
        CASEWORK_READ_AUDIT,
        { ...caller, ...requestIdsOf(req.headers) },
        'GET /files/casework/cases/diary.pdf',
        { SocialCase: [found.id] },
        ['SocialCase.diary'],
      );
      return { socialCase: found, entries: rows };
    },
    principal.name,
  );
  const config = await services.config.forTenant(
    {
      authorization: req.headers.authorization ?? null,
      requestId: requestIdsOf(req.headers).requestId,
    },
    caller.tenantId,
  );
  const kindLabels = Object.fromEntries(
    [...new Set(entries.map((e) => e.kind))].map((code) => [
      code,
      config.label(DIARY_KINDS_LIST, code),
    ]),
  );
  const pdf = printDiaryInThread(
    entries.map((e) => ({
      id: e.id,
      occurredAt: e.occurredAt,
      kind: e.kind,
      text: e.text,
      authorName: e.authorName,
      signedAt: e.signedAt,
      confidentiality: e.confidentiality,
      participants: [...e.participants],
      amendsId: e.amendsId,
    })),
    {
      caseNumber: socialCase.number,
      from,
      to,
      printedBy: principal.name,
      printedAt: new Date(),
      kindLabels,
    },
  );
  res.setHeader('content-type', 'application/pdf');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader(
    'content-disposition',
    `attachment; filename="diario-${socialCase.number.replace(/\//g, '-')}.pdf"`,
  );
  pdf.on('error', () => res.destroy());
  pdf.pipe(res);
}

/** The printable diary, under the same token, session and access rules as the GraphQL API. */
export function mountDiaryPrint(
  app: Express,
  deps: SubgraphDeps,
  services: CaseworkServices,
): void {
  app.get(
    '/files/casework/cases/:caseId/diary.pdf',
    fileRoute(deps, { domain: 'casework', level: 'read' }, (req, res, caller) =>
      getDiaryPdf(deps, services, req, res, caller),
    ),
  );
}
