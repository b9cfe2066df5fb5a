import { readAuditLogResolver, type ResolverMap } from '@sisa/kernel';
import { REGISTRY_READ_AUDIT } from '../domain/readAudit';
import type { RegistryContext } from '../context';

/** The tenant admins' view of the registry read audit. */
export const ReadAuditResolvers: ResolverMap<RegistryContext> = {
  Query: { registryReadAuditLog: readAuditLogResolver('registry', REGISTRY_READ_AUDIT) },
};
