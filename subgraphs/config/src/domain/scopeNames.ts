import { SCOPES, type Scope } from '@sisa/kernel';

/**
 * The GraphQL name of a scope: `registry:read` is `REGISTRY_READ` (an enum value cannot hold
 * `:`). Tokens, the OAuth `scope` parameter and `requiredScope` keep the RFC 6749 form.
 */
export function scopeEnumName(scope: Scope): string {
  return scope.replace(':', '_').toUpperCase();
}

/** The `Scope` enum's values, each standing for its RFC 6749 string inside the resolvers. */
export const SCOPE_ENUM_VALUES: Readonly<Record<string, Scope>> = Object.fromEntries(
  SCOPES.map((scope) => [scopeEnumName(scope), scope]),
);
