/** Roles of people (docs/CONTRACT.md, "Identity and tenants"). */
export const ROLES = [
  'PLATFORM_ADMIN',
  'TENANT_ADMIN',
  'CASE_SUPERVISOR',
  'CASEWORKER',
  'VIEWER',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles a tenant admin may grant: the platform role is never granted from the console. */
export const GRANTABLE_ROLES: readonly Role[] = [
  'TENANT_ADMIN',
  'CASE_SUPERVISOR',
  'CASEWORKER',
  'VIEWER',
];

export const hasAnyRole = (roles: readonly Role[], wanted: readonly Role[]): boolean =>
  roles.some((role) => wanted.includes(role));
