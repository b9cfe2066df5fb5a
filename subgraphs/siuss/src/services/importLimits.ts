import { positiveNumberFromEnv, uploadMaxBytes } from '@sisa/kernel';

const KB = 1024;
const MB = 1024 * KB;

/** How much one uploaded file may ask of the service (each one configurable, see the README). */
export interface ImportLimits {
  /** Bytes of the upload as sent (`SISA_UPLOAD_MAX_MB`, 50). */
  maxBytes: number;
  /** Characters of one line (record) of CSV or TXT (`SISA_IMPORT_MAX_LINE_KB`, 64). */
  maxLineChars: number;
  /** Columns of a row (`SISA_IMPORT_MAX_COLUMNS`, 200). */
  maxColumns: number;
  xlsx: {
    /** Entries in the zip (`SISA_XLSX_MAX_ENTRIES`, 1000). */
    maxEntries: number;
    /** Bytes of all parts once inflated (`SISA_XLSX_MAX_UNCOMPRESSED_MB`, 500). */
    maxUncompressedBytes: number;
    /** Inflated / compressed size of a part larger than 1 MB (100: zip bombs reach 1000). */
    maxRatio: number;
    /** Strings in the shared-strings part (`SISA_XLSX_MAX_SHARED_STRINGS`, 5 000 000). */
    maxSharedStrings: number;
    /** Bytes of XML between two tags: one cell's text (256 KB, Excel's cell holds 32 767 characters). */
    maxTextBytes: number;
  };
  /** Imports running at once in this process, across tenants (`SISA_IMPORTS_MAX_CONCURRENT`, 2). */
  maxConcurrent: number;
}

/** The limits in force, from the environment. */
export function importLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  const n = (name: string, fallback: number) =>
    Math.floor(positiveNumberFromEnv(env, name, fallback));
  return {
    maxBytes: uploadMaxBytes(env),
    maxLineChars: n('SISA_IMPORT_MAX_LINE_KB', 64) * KB,
    maxColumns: n('SISA_IMPORT_MAX_COLUMNS', 200),
    xlsx: {
      maxEntries: n('SISA_XLSX_MAX_ENTRIES', 1000),
      maxUncompressedBytes: n('SISA_XLSX_MAX_UNCOMPRESSED_MB', 500) * MB,
      maxRatio: 100,
      maxSharedStrings: n('SISA_XLSX_MAX_SHARED_STRINGS', 5_000_000),
      maxTextBytes: 256 * KB,
    },
    maxConcurrent: n('SISA_IMPORTS_MAX_CONCURRENT', 2),
  };
}

/** Italian thousands: 65536 → "65.536". */
export const count = (n: number) => n.toLocaleString('it-IT');
