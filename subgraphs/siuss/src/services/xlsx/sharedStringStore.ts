import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const WRITE_BUFFER = 1024 * 1024;
const BLOCK = 64 * 1024;
const CACHED_BLOCKS = 128; // 8 MB
/** The first short strings (the frequent ones: codes met early) are kept decoded: 1 MB at most. */
const DECODED_FIRST = 4096;
const DECODED_MAX_BYTES = 256;

/**
 * The shared strings of a workbook, kept in a file (UTF-8, one after the other) with only their
 * offsets in memory (4 bytes each): a sheet of millions of distinct strings costs megabytes, not
 * the gigabytes the same strings take as JavaScript strings. Reads go through a small cache of
 * file blocks: a sheet refers to its strings roughly in the order they were written (and the
 * frequent ones are at the start), so most reads are a lookup in a block already read.
 */
export class SharedStringStore {
  private fd: number;
  private offsets = new Uint32Array(1 << 16);
  private size = 0;
  private written = 0;
  private pending = Buffer.allocUnsafe(WRITE_BUFFER);
  private pendingUsed = 0;
  private blocks = new Map<number, Buffer>();
  private lastBlockNumber = -1;
  private lastBlock: Buffer | null = null;
  private readonly decoded: (string | undefined)[] = [];

  /** `path`: a new file, removed by the caller with its folder. */
  constructor(path: string) {
    this.fd = openSync(path, 'w+');
  }

  get count(): number {
    return this.size;
  }

  /** Appends the next string. */
  add(text: string): void {
    if (this.size + 1 >= this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const bytes = Buffer.byteLength(text, 'utf8');
    if (this.pendingUsed + bytes > WRITE_BUFFER) this.flush();
    const start = this.written + this.pendingUsed;
    if (start + bytes > 0xffffffff) throw new RangeError('Stringhe condivise oltre 4 GB');
    if (bytes > WRITE_BUFFER) {
      writeSync(this.fd, text, start, 'utf8');
      this.written += bytes;
    } else this.pendingUsed += this.pending.write(text, this.pendingUsed, 'utf8');
    this.offsets[this.size] = start;
    this.size++;
    this.offsets[this.size] = start + bytes;
  }

  /** Writes what is buffered: call once every string is added, before `get`. */
  flush(): void {
    if (this.pendingUsed > 0) writeSync(this.fd, this.pending, 0, this.pendingUsed, this.written);
    this.written += this.pendingUsed;
    this.pendingUsed = 0;
  }

  /** The string at `index`, or undefined past the end. */
  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.size)) return undefined;
    if (
      index >= DECODED_FIRST ||
      this.offsets[index + 1]! - this.offsets[index]! > DECODED_MAX_BYTES
    )
      return this.read(index);
    return (this.decoded[index] ??= this.read(index));
  }

  private read(index: number): string {
    const start = this.offsets[index]!;
    const end = this.offsets[index + 1]!;
    const block = Math.floor(start / BLOCK);
    if (end > (block + 1) * BLOCK) {
      const bytes = Buffer.allocUnsafe(end - start);
      readSync(this.fd, bytes, 0, bytes.length, start);
      return bytes.toString('utf8');
    }
    const data = this.block(block);
    return data.toString('utf8', start - block * BLOCK, end - block * BLOCK);
  }

  close(): void {
    closeSync(this.fd);
    this.blocks.clear();
  }

  private block(n: number): Buffer {
    if (n === this.lastBlockNumber) return this.lastBlock!;
    const found = this.cachedBlock(n);
    this.lastBlockNumber = n;
    this.lastBlock = found;
    return found;
  }

  private cachedBlock(n: number): Buffer {
    const cached = this.blocks.get(n);
    if (cached) {
      // Most recently used last: the first one in the map is the one to drop.
      this.blocks.delete(n);
      this.blocks.set(n, cached);
      return cached;
    }
    const data = Buffer.allocUnsafe(BLOCK);
    const read = readSync(this.fd, data, 0, BLOCK, n * BLOCK);
    const block = data.subarray(0, read);
    if (this.blocks.size >= CACHED_BLOCKS) this.blocks.delete(this.blocks.keys().next().value!);
    this.blocks.set(n, block);
    return block;
  }
}
