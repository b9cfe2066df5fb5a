import { readAuditLogResolver } from '@sisa/kernel';
import { REI_READ_AUDIT } from '../domain/readAudit';
import type { Resolvers } from '../generated/resolvers';

/** The tenant admins' view of the rei read audit. */
export const ReadAuditResolvers: Resolvers = {
  Query: { reiReadAuditLog: readAuditLogResolver('rei', REI_READ_AUDIT) },
};
