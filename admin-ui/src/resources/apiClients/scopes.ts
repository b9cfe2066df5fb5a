/** Scopes of API clients (the kernel's SCOPES): `<domain>:read` and `<domain>:write`. */
const DOMAINS = ['registry', 'rei', 'siuss', 'config'] as const;
const LEVELS = ['read', 'write'] as const;

export const SCOPES = DOMAINS.flatMap((domain) => LEVELS.map((level) => `${domain}:${level}`));

/** `registry:write` → "Anagrafe — scrittura", with the translator given. */
export function scopeLabel(scope: string, translate: (key: string) => string): string {
  const [domain, level] = scope.split(':');
  return `${translate(`resources.apiClients.scope.${domain}`)} — ${translate(`resources.apiClients.scope.${level}`)}`;
}
