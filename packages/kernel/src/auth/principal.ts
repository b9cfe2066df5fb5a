/** Roles of people (docs/CONTRACT.md). */
export const ROLES = ['PLATFORM_ADMIN', 'TENANT_ADMIN', 'CASEWORKER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** Scopes of third-party API clients: `<domain>:read` and `<domain>:write`. */
export const SCOPE_DOMAINS = ['registry', 'rei', 'siuss', 'config'] as const;
export type ScopeDomain = (typeof SCOPE_DOMAINS)[number];
export type Scope = `${ScopeDomain}:${'read' | 'write'}`;
export const SCOPES: readonly Scope[] = SCOPE_DOMAINS.flatMap((d) => [
  `${d}:read` as Scope,
  `${d}:write` as Scope,
]);

/** Who is calling, as read from a verified token. */
export interface Principal {
  /** `user` for people, `client` for third-party applications. */
  kind: 'user' | 'client';
  /** User id or API client id. */
  subjectId: string;
  /** The tenant the token acts in; null only for a platform admin outside any tenant. */
  tenantId: string | null;
  roles: Role[];
  scopes: Scope[];
  /** Display name (username or client name) for audit trails. */
  name: string;
  /**
   * The session the token belongs to (`sid`): checked on every request, so a logout, a revoked
   * client or a changed user takes effect on tokens already issued.
   */
  sessionId?: string;
  /**
   * The support grant a platform admin's token carries in `tenantId` (`sgr`): without one, a
   * platform admin administers the tenant but does not read or change its people's records.
   */
  supportGrantId?: string | null;
}
