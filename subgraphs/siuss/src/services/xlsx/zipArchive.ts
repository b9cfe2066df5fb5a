import { Transform, type Readable, type TransformCallback } from 'node:stream';
import yauzl from 'yauzl';
import { zipPartProblem, zipProblem, type ZipLimits } from '../../domain/zipLimits';
import { UnreadableFileError } from '../unreadableFile';

/**
 * Fails when more than `maxBytes` of XML go by without a `<`: one text (a cell) or one tag
 * that large is not a spreadsheet, and the XML parser would hold all of it in memory.
 */
class XmlTextGuard extends Transform {
  private run = 0;
  constructor(
    private readonly maxBytes: number,
    private readonly part: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    // Chunks are smaller than the limit, so a run past it crosses chunks: only the ends count.
    const first = chunk.indexOf(0x3c);
    if (first < 0) this.run += chunk.length;
    else {
      this.run += first;
      if (this.run <= this.maxBytes) this.run = chunk.length - chunk.lastIndexOf(0x3c) - 1;
    }
    if (this.run > this.maxBytes || (chunk.length > this.maxBytes && this.longRunInside(chunk)))
      done(
        new UnreadableFileError(
          `La parte ${this.part} del file XLSX contiene un testo di oltre ${Math.round(this.maxBytes / 1024)} KB`,
        ),
      );
    else done(null, chunk);
  }

  private longRunInside(chunk: Buffer): boolean {
    let from = 0;
    for (let at = chunk.indexOf(0x3c); at >= 0; at = chunk.indexOf(0x3c, from)) {
      if (at - from > this.maxBytes) return true;
      from = at + 1;
    }
    return false;
  }
}

/**
 * An XLSX (zip) file on disk, its central directory checked before anything is inflated: number
 * of parts, declared inflated sizes, compression ratio. Declared sizes can lie: yauzl stops a
 * part that inflates past its declared size (`validateEntrySizes`), so the checks hold.
 */
export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly parts: Map<string, yauzl.Entry>,
    private readonly maxTextBytes: number,
  ) {}

  static async open(
    path: string,
    limits: ZipLimits & { maxTextBytes: number },
  ): Promise<ZipArchive> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(
        path,
        { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
        (error, file) => (error ? reject(notAZip(error)) : resolve(file)),
      ),
    );
    try {
      const tooMany = zipProblem(zip.entryCount, limits);
      if (tooMany) throw new UnreadableFileError(tooMany);
      const parts = new Map<string, yauzl.Entry>();
      let total = 0;
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: yauzl.Entry) => {
          const problem = zipPartProblem(
            {
              name: entry.fileName,
              compressedSize: entry.compressedSize,
              uncompressedSize: entry.uncompressedSize,
            },
            total,
            limits,
          );
          if (problem) return reject(new UnreadableFileError(problem));
          total += entry.uncompressedSize;
          parts.set(entry.fileName, entry);
          zip.readEntry();
        });
        zip.once('end', resolve);
        zip.once('error', (error: Error) => reject(notAZip(error)));
        zip.readEntry();
      });
      return new ZipArchive(zip, parts, limits.maxTextBytes);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  /** The inflated bytes of a part, guarded against runs of text past the limit. */
  async read(name: string): Promise<Readable> {
    const entry = this.parts.get(name);
    if (!entry) throw new UnreadableFileError(`Il file XLSX non contiene ${name}`);
    const inflated = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, stream) =>
        error ? reject(notAZip(error)) : resolve(stream),
      ),
    );
    const guard = new XmlTextGuard(this.maxTextBytes, name);
    inflated.on('error', (error: Error) =>
      guard.destroy(
        /too many bytes|too few bytes/.test(error.message)
          ? new UnreadableFileError(
              `La parte ${name} del file XLSX non ha la dimensione che il file dichiara`,
            )
          : notAZip(error),
      ),
    );
    return inflated.pipe(guard);
  }

  close(): void {
    this.zip.close();
  }
}

function notAZip(error: Error): UnreadableFileError {
  return new UnreadableFileError(`File XLSX non leggibile: ${error.message}`);
}
