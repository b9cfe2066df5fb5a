import { Scope } from '../../generated/graphql';

/** A scope of the API's `Scope` enum in the form of RFC 6749: `REGISTRY_READ` is `registry:read`. */
export const scopeString = (scope: Scope): string =>
  scope.toLowerCase().replace(/_(read|write)$/, ':$1');

/**
 * The scopes an API client may be granted: the values of the API's `Scope` enum (generated from
 * the supergraph, which composes each subgraph's own pair), as `<domain>:read` and `<domain>:write`.
 */
export const SCOPES: readonly string[] = Object.values(Scope).map(scopeString);

/** `registry:write` → "Anagrafe — scrittura", with the translator given. */
export function scopeLabel(scope: string, translate: (key: string) => string): string {
  const [domain, level] = scope.split(':');
  return `${translate(`resources.apiClients.scope.${domain}`)} — ${translate(`resources.apiClients.scope.${level}`)}`;
}
