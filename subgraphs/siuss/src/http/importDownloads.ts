import type { Request, Response } from 'express';
import ExcelJS from 'exceljs';
import { withTenant, type RequestCaller, type SubgraphDeps } from '@sisa/kernel';
import type { RawCell } from '../domain/importRow';
import {
  instructionRows,
  sampleRow,
  templateColumns,
  templateCsv,
  type TemplateLayout,
} from '../domain/importTemplate';
import {
  rawCellValue,
  REASONS_COLUMN,
  rejectsCsvHeader,
  rejectsCsvLine,
} from '../domain/rejectsFile';
import type { SiussServices } from '../context';
import {
  importJobRepository,
  importLayoutRepository,
  importRejectionRepository,
  type RejectedRow,
} from '../entities/importJob.repository';
import { notFound, UUID } from './fileAccess';
import { auditRejectsDownload } from '../services/readAudit';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE = 5000;

/** Writes `text`, waiting when the client reads slower than we write. */
async function send(res: Response, text: string): Promise<void> {
  if (!res.write(text)) await new Promise((resolve) => res.once('drain', resolve));
}

/** Every rejected row of the job, a page at a time (each page its own short transaction). */
async function* rejectedRows(
  services: SiussServices,
  tenantId: string,
  jobId: string,
): AsyncGenerator<RejectedRow[]> {
  let after = 0;
  for (;;) {
    const rows = await withTenant(services.pool, tenantId, (c) =>
      importRejectionRepository.pageAfter(c, jobId, after, PAGE),
    );
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.row_number;
  }
}

/**
 * GET /files/siuss/imports/<jobId>/rejects.csv|rejects.xlsx — the rejected rows as the file had
 * them (same header, same order of columns, the cells as they were) and a last column «Motivi»:
 * corrected, the file imports again as it is. The CSV is UTF-8 with a BOM (Excel opens it as
 * such) with the source's delimiter; the XLSX (for an XLSX source) keeps numbers and dates.
 * Jobs from before the cells were kept give `Riga;Motivi`.
 */
export async function getRejects(
  deps: SubgraphDeps,
  services: SiussServices,
  req: Request,
  res: Response,
  caller: RequestCaller,
): Promise<void> {
  const jobId = String(req.params.jobId);
  const file = String(req.params.file);
  if (!UUID.test(jobId) || (file !== 'rejects.csv' && file !== 'rejects.xlsx'))
    return notFound(res, 'Importazione non trovata');
  const job = await withTenant(services.pool, caller.tenantId, (c) =>
    importJobRepository.sourceOf(c, jobId),
  );
  if (!job) return notFound(res, 'Importazione non trovata');
  if (file === 'rejects.xlsx') {
    if (job.format !== 'xlsx' || !job.header)
      return notFound(res, 'File degli scarti in XLSX solo per importazioni da XLSX');
    await auditRejectsDownload(deps, caller, req.headers, jobId, file);
    return rejectsXlsx(services, caller.tenantId, jobId, job.header, res);
  }
  await auditRejectsDownload(deps, caller, req.headers, jobId, file);
  const delimiter = job.delimiter ?? ';';
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="scarti-${jobId}.csv"`);
  const header = job.header;
  await send(res, '\uFEFF' + (header ? rejectsCsvHeader(header, delimiter) : 'Riga;Motivi\r\n'));
  for await (const rows of rejectedRows(services, caller.tenantId, jobId)) {
    const text = rows
      .map((r) =>
        header && r.cells
          ? rejectsCsvLine(r.cells, r.reasons, header.length, delimiter)
          : rejectsCsvLine([r.row_number], r.reasons, header ? header.length : 1, delimiter),
      )
      .join('');
    await send(res, text);
  }
  res.end();
}

async function rejectsXlsx(
  services: SiussServices,
  tenantId: string,
  jobId: string,
  header: RawCell[],
  res: Response,
): Promise<void> {
  res.setHeader('content-type', XLSX_TYPE);
  res.setHeader('content-disposition', `attachment; filename="scarti-${jobId}.xlsx"`);
  // Streamed: the rows go out as they are read, the workbook is never whole in memory.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Scarti');
  const width = header.length;
  const values = (cells: readonly RawCell[], reasons: string) => {
    const out: (string | number | boolean | Date | null)[] = [];
    for (let i = 0; i < width; i++) out.push(rawCellValue(cells[i]));
    out.push(reasons);
    return out;
  };
  sheet.addRow(values(header, REASONS_COLUMN)).commit();
  for await (const rows of rejectedRows(services, tenantId, jobId))
    for (const r of rows) sheet.addRow(values(r.cells ?? [], r.reasons)).commit();
  sheet.commit();
  await workbook.commit();
}

/** The layout a template is for: null for the standard columns, undefined when unknown. */
async function templateLayout(
  services: SiussServices,
  tenantId: string,
  id: string,
): Promise<TemplateLayout | null | undefined> {
  if (id === 'standard') return null;
  if (!UUID.test(id)) return undefined;
  return withTenant(services.pool, tenantId, (c) => importLayoutRepository.forFiles(c, id));
}

/** The XLSX template: the sheet to fill (header, sample row, cells as text) and «Istruzioni». */
export async function templateXlsx(layout: TemplateLayout | null): Promise<Buffer> {
  const columns = templateColumns(layout);
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet('Prestazioni');
  data.columns = columns.map((c) => ({
    header: c.name,
    width: Math.max(12, c.name.length + 2),
    // Text: codes keep their leading zeros (03, 015146), dates and amounts stay as written.
    style: { numFmt: '@' },
  }));
  data.getRow(1).font = { bold: true };
  data.addRow(sampleRow(columns));
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet('Istruzioni');
  for (const row of instructionRows(columns)) help.addRow(row);
  help.getRow(1).font = { bold: true };
  help.columns.forEach((column, i) => (column.width = [28, 60, 12, 50, 30, 30][i] ?? 20));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * GET /files/siuss/import-templates/<standard|layoutId>.csv|.xlsx — a file to fill: the header
 * row (the standard columns, or the layout's) and a sample row; the XLSX also explains each column
 * in a sheet «Istruzioni».
 */
export async function getTemplate(
  services: SiussServices,
  req: Request,
  res: Response,
  caller: RequestCaller,
): Promise<void> {
  const match = /^([A-Za-z0-9-]+)\.(csv|xlsx)$/.exec(String(req.params.file));
  const layout = match ? await templateLayout(services, caller.tenantId, match[1]!) : undefined;
  if (layout === undefined) return notFound(res, 'Tracciato non trovato');
  const name = `modello-importazione-siuss.${match![2]}`;
  res.setHeader('content-disposition', `attachment; filename="${name}"`);
  if (match![2] === 'csv') {
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.send(templateCsv(templateColumns(layout)));
  } else {
    res.setHeader('content-type', XLSX_TYPE);
    res.send(await templateXlsx(layout));
  }
}
