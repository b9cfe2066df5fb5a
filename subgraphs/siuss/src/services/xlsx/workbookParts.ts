import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UnreadableFileError } from '../unreadableFile';
import type { SharedStringStore } from './sharedStringStore';
import type { ZipArchive } from './zipArchive';

/** The text of a part, decoded across chunk boundaries (a character may be cut in two). */
export async function* partText(stream: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function parseXml(
  stream: Readable,
  on: {
    open?(tag: SaxesTagPlain): void;
    text?(text: string): void;
    close?(tag: SaxesTagPlain): void;
  },
): Promise<void> {
  const parser = new SaxesParser();
  if (on.open) parser.on('opentag', on.open);
  if (on.text) parser.on('text', on.text);
  if (on.close) parser.on('closetag', on.close);
  for await (const text of partText(stream)) parser.write(text);
  parser.close();
}

/**
 * Reads `xl/sharedStrings.xml` into `store`: one plain text per `<si>` (runs of rich text joined,
 * phonetic guides left out), refusing more than `maxStrings` strings or a string past `maxChars`.
 */
export async function readSharedStrings(
  archive: ZipArchive,
  store: SharedStringStore,
  limits: { maxStrings: number; maxChars: number },
): Promise<void> {
  const name = 'xl/sharedStrings.xml';
  if (!archive.parts.has(name)) return;
  const tooMany = () =>
    new UnreadableFileError(
      `Il file XLSX contiene più di ${limits.maxStrings} testi distinti (stringhe condivise)`,
    );
  let text = '';
  let inText = false;
  let phonetic = 0;
  await parseXml(await archive.read(name), {
    open(tag) {
      if (tag.name === 'sst' && Number(tag.attributes.uniqueCount) > limits.maxStrings)
        throw tooMany();
      if (tag.name === 'si') text = '';
      else if (tag.name === 'rPh') phonetic++;
      else if (tag.name === 't') inText = phonetic === 0;
    },
    text(value) {
      if (!inText) return;
      text += value;
      if (text.length > limits.maxChars)
        throw new UnreadableFileError(
          `Il file XLSX contiene un testo di oltre ${limits.maxChars} caratteri`,
        );
    },
    close(tag) {
      if (tag.name === 't') inText = false;
      else if (tag.name === 'rPh') phonetic--;
      else if (tag.name === 'si') {
        if (store.count >= limits.maxStrings) throw tooMany();
        store.add(text);
      }
    },
  });
  store.flush();
}

/** The part of the workbook's first sheet (as the workbook lists them), e.g. `xl/worksheets/sheet1.xml`. */
export async function firstSheetPart(archive: ZipArchive): Promise<string> {
  let firstId: string | null = null;
  if (archive.parts.has('xl/workbook.xml'))
    await parseXml(await archive.read('xl/workbook.xml'), {
      open(tag) {
        if (tag.name === 'sheet' && firstId === null) firstId = String(tag.attributes['r:id']);
      },
    });
  let target: string | null = null;
  if (firstId !== null && archive.parts.has('xl/_rels/workbook.xml.rels'))
    await parseXml(await archive.read('xl/_rels/workbook.xml.rels'), {
      open(tag) {
        if (tag.name === 'Relationship' && tag.attributes.Id === firstId)
          target = String(tag.attributes.Target);
      },
    });
  const named = target as string | null;
  const path = named?.startsWith('/') ? named.slice(1) : named ? `xl/${named}` : null;
  if (path && archive.parts.has(path)) return path;
  const sheets = [...archive.parts.keys()]
    .map((p) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(p))
    .filter((m) => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]));
  if (!sheets.length) throw new UnreadableFileError('Il file XLSX non contiene fogli');
  return sheets[0]![0];
}
