// The small XML vocabulary the INPS flows need: attribute-only elements, escaped, in a fixed
// order, written as strings a stream can take one beneficiary at a time.

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const TO_ESCAPE = /[&<>"\t\n\r]/g;
// Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline, carriage return).
// eslint-disable-next-line no-control-regex -- matching those characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for a double-quoted attribute value; characters XML cannot carry are dropped. */
export function escapeXml(value: string): string {
  // Most values (codes, dates, amounts, names) have nothing to escape: they are returned as they are.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c === 38 || c === 60 || c === 62 || c === 34 || c >= 0xfffe)
      return value.replace(FORBIDDEN, '').replace(TO_ESCAPE, (x) => ESCAPES[x]!);
  }
  return value;
}

/** ` Name="value"`, or nothing for an empty value: one attribute, for writers that build strings directly. */
export function attribute(name: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return ` ${name}="${typeof value === 'number' ? value : escapeXml(value)}"`;
}

export type Attributes = readonly (readonly [string, string | number | null | undefined])[];

/** ` Name="value"` for each attribute with a value, in the given order. */
export function attributes(attrs: Attributes): string {
  let out = '';
  for (const [name, value] of attrs) out += attribute(name, value);
  return out;
}

/** `<Name a="…"/>` */
export function emptyElement(name: string, attrs: Attributes): string {
  return `<${name}${attributes(attrs)}/>`;
}

/** `<Name a="…">` */
export function openElement(name: string, attrs: Attributes = []): string {
  return `<${name}${attributes(attrs)}>`;
}

/** `<Name>text</Name>` */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
export const CASELLARIO_NS = 'http://inps.it/Casellario';
