import type { IncomingHttpHeaders } from 'node:http';
import {
  auditFileRead,
  inTenantTransaction,
  requestIdsOf,
  type Principal,
  type SubgraphDeps,
} from '@sisa/kernel';
import { SIUSS_READ_AUDIT } from '../domain/readAudit';

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
  return inTenantTransaction(
    deps.orm.em,
    caller.tenantId,
    (em) =>
      auditFileRead(
        em,
        'siuss',
        SIUSS_READ_AUDIT,
        { ...caller, ...requestIdsOf(headers) },
        `GET /files/siuss/transmissions/${fileName}`.slice(0, 200),
        { Transmission: [transmissionId] },
        ['SocialBenefit.sina', 'SocialBenefit.sinba', 'SocialBenefit.dsuProtocol'],
      ),
    caller.principal.name,
  );
}
