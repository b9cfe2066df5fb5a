import { readAuditLogResolver } from '@sisa/kernel';
import { SIUSS_READ_AUDIT } from '../domain/readAudit';
import type { Resolvers } from '../generated/resolvers';

/** The tenant admins' view of the siuss read audit. */
export const ReadAuditResolvers: Resolvers = {
  Query: { siussReadAuditLog: readAuditLogResolver('siuss', SIUSS_READ_AUDIT) },
};
