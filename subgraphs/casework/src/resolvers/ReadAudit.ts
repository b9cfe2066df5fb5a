import { readAuditLogResolver } from '@sisa/kernel';
import { CASEWORK_READ_AUDIT } from '../domain/readAudit';
import type { Resolvers } from '../generated/resolvers';

/** The tenant admins' view of the casework read audit. */
export const ReadAuditResolvers: Resolvers = {
  Query: { caseworkReadAuditLog: readAuditLogResolver('casework', CASEWORK_READ_AUDIT) },
};
