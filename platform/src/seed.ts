import type { Orm } from '@sisa/kernel';

/** Seeds one subgraph's demo data; `orm` connects as the schema owner. */
export type DemoSeed = (orm: Orm) => Promise<void>;
