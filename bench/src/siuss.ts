/**
 * SIUSS throughput and memory: import of an N-row CSV generated on the fly (streamed, never on
 * disk) through the real import pipeline (parse, normalise, validate, COPY into staging, INSERT …
 * SELECT into the RLS table in one transaction), then a PS transmission of those records (cursor,
 * XML, SHA-256, marking). Peak RSS is sampled every 50 ms. Run for two sizes to see memory flat.
 *
 *   npm run build && npx tsx bench/src/siuss.ts [rows=1000000]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Pool } from 'pg';
import { createLogger, TenantConfig } from '@sisa/kernel';
import { migrateAll, openPlatformDatabase, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { computeFiscalCode } from '@sisa/italia';
import { readImportRows } from '@sisa/siuss/services/importSources';
import { runImport } from '@sisa/siuss/services/imports';
import { generateTransmission } from '@sisa/siuss/services/transmissions';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const HEADER = 'CodiceFiscale;Cognome;Nome;AnnoNascita;LuogoNascita;Genere;CodiceCittadinanza;CodiceRegione;CodiceComune;CodiceNazione;PresenzaProvaMezzi;CaratterePrestazione;CodicePrestazione;ProtocolloDomanda;DataInizioPrestazione;DataFinePrestazione;ImportoMensile;PresaCarico;AreaUtenza;NumeroProtocolloDSU;AnnoProtocolloDSU;DataDSU\n';

function* csvLines(rows: number): Generator<Buffer> {
  yield Buffer.from(HEADER);
  const codes: string[] = [];
  for (let i = 0; i < 500; i++) {
    const day = new Date(Date.UTC(1950, 0, 1) + i * 37 * 86_400_000).toISOString().slice(0, 10);
    codes.push(computeFiscalCode({ lastName: 'Rossi', firstName: 'Maria', sex: 'F', birthDate: day, birthPlaceCode: 'F205' }));
  }
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    chunk += `${codes[i % codes.length]};Rossi;Maria;1970;F205;F;380;03;015146;380;1;1;A1.04;PG/${i};01/02/2018;30/06/2019;1.187,50;1;3;INPS-ISEE-2018-${String(i).padStart(8, '0')}A-00;2018;10/01/2018\n`;
    if (chunk.length > 64 * 1024) {
      yield Buffer.from(chunk);
      chunk = '';
    }
  }
  if (chunk) yield Buffer.from(chunk);
}

function peakRss() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const logger = createLogger('bench', 'warn');
  const dir = mkdtempSync(join(tmpdir(), 'sisa-bench-siuss-'));
  chmodSync(dir, 0o755);
  const db = await openPlatformDatabase({ dataDir: dir, logger, database: `sisa_bench_siuss`, embeddedDir: join(dir, 'pg'), embeddedPort: 5468 });
  await migrateAll(db.layout.ownerUrl, PLATFORM_SUBGRAPHS);
  const pool = new Pool({ connectionString: db.layout.serviceUrls.siuss, max: 4 });
  const tenantId = randomUUID();
  const config = new TenantConfig(1, [], [{ key: 'siuss_service', label: 'SIUSS', system: true, items: [{ code: 'A1.04', label: 'Contributi economici a integrazione del reddito familiare', active: true, position: 0 }] }]);
  try {
    const jobId = randomUUID();
    await pool.query(`select 1`);
    const { createImportJob } = await import('@sisa/siuss/services/imports');
    await createImportJob(pool, { id: jobId, tenantId, format: 'csv', fileName: 'bench.csv', layoutId: null, actor: 'bench' });
    let rss = peakRss();
    let started = Date.now();
    const counts = await runImport(pool, { jobId, tenantId, actor: 'bench', config }, readImportRows(Readable.from(csvLines(ROWS)), { format: 'csv' }));
    let seconds = (Date.now() - started) / 1000;
    console.log(`import    ${ROWS} rows: ${seconds.toFixed(1)} s, ${(counts.accepted / seconds).toFixed(0)} rows/s (accepted ${counts.accepted}, rejected ${counts.rejected}), peak RSS ${mb(rss.stop())}`);

    rss = peakRss();
    started = Date.now();
    const id = await generateTransmission(pool, {
      tenantId,
      flow: 'PS_PSA_SINA',
      recordsPerFile: 100_000,
      ente: { code: 'F205', name: 'Comune di Milano', seatCode: 'F205', operatorFiscalCode: 'BNCMRC75C10F205O' },
      actor: 'bench',
      day: '2026-11-26',
      dataDir: dir,
    });
    seconds = (Date.now() - started) / 1000;
    const { rows } = await pool.query(`select benefit_count, record_count from siuss.transmission where id = $1`, [id]).catch(() => ({ rows: [] as { benefit_count: number; record_count: number }[] }));
    const t = rows[0];
    console.log(`transmit  ${ROWS} records: ${seconds.toFixed(1)} s, ${(ROWS / seconds).toFixed(0)} records/s (${t?.record_count ?? '?'} XML elements after the per-year split), peak RSS ${mb(rss.stop())}`);
  } finally {
    await pool.end();
    await db.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
