import {
  auditFileRead,
  fileRoute,
  inTenantTransaction,
  NotFoundError,
  requestIdsOf,
  type SubgraphDeps,
} from '@sisa/kernel';
import type { Express } from 'express';
import { InpsExport } from '../entities/inpsExport.entity';
import { REI_READ_AUDIT } from '../domain/readAudit';
import { applicationRepository } from '../entities/reiApplication.repository';
import type { ReiServices } from '../context';

export const EXPORTS_PATH = '/files/rei/exports';

/**
 * `GET /files/rei/exports/<id>`: the INPS export file, only for the tenant that produced it
 * (the record is read under row-level security, so another tenant's id is simply not found).
 * A download is a read of its applications (with their ISEE and benefit): one `read_audit` row.
 */
export function mountExportDownload(app: Express, deps: SubgraphDeps, services: ReiServices): void {
  app.get(
    `${EXPORTS_PATH}/:id`,
    fileRoute(deps, { domain: 'rei', level: 'read' }, async (req, res, caller) => {
      const id = String(req.params.id);
      const batch = /^[0-9a-f-]{36}$/.test(id)
        ? await inTenantTransaction(
            deps.orm.em,
            caller.tenantId,
            (em) => em.findOne(InpsExport, { id }),
            caller.principal.name,
          )
        : null;
      const file = batch ? services.files.open(caller.tenantId, batch.id) : null;
      if (!batch || !file) throw new NotFoundError('File');
      await inTenantTransaction(
        deps.orm.em,
        caller.tenantId,
        async (em) =>
          auditFileRead(
            em,
            'rei',
            REI_READ_AUDIT,
            { ...caller, ...requestIdsOf(req.headers) },
            `GET ${EXPORTS_PATH}`,
            {
              ReiApplication: (await applicationRepository.findByExports(em, [batch.id])).map(
                (a) => a.id,
              ),
            },
            ['ReiApplication.iseeUsed', 'ReiApplication.benefit'],
          ),
        caller.principal.name,
      );
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-length', String(batch.sizeBytes));
      res.setHeader('content-disposition', `attachment; filename="${batch.fileName}"`);
      file.on('error', () => res.destroy());
      file.pipe(res);
    }),
  );
}
