import type { IncomingHttpHeaders } from 'node:http';
import {
  auditFileRead,
  inTenantTransaction,
  requestIdsOf,
  type Principal,
  type SubgraphDeps,
} from '@sisa/kernel';
import { SIUSS_READ_AUDIT } from '../domain/readAudit';

/** One `read_audit` row for a file the caller downloads (`what` names it, `records` what it holds). */
function auditDownload(
  deps: SubgraphDeps,
  caller: { tenantId: string; principal: Principal },
  headers: IncomingHttpHeaders,
  what: string,
  records: Record<string, readonly string[]>,
  specialFields: readonly string[] = [],
): Promise<void> {
  return inTenantTransaction(
    deps.orm.em,
    caller.tenantId,
    (em) =>
      auditFileRead(
        em,
        'siuss',
        SIUSS_READ_AUDIT,
        { ...caller, ...requestIdsOf(headers) },
        what.slice(0, 200),
        records,
        specialFields,
      ),
    caller.principal.name,
  );
}

/**
 * A download of a transmission's XML file is a read of the benefit records in it (identity,
 * amounts, SINA assessment, DSU): one `read_audit` row naming the transmission.
 */
export function auditTransmissionDownload(
  deps: SubgraphDeps,
  caller: { tenantId: string; principal: Principal },
  headers: IncomingHttpHeaders,
  transmissionId: string,
  fileName: string,
): Promise<void> {
  return auditDownload(
    deps,
    caller,
    headers,
    `GET /files/siuss/transmissions/${fileName}`,
    { Transmission: [transmissionId] },
    ['SocialBenefit.sina', 'SocialBenefit.sinba', 'SocialBenefit.dsuProtocol'],
  );
}

/**
 * A download of an import's rejected rows is a read of personal data as the file held it
 * (codici fiscali, names, amounts): one `read_audit` row naming the import job.
 */
export function auditRejectsDownload(
  deps: SubgraphDeps,
  caller: { tenantId: string; principal: Principal },
  headers: IncomingHttpHeaders,
  jobId: string,
  file: string,
): Promise<void> {
  return auditDownload(deps, caller, headers, `GET /files/siuss/imports/${jobId}/${file}`, {
    ImportJob: [jobId],
  });
}
