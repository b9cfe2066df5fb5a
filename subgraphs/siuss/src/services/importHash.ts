import { createHash, type Hash } from 'node:crypto';
import type { PoolClient } from 'pg';

/** An earlier import of the same file by the tenant. */
export interface EarlierImport {
  jobId: string;
  createdAt: Date;
  fileName: string | null;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Passes the upload through while hashing its bytes (SHA-256). */
export function hashingUpload(input: AsyncIterable<Buffer>): {
  bytes: AsyncIterable<Buffer>;
  digest: () => string | null;
} {
  const hash: Hash = createHash('sha256');
  let digest: string | null = null;
  async function* bytes() {
    for await (const chunk of input) {
      hash.update(chunk);
      yield chunk;
    }
    digest = hash.digest('hex');
  }
  return { bytes: bytes(), digest: () => digest };
}

/** The tenant's first completed import of a file with this hash (RLS: the client's tenant). */
export async function earlierImport(
  client: PoolClient,
  sha256: string,
  exceptJob: string | null,
): Promise<EarlierImport | null> {
  const { rows } = await client.query<{ id: string; created_at: Date; file_name: string | null }>(
    `select id, created_at, file_name from siuss.import_job
     where sha256 = $1 and status = 'COMPLETED' and id is distinct from $2::uuid
     order by created_at limit 1`,
    [sha256, exceptJob],
  );
  const row = rows[0];
  return row ? { jobId: row.id, createdAt: row.created_at, fileName: row.file_name } : null;
}

const ITALIAN_TIME = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** The refusal people read: when and which import took the same file. */
export function duplicateFileMessage(earlier: EarlierImport): string {
  const when = ITALIAN_TIME.format(earlier.createdAt).replace(', ', ' alle ');
  const name = earlier.fileName ? ` «${earlier.fileName}»` : '';
  return `Questo file${name} è già stato importato il ${when} (importazione ${earlier.jobId}). Nessun record importato: per importarlo comunque, confermare (confirmDuplicate=true).`;
}
