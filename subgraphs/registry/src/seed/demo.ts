import type { Orm } from '@sisa/kernel';

/** Seeds the demo subjects and households (placeholder until written). */
export async function seedRegistryDemo(_orm: Orm): Promise<void> {}
