import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const BUFFER_BYTES = 1024 * 1024;

/**
 * COPY text gathered into buffers as it is made: one string per row is encoded once, instead of
 * being joined into a long string that is flattened and encoded again.
 */
export class CopyText {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private full: Buffer[] = [];
  rows = 0;

  add(line: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.used + line.length * 3 > BUFFER_BYTES) this.seal();
    if (line.length * 3 > BUFFER_BYTES) this.full.push(Buffer.from(line, 'utf8'));
    else this.used += this.buffer.write(line, this.used, 'utf8');
    this.rows++;
  }

  /** The text so far, and a fresh start. */
  take(): Buffer[] {
    this.seal();
    const taken = this.full;
    this.full = [];
    this.rows = 0;
    return taken;
  }

  private seal(): void {
    if (this.used === 0) return;
    this.full.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
  }
}

/**
 * Rows reach a row-level secured table through a temporary staging table (COPY FROM is refused
 * on such tables), a chunk at a time, while the caller prepares the next chunk: PostgreSQL moves
 * one chunk while this process reads and validates the next, so the two work at the same time
 * and memory holds two chunks at most. Everything happens on the caller's connection, inside its
 * transaction: a failure anywhere still leaves nothing.
 */
export class StagedInsert {
  private moving: Promise<void> = Promise.resolve();
  private copy: ReturnType<typeof copyFrom> | null = null;

  private readonly copySql: string;
  private readonly moveSql: string;

  /**
   * `staging` is a temporary table with at least `columns`, which go into `target`; or, given
   * `moveChunk`, that is what takes a chunk from staging (before staging is emptied).
   */
  constructor(
    private readonly client: PoolClient,
    private readonly staging: string,
    target: string,
    columns: readonly string[],
    private readonly moveChunk: ((client: PoolClient) => Promise<void>) | null = null,
  ) {
    this.copySql = `copy ${staging} (${columns.join(', ')}) from stdin`;
    // In the order they came: time-ordered ids then append to the indexes.
    this.moveSql = `insert into ${target} (${columns.join(', ')}) select ${columns.join(', ')} from ${staging}`;
  }

  /** Hands a chunk over; waits while the chunk before it is still moving. */
  async push(chunk: Buffer[]): Promise<void> {
    const before = this.moving;
    this.moving = before.then(() => this.move(chunk));
    this.moving.catch(() => undefined); // reported by the next push or by `done`
    await before;
  }

  /** Waits for every chunk to be in the target table. */
  done(): Promise<void> {
    return this.moving;
  }

  /** After a failure: ends a COPY still open (CopyFail), then lets the work in flight settle. */
  async abort(): Promise<void> {
    const copy = this.copy;
    if (copy) {
      const closed = once(copy, 'close').catch(() => undefined);
      copy.destroy(new Error('importazione interrotta'));
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000))]);
    }
    await this.moving.catch(() => undefined);
  }

  private async move(chunk: Buffer[]): Promise<void> {
    if (chunk.length === 0) return;
    const copy = this.client.query(copyFrom(this.copySql));
    this.copy = copy;
    copy.on('error', () => undefined); // also rejects `finished` below
    const finished = once(copy, 'finish');
    finished.catch(() => undefined);
    for (const buffer of chunk) if (!copy.write(buffer)) await once(copy, 'drain');
    copy.end();
    await finished;
    this.copy = null;
    if (this.moveChunk) await this.moveChunk(this.client);
    else await this.client.query(this.moveSql);
    await this.client.query(`truncate ${this.staging}`);
  }
}
