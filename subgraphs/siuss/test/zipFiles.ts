import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The part's bytes, or chunks of them (a bomb is made of many copies of one chunk). */
  data: Buffer | Buffer[];
  /** What the central directory claims the part inflates to (default: the truth). */
  declaredSize?: number;
}

/**
 * A zip file built by hand (deflate), so tests can make what no spreadsheet program writes:
 * bombs, parts that lie about their size, thousands of parts.
 */
export function zipFile(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const chunks = Array.isArray(part.data) ? part.data : [part.data];
    const data = Buffer.concat(chunks);
    const compressed = deflateRawSync(data, { level: 9 });
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(data);
    const size = part.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, compressed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(compressed.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The parts of a minimal workbook whose one sheet has the given rows of shared-string indexes. */
export function workbookParts(sheetRows: number[][], sharedStrings: ZipPart): ZipPart[] {
  const columns = (i: number) => String.fromCharCode(65 + i);
  const rows = sheetRows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((s, c) => `<c r="${columns(c)}${r + 1}" t="s"><v>${s}</v></c>`).join('')}</row>`,
    )
    .join('');
  return [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Foglio1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    sharedStrings,
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.from(
        `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`,
      ),
    },
  ];
}

/** `xl/sharedStrings.xml` made of `count` copies of `<si><t>text</t></si>` (no uniqueCount). */
export function repeatedSharedStrings(count: number, text = 'x'): ZipPart {
  const si = Buffer.from(`<si><t>${text}</t></si>`);
  const block = Buffer.concat(Array.from({ length: 10_000 }, () => si));
  const chunks = [Buffer.from(`${HEAD}<sst xmlns="${MAIN}">`)];
  for (let i = 0; i < count / 10_000; i++) chunks.push(block);
  chunks.push(Buffer.from('</sst>'));
  return { name: 'xl/sharedStrings.xml', data: chunks };
}

/** `xl/sharedStrings.xml` with the given strings. */
export function sharedStrings(texts: string[]): ZipPart {
  const body = texts.map((t) => `<si><t>${t}</t></si>`).join('');
  return {
    name: 'xl/sharedStrings.xml',
    data: Buffer.from(`${HEAD}<sst xmlns="${MAIN}">${body}</sst>`),
  };
}
