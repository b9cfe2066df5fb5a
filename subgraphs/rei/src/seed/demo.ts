import type { Orm } from '@sisa/kernel';

/** Seeds the demo REI applications (written once the registry's demo data exists). */
export async function seedReiDemo(_orm: Orm): Promise<void> {}
