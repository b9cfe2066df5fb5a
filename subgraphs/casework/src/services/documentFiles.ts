import { createHash, randomUUID } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isUuid, UploadSizeLimit } from '@sisa/kernel';
import { SNIFF_BYTES } from '../domain/documents';

/** How a staged upload's file name starts. */
const STAGED_PREFIX = '.upload-';
/** A staged upload older than this was left by a process that stopped mid-upload. */
export const STAGED_UPLOAD_MAX_AGE_MS = 3_600_000;

/** An upload written to a temporary file: its size, SHA-256 and first bytes. */
export interface StagedDocument {
  path: string;
  size: number;
  sha256: string;
  head: Buffer;
}

/**
 * Where case documents live: `<dataDir>/casework/documents/<tenant>/<document id>`. An upload is
 * streamed to a temporary file (hashed and counted as it comes, stopped at the limit) and moved
 * into place only once its row is committed.
 */
export class DocumentFiles {
  constructor(private readonly dataDir: string) {}

  private dirOf(tenantId: string): string {
    if (!isUuid(tenantId)) throw new Error('Identificativo non valido');
    return join(this.dataDir, 'casework', 'documents', tenantId);
  }

  private pathOf(tenantId: string, documentId: string): string {
    if (!isUuid(documentId)) throw new Error('Identificativo non valido');
    return join(this.dirOf(tenantId), documentId);
  }

  /** Streams `body` to a temporary file; fails with UploadTooLargeError past `maxBytes`. */
  async stage(tenantId: string, body: Readable, maxBytes: number): Promise<StagedDocument> {
    const dir = this.dirOf(tenantId);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${STAGED_PREFIX}${randomUUID()}`);
    const hash = createHash('sha256');
    let size = 0;
    const heads: Buffer[] = [];
    let headLength = 0;
    const limit = new UploadSizeLimit(maxBytes);
    limit.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < SNIFF_BYTES) {
        heads.push(chunk.subarray(0, SNIFF_BYTES - headLength));
        headLength += Math.min(chunk.length, SNIFF_BYTES - headLength);
      }
    });
    try {
      await pipeline(body, limit, createWriteStream(path, { flags: 'wx' }));
    } catch (error) {
      rmSync(path, { force: true });
      throw error;
    }
    return { path, size, sha256: hash.digest('hex'), head: Buffer.concat(heads) };
  }

  /** Moves a staged upload into place as `documentId`. */
  keep(staged: StagedDocument, tenantId: string, documentId: string): void {
    renameSync(staged.path, this.pathOf(tenantId, documentId));
  }

  /** Drops a staged upload that will not be kept. */
  discard(staged: StagedDocument): void {
    rmSync(staged.path, { force: true });
  }

  /** The document's bytes as a stream, or null when the file is not there. */
  open(tenantId: string, documentId: string): Readable | null {
    const path = this.pathOf(tenantId, documentId);
    return existsSync(path) ? createReadStream(path) : null;
  }

  /**
   * Removes staged uploads left by a process that stopped mid-upload (older than `maxAgeMs`);
   * answers how many. Kept documents are never touched.
   */
  sweepStaged(maxAgeMs = STAGED_UPLOAD_MAX_AGE_MS, now = Date.now()): number {
    const root = join(this.dataDir, 'casework', 'documents');
    if (!existsSync(root)) return 0;
    let removed = 0;
    for (const tenant of readdirSync(root, { withFileTypes: true })) {
      if (!tenant.isDirectory() || !isUuid(tenant.name)) continue;
      const dir = join(root, tenant.name);
      for (const name of readdirSync(dir)) {
        if (!name.startsWith(STAGED_PREFIX)) continue;
        const path = join(dir, name);
        if (now - statSync(path).mtimeMs < maxAgeMs) continue;
        rmSync(path, { force: true });
        removed++;
      }
    }
    return removed;
  }
}
