import { platformSubgraphs } from '../subgraph/manifest';

/** Roles of people (docs/CONTRACT.md). */
export const ROLES = [
  'PLATFORM_ADMIN',
  'TENANT_ADMIN',
  'CASE_SUPERVISOR',
  'CASEWORKER',
  'VIEWER',
] as const;
export type Role = (typeof ROLES)[number];

/** A subgraph's scope domain (`SubgraphDescriptor.scopeDomain`): `registry`, `rei`, … */
export type ScopeDomain = string;
/** Scopes of third-party API clients: `<domain>:read` and `<domain>:write`. */
export type Scope = `${ScopeDomain}:${'read' | 'write'}`;

/** The scopes of the platform's subgraphs, in their order: `registry:read`, `registry:write`, … */
export function platformScopes(env: NodeJS.ProcessEnv = process.env): readonly Scope[] {
  return platformSubgraphs(env).flatMap((s) => [
    `${s.scopeDomain}:read` as Scope,
    `${s.scopeDomain}:write` as Scope,
  ]);
}

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
