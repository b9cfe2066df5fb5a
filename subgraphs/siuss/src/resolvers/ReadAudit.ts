import { readAuditLogResolver, type ResolverMap } from '@sisa/kernel';
import { SIUSS_READ_AUDIT } from '../domain/readAudit';
import type { SiussContext } from '../context';

/** The tenant admins' view of the siuss read audit. */
export const ReadAuditResolvers: ResolverMap<SiussContext> = {
  Query: { siussReadAuditLog: readAuditLogResolver('siuss', SIUSS_READ_AUDIT) },
};
