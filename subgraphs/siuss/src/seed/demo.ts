import type { Orm } from '@sisa/kernel';

/** Seeds the demo benefit records (filled in below). */
export async function seedSiussDemo(_orm: Orm): Promise<void> {}
