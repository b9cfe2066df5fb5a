import { readAuditLogResolver, type ResolverMap } from '@sisa/kernel';
import { REI_READ_AUDIT } from '../domain/readAudit';
import type { ReiContext } from '../context';

/** The tenant admins' view of the rei read audit. */
export const ReadAuditResolvers: ResolverMap<ReiContext> = {
  Query: { reiReadAuditLog: readAuditLogResolver('rei', REI_READ_AUDIT) },
};
