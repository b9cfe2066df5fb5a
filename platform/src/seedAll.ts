import { assertDemoSeedAllowed, createOrm, type Logger } from '@sisa/kernel';
import type { PlatformSubgraph } from './subgraphs';

/** Seeds every subgraph's demo data (each seed is idempotent), as the schema owner. */
export async function seedDemoData(
  ownerUrl: string,
  subgraphs: readonly PlatformSubgraph[],
  logger: Logger,
): Promise<void> {
  assertDemoSeedAllowed();
  for (const { name, module, seedDemo } of subgraphs) {
    const orm = await createOrm({
      schema: name,
      entities: module.entities,
      migrations: module.migrations,
      clientUrl: ownerUrl,
      poolMax: 2,
    });
    try {
      await seedDemo(orm);
    } finally {
      await orm.close(true);
    }
    logger.debug({ subgraph: name }, 'demo data seeded');
  }
}
