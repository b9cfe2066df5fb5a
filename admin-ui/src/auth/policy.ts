import { hasAnyRole, type Role } from './roles';
import type { SessionUser } from './session';

/** Who may read and who may write a resource. */
export interface ResourceAccess {
  read: readonly Role[];
  write: readonly Role[];
  /** Operations that run inside one comune: a platform admin must first switch into one. */
  inTenant: boolean;
  /** People's records: a platform admin reaches them only under the comune's support grant. */
  personalData?: boolean;
}

const ADMINS: readonly Role[] = ['PLATFORM_ADMIN', 'TENANT_ADMIN'];

/** Registry, REI, SIUSS: everyone reads; viewers never write (mirrors the kernel's `isAllowed`). */
export const CASEWORK: ResourceAccess = {
  read: ['PLATFORM_ADMIN', 'TENANT_ADMIN', 'CASE_SUPERVISOR', 'CASEWORKER', 'VIEWER'],
  write: ['PLATFORM_ADMIN', 'TENANT_ADMIN', 'CASE_SUPERVISOR', 'CASEWORKER'],
  inTenant: true,
  personalData: true,
};
/**
 * Referrals (Cartella Sociale): people's most sensitive records, read and handled by the social
 * service's caseworkers and supervisors only; neither admins nor viewers (the casework subgraph
 * answers them FORBIDDEN).
 */
export const SOCIAL_SERVICE: ResourceAccess = {
  read: ['CASE_SUPERVISOR', 'CASEWORKER'],
  write: ['CASE_SUPERVISOR', 'CASEWORKER'],
  inTenant: true,
  personalData: true,
};
/** The comune's configuration and administration: users, API clients, fields, lists, indicators. */
export const TENANT_ADMINISTRATION: ResourceAccess = {
  read: ADMINS,
  write: ADMINS,
  inTenant: true,
};
/** Support grants: listed to the comune's admins, given and revoked by its own admin only. */
export const SUPPORT_GRANTS: ResourceAccess = {
  read: ADMINS,
  write: ['TENANT_ADMIN'],
  inTenant: true,
};
/** REI parameter sets: platform data, read by admins, changed by the platform admin only. */
export const PLATFORM_PARAMETERS: ResourceAccess = {
  read: ADMINS,
  write: ['PLATFORM_ADMIN'],
  inTenant: false,
};
/** The installation: tenants. */
export const PLATFORM_ADMINISTRATION: ResourceAccess = {
  read: ['PLATFORM_ADMIN'],
  write: ['PLATFORM_ADMIN'],
  inTenant: false,
};

/**
 * Every resource the console knows, with its access. A resource missing here is denied (the menu
 * hides it and its pages say "access denied"), like the data provider refuses unknown names.
 */
export const RESOURCE_ACCESS: Record<string, ResourceAccess> = {
  subjects: CASEWORK,
  households: CASEWORK,
  reiApplications: CASEWORK,
  reiInpsExports: CASEWORK,
  reiCalculator: CASEWORK,
  socialBenefits: CASEWORK,
  siussImports: CASEWORK,
  siussImportLayouts: CASEWORK,
  transmissions: CASEWORK,
  referrals: SOCIAL_SERVICE,
  socialCases: SOCIAL_SERVICE,
  subjectAccessLog: { ...TENANT_ADMINISTRATION, personalData: true },
  fieldDefinitions: TENANT_ADMINISTRATION,
  valueLists: TENANT_ADMINISTRATION,
  indicators: TENANT_ADMINISTRATION,
  parameterSets: PLATFORM_PARAMETERS,
  users: TENANT_ADMINISTRATION,
  apiClients: TENANT_ADMINISTRATION,
  supportGrants: SUPPORT_GRANTS,
  tenants: PLATFORM_ADMINISTRATION,
};

const READ_ACTIONS = new Set(['list', 'show', 'export', 'read']);

/**
 * react-admin's `canAccess` rule: menus, routes and the create/edit buttons all ask it.
 * Actions other than list/show/export (create, edit, delete, unlock, revoke…) are writes.
 * `supportUntil`: until when the session's support grant opens personal data (platform admins).
 */
export function canAccessResource(
  user: SessionUser | null,
  resource: string,
  action: string,
  supportUntil: string | null = null,
  now = Date.now(),
): boolean {
  const access = RESOURCE_ACCESS[resource];
  if (!user || !access) return false;
  if (access.inTenant && !user.tenant) return false;
  const supported = supportUntil !== null && Date.parse(supportUntil) > now;
  if (access.personalData && user.roles.includes('PLATFORM_ADMIN') && !supported) return false;
  const resourceAction = action.split('.')[0] ?? action;
  return hasAnyRole(user.roles, READ_ACTIONS.has(resourceAction) ? access.read : access.write);
}
