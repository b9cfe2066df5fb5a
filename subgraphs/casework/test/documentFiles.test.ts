import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DocumentFiles, STAGED_UPLOAD_MAX_AGE_MS } from '../src/services/documentFiles';

describe('case document files on disk', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sisa-documents-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('removes uploads a stopped process left half-done, never a kept document or a recent upload', async () => {
    const files = new DocumentFiles(dataDir);
    const tenant = randomUUID();
    const kept = await files.stage(tenant, Readable.from([Buffer.from('%PDF-1.4 tenuto')]), 1000);
    const documentId = randomUUID();
    files.keep(kept, tenant, documentId);
    const abandoned = await files.stage(
      tenant,
      Readable.from([Buffer.from('%PDF-1.4 a metà')]),
      1000,
    );
    const recent = await files.stage(
      tenant,
      Readable.from([Buffer.from('%PDF-1.4 in corso')]),
      1000,
    );
    const old = (Date.now() - STAGED_UPLOAD_MAX_AGE_MS - 60_000) / 1000;
    utimesSync(abandoned.path, old, old);
    // An old kept document is not an upload.
    utimesSync(join(dataDir, 'casework', 'documents', tenant, documentId), old, old);

    expect(files.sweepStaged()).toBe(1);
    expect(existsSync(abandoned.path)).toBe(false);
    expect(existsSync(recent.path)).toBe(true);
    const stream = files.open(tenant, documentId)!;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('%PDF-1.4 tenuto');
    expect(readFileSync(recent.path, 'utf8')).toBe('%PDF-1.4 in corso');
    expect(files.sweepStaged()).toBe(0);
  });

  it('sweeps nothing where no document was ever uploaded', () => {
    expect(new DocumentFiles(dataDir).sweepStaged()).toBe(0);
  });
});
