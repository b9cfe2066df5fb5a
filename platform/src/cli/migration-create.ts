/**
 * Generates a migration for one subgraph from the difference between its entities and a scratch
 * database migrated to the latest committed migration, then rewrites `src/migrations/index.ts`.
 *
 *   npm run migration:create -w @sisa/<subgraph> -- [name]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger, createOrm, dataDirFromEnv } from '@sisa/kernel';
import { openPlatformDatabase } from '../database/open';
import { dropDatabase } from '../database/provision';
import { migrateAll } from '../database/migrate';
import { PLATFORM_SUBGRAPHS } from '../subgraphs';

function writeIndex(dir: string): void {
  const names = readdirSync(dir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}';`),
    '',
    '/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */',
    'export const migrations: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  writeFileSync(join(dir, 'index.ts'), lines.join('\n'));
}

async function main() {
  const [subgraphName, name] = process.argv.slice(2);
  const index = PLATFORM_SUBGRAPHS.findIndex((s) => s.name === subgraphName);
  if (index < 0) throw new Error(`Sottografo sconosciuto: ${subgraphName}`);
  const subgraph = PLATFORM_SUBGRAPHS[index]!;
  const logger = createLogger('migrations', 'warn');
  const scratch = `sisa_scratch_${process.pid}`;
  const db = await openPlatformDatabase({ dataDir: dataDirFromEnv(), logger, database: scratch });
  try {
    await migrateAll(db.layout.ownerUrl, PLATFORM_SUBGRAPHS.slice(0, index + 1));
    const dir = resolve(process.cwd(), 'src/migrations');
    const orm = await createOrm({
      schema: subgraph.name,
      entities: subgraph.module.entities,
      migrations: subgraph.module.migrations,
      clientUrl: db.layout.ownerUrl,
      migrationsPath: dir,
    });
    try {
      const result = await orm.getMigrator().createMigration(dir, false, false, name);
      if (!result.fileName) console.log('Nessuna differenza: nessuna migrazione creata');
      else console.log(`Creata ${result.fileName}\n${result.diff.up.join('\n')}`);
    } finally {
      await orm.close(true);
    }
    writeIndex(dir);
  } finally {
    await dropDatabase(db.adminUrl, scratch);
    await db.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
