import { createOrm } from '@sisa/kernel';
import { PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { testDatabase } from '@sisa/testing';

/** The committed migrations build exactly the schema the entities describe. */
describe('migrations', () => {
  it.each(PLATFORM_SUBGRAPHS.map((s) => [s.name, s] as const))(
    '%s: entities and migrations agree',
    async (_name, subgraph) => {
      const orm = await createOrm({
        schema: subgraph.name,
        entities: subgraph.module.entities,
        migrations: subgraph.module.migrations,
        clientUrl: testDatabase().ownerUrl,
        poolMax: 1,
      });
      try {
        expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
        const diff = await orm
          .getSchemaGenerator()
          .getUpdateSchemaSQL({ wrap: false, schema: subgraph.name });
        expect(diff.trim()).toBe('');
      } finally {
        await orm.close(true);
      }
    },
  );
});
