import { FieldErrors } from '@sisa/kernel';

/** How many origins one tenant may allow, and how long each may be. */
export const MAX_ALLOWED_ORIGINS = 20;
export const MAX_ORIGIN_LENGTH = 200;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why `value` is not an origin a tenant may allow, in Italian; null when it is one. */
export function originProblem(value: string): string | null {
  if (value.length > MAX_ORIGIN_LENGTH) return `Al massimo ${MAX_ORIGIN_LENGTH} caratteri`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Indicare un’origine come https://servizi.comune.it';
  }
  if (url.origin !== value)
    return 'Solo schema, dominio e porta (es. https://servizi.comune.it), senza percorso né barra finale';
  if (!/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname))
    return 'Dominio non valido (nessun carattere jolly)';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return null;
  return 'Solo origini https (http solo per localhost, in sviluppo)';
}

/**
 * The origins a tenant allows browsers to call the API from (CORS), as stored: each one an
 * exact `https://host[:port]` (http only for localhost), no wildcard, without repetitions.
 * Throws BAD_USER_INPUT with every problem at once (`origins.<n>`).
 */
export function readAllowedOrigins(values: readonly string[]): string[] {
  const errors = new FieldErrors();
  if (values.length > MAX_ALLOWED_ORIGINS)
    errors.add('origins', `Al massimo ${MAX_ALLOWED_ORIGINS} origini`);
  else
    values.forEach((value, i) => {
      const problem = originProblem(value.trim());
      if (problem) errors.add(`origins.${i}`, problem);
    });
  errors.throwIfAny();
  return [...new Set(values.map((v) => v.trim()))];
}
