import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';

/** A finished file: its name (without .xml), element count, size and SHA-256. */
export interface WrittenFile {
  name: string;
  records: number;
  sizeBytes: number;
  sha256: string;
}

const CHUNK = 1024 * 1024;

/**
 * Writes the files of one transmission under temporary names (`.<name>.xml.part`), hashing as it
 * writes and waiting for the disk when it is slower than the producer (backpressure). Nothing
 * carries a final name until `publish`; `discard` removes everything.
 */
export class FlowFileSet {
  private stream: WriteStream | null = null;
  private hash: Hash | null = null;
  // Text is encoded into a chunk, reused, as it comes: joining a million small strings and
  // encoding the result costs more than the XML itself, and a new chunk each time leaves
  // hundreds of megabytes for the garbage collector. Two chunks take turns: one fills while the
  // other is on its way to the disk.
  private readonly chunks = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  private active = 0;
  private used = 0;
  /** The write of the chunk not being filled. */
  private inFlight: Promise<void> = Promise.resolve();
  private current: WrittenFile | null = null;
  readonly files: WrittenFile[] = [];

  constructor(readonly dir: string) {}

  get open(): boolean {
    return this.current !== null;
  }

  /** Elements in the open file. */
  get records(): number {
    return this.current?.records ?? 0;
  }

  async start(name: string, header: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    this.stream = createWriteStream(this.partPath(name));
    this.hash = createHash('sha256');
    this.current = { name, records: 0, sizeBytes: 0, sha256: '' };
    await this.write(header);
  }

  /** Appends text; `elements` is how many records it holds. */
  async write(text: string, elements = 0): Promise<void> {
    this.current!.records += elements;
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.used + text.length * 3 > CHUNK) {
      await this.flush();
      if (text.length * 3 > CHUNK) {
        await this.inFlight;
        await this.put(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.chunks[this.active]!.write(text, this.used, 'utf8');
  }

  /** Sends the filled chunk to the disk and, once the other one is written, fills that one. */
  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.chunks[this.active]!.subarray(0, this.used);
    this.used = 0;
    await this.inFlight;
    this.active ^= 1;
    this.inFlight = this.put(full);
    this.inFlight.catch(() => undefined); // awaited (and thrown) at the next flush or at finish
  }

  /** Hashes and writes; resolves once the bytes are written, so the chunk can be used again. */
  private async put(bytes: Buffer): Promise<void> {
    this.hash!.update(bytes);
    this.current!.sizeBytes += bytes.length;
    const stream = this.stream!;
    await new Promise<void>((resolve, reject) => {
      stream.write(bytes, (error) => (error ? reject(error) : resolve()));
    });
  }

  async finish(footer: string): Promise<void> {
    await this.write(footer);
    await this.flush();
    await this.inFlight;
    const stream = this.stream!;
    stream.end();
    await once(stream, 'finish');
    this.current!.sha256 = this.hash!.digest('hex');
    this.files.push(this.current!);
    this.current = null;
    this.stream = null;
  }

  private partPath(name: string): string {
    return join(this.dir, `.${name}.xml.part`);
  }

  /** Gives every finished file its final name. */
  async publish(): Promise<void> {
    for (const f of this.files)
      await rename(this.partPath(f.name), join(this.dir, `${f.name}.xml`));
  }

  /** Removes everything written (after a failure). */
  async discard(): Promise<void> {
    this.stream?.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
