import { createOrm, type Logger } from '@sisa/kernel';
import type { PlatformSubgraph } from '../subgraphs';

/**
 * Applies every pending migration of every subgraph, each in its own schema, as the owner role,
 * then the subgraph's reference data (system lists, parameter sets…).
 */
export async function migrateAll(
  ownerUrl: string,
  subgraphs: PlatformSubgraph[],
  logger?: Logger,
): Promise<void> {
  for (const { name, module, syncReferenceData } of subgraphs) {
    const orm = await createOrm({
      schema: name,
      entities: module.entities,
      migrations: module.migrations,
      clientUrl: ownerUrl,
      poolMax: 2,
    });
    try {
      const applied = await orm.getMigrator().up();
      if (applied.length)
        logger?.info(
          { subgraph: name, migrations: applied.map((m) => m.name) },
          'migrations applied',
        );
      await syncReferenceData?.(orm);
    } finally {
      await orm.close(true);
    }
  }
}
