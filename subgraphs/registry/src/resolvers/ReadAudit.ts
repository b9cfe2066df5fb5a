import { readAuditLogResolver } from '@sisa/kernel';
import { REGISTRY_READ_AUDIT } from '../domain/readAudit';
import type { Resolvers } from '../generated/resolvers';

/** The tenant admins' view of the registry read audit. */
export const ReadAuditResolvers: Resolvers = {
  Query: { registryReadAuditLog: readAuditLogResolver('registry', REGISTRY_READ_AUDIT) },
};
