import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Where the INPS export files live: `<dataDir>/rei/exports/<tenant>/<export id>.csv`. */
export class ExportFiles {
  constructor(private readonly dataDir: string) {}

  private pathOf(tenantId: string, exportId: string): string {
    if (!/^[0-9a-f-]{36}$/.test(tenantId) || !/^[0-9a-f-]{36}$/.test(exportId))
      throw new Error('Identificativo non valido');
    return join(this.dataDir, 'rei', 'exports', tenantId, `${exportId}.csv`);
  }

  /** Writes the lines as they come (never the whole file in memory); returns size and SHA-256. */
  async write(
    tenantId: string,
    exportId: string,
    lines: Iterable<string>,
  ): Promise<{ sizeBytes: number; sha256: string }> {
    const path = this.pathOf(tenantId, exportId);
    mkdirSync(join(path, '..'), { recursive: true });
    const out = createWriteStream(path, { flags: 'wx' });
    const hash = createHash('sha256');
    let sizeBytes = 0;
    for (const line of lines) {
      const chunk = Buffer.from(line, 'utf8');
      hash.update(chunk);
      sizeBytes += chunk.length;
      if (!out.write(chunk))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    out.end();
    await finished(out);
    return { sizeBytes, sha256: hash.digest('hex') };
  }

  /** The file as a stream, or null when it is not there. */
  open(tenantId: string, exportId: string): Readable | null {
    const path = this.pathOf(tenantId, exportId);
    return existsSync(path) ? createReadStream(path) : null;
  }
}
