/**
 * PostgreSQL's own limit for the work of a SIUSS import and transmission, measured on the same
 * server and data as the bench's run: what COPY does with the same rows, with nothing of the
 * service around it. The service's figures divided by these are its ratios to the database.
 *
 * - import: the rows the import stored, read back (COPY TO a file of the bench's folder), then
 *   timed as one COPY FROM that file into an empty table made `LIKE siuss.social_benefit
 *   INCLUDING ALL` (the same columns, defaults, constraints and indexes; no foreign keys,
 *   triggers or row-level security, which LIKE does not copy), dropped afterwards;
 * - transmission: `COPY (<the transmission's read>) TO STDOUT` with the same predicate, columns
 *   and order (PS_TO_SEND_SQL of @sisa/siuss, through @sisa/platform), streamed and discarded, bytes counted.
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { PS_TO_SEND_SQL } from '@sisa/platform';

export interface CopyLimit {
  rows: number;
  bytes: number;
  seconds: number;
  /** CPU the server spent meanwhile (ms), when the bench can read it. */
  serverCpuMs: number | null;
}

/** The server's CPU so far (ms), or null when it runs elsewhere. */
export type ServerCpu = () => number | null;

/** Rows per second of a limit. */
export const rate = (limit: CopyLimit) => limit.rows / limit.seconds;

const LIMIT_TABLE = 'siuss.bench_copy_limit';

/** A UUID as a SQL literal (COPY takes no parameters). */
function uuidLiteral(value: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(value)) throw new Error(`not a UUID: ${value}`);
  return `'${value}'::uuid`;
}

/** Seconds `work` takes, and the server's CPU meanwhile. */
async function measured(
  serverCpu: ServerCpu,
  work: () => Promise<unknown>,
): Promise<{ seconds: number; serverCpuMs: number | null }> {
  const cpu = serverCpu();
  const started = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = serverCpu();
  return { seconds, serverCpuMs: cpu === null || after === null ? null : after - cpu };
}

/** A sink that counts the bytes it is given and keeps none. */
function byteCounter(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      sink.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

/**
 * COPY of the tenant's imported benefit rows into an empty table like `siuss.social_benefit`,
 * from a file in `dir` (written, untimed, from those rows first).
 */
export async function copyInLimit(
  admin: Client,
  tenantId: string,
  dir: string,
  serverCpu: ServerCpu,
): Promise<CopyLimit> {
  // Every column a row holds (none is generated), as the import stored it.
  const { rows: columnRows } = await admin.query<{ name: string }>(
    `select quote_ident(attname) as name from pg_attribute
      where attrelid = 'siuss.social_benefit'::regclass and attnum > 0 and not attisdropped and attgenerated = ''
      order by attnum`,
  );
  const columns = columnRows.map((c) => c.name).join(', ');
  const file = join(dir, 'copy-limit.tsv');
  try {
    await pipeline(
      admin.query(
        copyTo(
          `copy (select ${columns} from siuss.social_benefit where tenant_id = ${uuidLiteral(tenantId)} order by change_seq) to stdout`,
        ),
      ),
      createWriteStream(file),
    );
    await admin.query(`drop table if exists ${LIMIT_TABLE}`);
    await admin.query(`create table ${LIMIT_TABLE} (like siuss.social_benefit including all)`);
    // The import's dirty pages written out first, as they were before the import began
    // (needs a superuser: skipped on a server where the bench is not one).
    await admin.query('checkpoint').catch(() => undefined);
    const copy = admin.query(copyFrom(`copy ${LIMIT_TABLE} (${columns}) from stdin`));
    const took = await measured(serverCpu, () => pipeline(createReadStream(file), copy));
    return { rows: copy.rowCount, bytes: statSync(file).size, ...took };
  } finally {
    await admin.query(`drop table if exists ${LIMIT_TABLE}`);
    rmSync(file, { force: true });
  }
}

/**
 * `COPY (<the PS transmission's read>) TO STDOUT` of what the tenant's first transmission sends
 * (no watermark yet: -1), discarded as it comes. Run it before the transmission, while those
 * records are still to send.
 */
export async function copyOutLimit(
  admin: Client,
  tenantId: string,
  serverCpu: ServerCpu,
): Promise<CopyLimit> {
  const sql = PS_TO_SEND_SQL.replace(/\$1\b/g, uuidLiteral(tenantId)).replace(/\$2\b/g, '-1');
  if (/\$\d/.test(sql))
    throw new Error('the transmission read takes a parameter the bench does not give');
  const copy = admin.query(copyTo(`copy (${sql}) to stdout`));
  const sink = byteCounter();
  const took = await measured(serverCpu, () => pipeline(copy, sink));
  return { rows: copy.rowCount, bytes: sink.bytes, ...took };
}
