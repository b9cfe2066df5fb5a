/**
 * Whether GraphQL introspection (`__schema`, `__type`) is answered: `SISA_INTROSPECTION=on` or
 * `off` decides; otherwise on, except with `NODE_ENV=production`. Federation's `_service { sdl }`
 * is an ordinary field and stays available either way.
 */
export function introspectionEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env.SISA_INTROSPECTION?.trim().toLowerCase();
  if (setting === 'on') return true;
  if (setting === 'off') return false;
  return env.NODE_ENV !== 'production';
}
