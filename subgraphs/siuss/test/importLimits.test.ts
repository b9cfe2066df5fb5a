import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DelimitedTextError, DelimitedTextReader } from '../src/domain/delimitedText';
import { zipPartProblem, zipProblem } from '../src/domain/zipLimits';
import { importLimitsFromEnv } from '../src/services/importLimits';
import { importSlots, previewSlots } from '../src/services/tenantSlots';
import { SharedStringStore } from '../src/services/xlsx/sharedStringStore';

const MB = 1024 * 1024;

describe('import limits', () => {
  it('reads its limits from the environment, with defaults', () => {
    const defaults = importLimitsFromEnv({});
    expect(defaults).toMatchObject({
      maxBytes: 50 * MB,
      maxLineChars: 64 * 1024,
      maxColumns: 200,
      maxConcurrent: 2,
    });
    expect(defaults.xlsx).toMatchObject({
      maxEntries: 1000,
      maxUncompressedBytes: 500 * MB,
      maxSharedStrings: 5_000_000,
    });
    const set = importLimitsFromEnv({ SISA_UPLOAD_MAX_MB: '10', SISA_IMPORT_MAX_LINE_KB: 'x' });
    expect(set.maxBytes).toBe(10 * MB);
    expect(set.maxLineChars).toBe(64 * 1024);
  });

  it('stops a record past its length or width, naming its line, whatever the chunks', () => {
    const limits = { maxRecordChars: 20, maxFields: 3 };
    const read = (text: string, chunk: number) => {
      const reader = new DelimitedTextReader(';', limits);
      const out: string[][] = [];
      for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk), out);
      reader.end(out);
      return out;
    };
    for (const chunk of [1, 7, 1000]) {
      expect(read('a;b\nc;d\n', chunk)).toEqual([
        ['a', 'b'],
        ['c', 'd'],
      ]);
      expect(() => read(`a;b\n${'x'.repeat(21)}\n`, chunk)).toThrow(
        new DelimitedTextError('la riga 2 supera 20 caratteri (senza un a capo?)'),
      );
      expect(() => read(`a;b\n"${'x'.repeat(30)}`, chunk)).toThrow(/la riga 2 supera/);
      expect(() => read('a;b\nc;"d";e;f\n', chunk)).toThrow(/la riga 2 ha più di 3 colonne/);
      expect(() => read('a;b\nc;d;e;f\n', chunk)).toThrow(/la riga 2 ha più di 3 colonne/);
    }
  });

  it('refuses a zip of too many parts, too large inflated, or compressed like a bomb', () => {
    const limits = { maxEntries: 10, maxUncompressedBytes: 100 * MB, maxRatio: 100 };
    expect(zipProblem(11, limits)).toMatch(/11 parti: al massimo 10/);
    expect(zipProblem(10, limits)).toBeNull();
    const part = (compressedSize: number, uncompressedSize: number) => ({
      name: 'xl/sharedStrings.xml',
      compressedSize,
      uncompressedSize,
    });
    expect(zipPartProblem(part(MB, 20 * MB), 0, limits)).toBeNull();
    expect(zipPartProblem(part(MB, 20 * MB), 90 * MB, limits)).toMatch(/supera 100 MB/);
    expect(zipPartProblem(part(100_000, 20 * MB), 0, limits)).toMatch(/più di 100 volte/);
    // A small part may compress as it likes.
    expect(zipPartProblem(part(10, 500_000), 0, limits)).toBeNull();
  });

  it('gives one slot per tenant and a few in all', () => {
    const slots = importSlots(2);
    const a = slots.take('a');
    expect(slots.take('a')).toMatchObject({ status: 429, retryAfterSeconds: 30 });
    const b = slots.take('b');
    expect(slots.take('c')).toMatchObject({ status: 503, retryAfterSeconds: 60 });
    if ('release' in a) a.release();
    if ('release' in a) a.release(); // twice is once
    expect('release' in slots.take('c')).toBe(true);
    expect(slots.take('d')).toMatchObject({ status: 503 });
    if ('release' in b) b.release();
  });

  it('gives transmission previews slots of their own, two in all', () => {
    const previews = previewSlots();
    const a = previews.take('a');
    expect(previews.take('a')).toMatchObject({
      status: 429,
      message: expect.stringContaining('anteprima'),
    });
    previews.take('b');
    expect(previews.take('c')).toMatchObject({ status: 503, retryAfterSeconds: 60 });
    // An import of a tenant whose preview runs is another kind of work.
    expect('release' in importSlots(2).take('a')).toBe(true);
    if ('release' in a) a.release();
    expect('release' in previews.take('c')).toBe(true);
  });
});

describe('SharedStringStore', () => {
  it('gives back every string as written, across blocks, multi-byte and long ones included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'siuss-strings-'));
    try {
      const store = new SharedStringStore(join(dir, 'strings'));
      const texts: string[] = [];
      for (let i = 0; i < 200_000; i++)
        texts.push(
          i % 1000 === 7 ? `lungo ${'à'.repeat(40_000)} ${i}` : i % 3 ? `Niccolò ${i}` : `${i}`,
        );
      texts.push('');
      for (const t of texts) store.add(t);
      store.flush();
      expect(store.count).toBe(texts.length);
      for (let i = 0; i < texts.length; i += 1) expect(store.get(i)).toBe(texts[i]);
      // Back to the start after the cache moved on, and out of range.
      expect(store.get(0)).toBe('0');
      expect(store.get(texts.length)).toBeUndefined();
      expect(store.get(-1)).toBeUndefined();
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
