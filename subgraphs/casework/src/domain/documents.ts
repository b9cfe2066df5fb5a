/**
 * What a case document may be: PDF, images and office documents, recognised by their first bytes
 * (never by the name or the declared type alone), within a size limit.
 */
export const DOCUMENT_TYPES: Readonly<
  Record<string, { label: string; magic: readonly number[][] }>
> = {
  'application/pdf': { label: 'PDF', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  'image/png': { label: 'PNG', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'image/jpeg': { label: 'JPEG', magic: [[0xff, 0xd8, 0xff]] },
  'image/tiff': {
    label: 'TIFF',
    magic: [
      [0x49, 0x49, 0x2a, 0x00],
      [0x4d, 0x4d, 0x00, 0x2a],
    ],
  },
  // Office Open XML and OpenDocument files are ZIP archives.
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word (docx)',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel (xlsx)',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  'application/vnd.oasis.opendocument.text': {
    label: 'OpenDocument (odt)',
    magic: [[0x50, 0x4b, 0x03, 0x04]],
  },
  // The older Word and Excel files (OLE2 compound documents).
  'application/msword': {
    label: 'Word (doc)',
    magic: [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  },
};

/** Bytes needed to recognise any accepted type. */
export const SNIFF_BYTES = 8;

/** The accepted type `declared` (a Content-Type, parameters ignored), or null. */
export function acceptedType(declared: string | undefined): string | null {
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return Object.hasOwn(DOCUMENT_TYPES, type) ? type : null;
}

/** Whether the file's first bytes are those of `type`. */
export function startsAs(type: string, head: Uint8Array): boolean {
  return DOCUMENT_TYPES[type]!.magic.some((m) => m.every((byte, i) => head[i] === byte));
}

/**
 * A file name safe to keep and to send back in Content-Disposition: its last path segment, no
 * control characters or quotes, at most 255 characters; `documento` when nothing is left.
 */
export function safeFileName(raw: string | null | undefined): string {
  const last = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 255);
  return clean && clean !== '.' && clean !== '..' ? clean : 'documento';
}

export const DOCUMENT_TITLE_MAX = 300;
export const DOCUMENT_KINDS_LIST = 'case_document_kinds';
