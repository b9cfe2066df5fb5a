import { platformScopes, type Scope } from '@sisa/kernel';

/**
 * The GraphQL name of a scope: `registry:read` is `REGISTRY_READ` (an enum value cannot hold
 * `:`). Tokens, the OAuth `scope` parameter and `requiredScope` keep the RFC 6749 form.
 */
export function scopeEnumName(scope: Scope): string {
  return scope.replace(':', '_').toUpperCase();
}

/**
 * The `Scope` enum's values, each standing for its RFC 6749 string inside the resolvers: one
 * pair per subgraph of the platform (each adds its own to the enum, see `configSdlFiles`).
 */
export function scopeEnumValues(): Readonly<Record<string, Scope>> {
  return Object.fromEntries(platformScopes().map((scope) => [scopeEnumName(scope), scope]));
}
