import { useQuery } from '@tanstack/react-query';

/** The module with the fiscal-code checks and the comuni and countries. */
export type ItalianReference = typeof import('./italianReference');

const load = () => import('./italianReference');

/**
 * @sisa/italia's checks and places, loaded once per session when a form first needs them (never
 * with the first screen); `undefined` until then, and while `enabled` is false.
 */
export function useItalianReference(enabled = true): ItalianReference | undefined {
  return useQuery({
    queryKey: ['sisa.italianReference'],
    queryFn: load,
    staleTime: Infinity,
    enabled,
  }).data;
}
