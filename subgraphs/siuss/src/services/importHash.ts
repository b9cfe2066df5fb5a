import { createHash, type Hash } from 'node:crypto';
import type { EarlierImport } from '../entities/importJob.repository';

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
