/** Text that is not valid delimited text (a quote never closed, text after a closing quote…). */
export class DelimitedTextError extends Error {}

/** Bounds of what one record may be: a file past them fails at once, naming the line. */
export interface DelimitedTextLimits {
  /** Characters of one record, line breaks inside quotes included. */
  maxRecordChars: number;
  /** Fields of one record. */
  maxFields: number;
}

const UNBOUNDED: DelimitedTextLimits = { maxRecordChars: Infinity, maxFields: Infinity };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads delimited text (CSV with `"` quoting, RFC 4180) fed in chunks, as records of fields.
 * Line breaks are `\n`, `\r\n` or `\r`; empty lines are skipped; records may have any number of
 * fields. A quote opens a quoted field only at the start of a field (`""` inside is a quote, and
 * the field may span lines); elsewhere it is an error, as it is after a closing quote.
 *
 * Bulk imports read a million lines: a line without quotes is split by the native `split`, the
 * character-by-character reading is kept for lines that have quotes.
 */
export class DelimitedTextReader {
  private rest = '';
  /** Line number (1-based) of the first line in `rest`, for messages. */
  private line = 1;

  constructor(
    readonly delimiter: string,
    private readonly limits: DelimitedTextLimits = UNBOUNDED,
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
      throw new RangeError(`Separatore non ammesso: ${JSON.stringify(delimiter)}`);
  }

  /**
   * Appends the records complete in `chunk` (with what was left from the previous one) to `out`,
   * and to `lines` the line (1-based, as a spreadsheet numbers it) each record starts on.
   */
  push(chunk: string, out: string[][], lines?: number[]): void {
    this.read(this.rest === '' ? chunk : this.rest + chunk, false, out, lines);
  }

  /** Appends the last record to `out` (its line to `lines`): the text is over. */
  end(out: string[][], lines?: number[]): void {
    this.read(this.rest, true, out, lines);
    this.rest = '';
  }

  private read(text: string, final: boolean, out: string[][], lines?: number[]): void {
    const n = text.length;
    let pos = 0;
    // Next quote, \n and \r at or after pos (-1: none left), searched again only once passed.
    let nextQuote = -2;
    let nextLf = -2;
    let nextCr = -2;
    while (pos < n) {
      if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
      const lineEnd =
        nextLf === -1
          ? nextCr === -1
            ? n
            : nextCr
          : nextCr === -1
            ? nextLf
            : Math.min(nextLf, nextCr);
      if (lineEnd === n && !final) break; // an incomplete line waits for the next chunk
      if (lineEnd === nextCr && lineEnd + 1 === n && !final) break; // \r or \r\n: the next chunk says
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      if (nextQuote === -1 || nextQuote >= lineEnd) {
        if (lineEnd - pos > this.limits.maxRecordChars) this.tooLong();
        if (lineEnd > pos) {
          out.push(this.bounded(text.slice(pos, lineEnd).split(this.delimiter)));
          lines?.push(this.line);
        }
        pos = nextLine(text, lineEnd);
        this.line++;
        continue;
      }
      const line = this.line;
      const record = this.quotedRecord(text, pos, final);
      if (record === null) break;
      if (record.next - pos > this.limits.maxRecordChars) this.tooLong(line);
      out.push(this.bounded(record.fields, line));
      lines?.push(line);
      pos = record.next;
    }
    // What waits for the next chunk is one record at most: past the limit it never ends well.
    if (n - pos > this.limits.maxRecordChars) this.tooLong();
    this.rest = pos < n ? text.slice(pos) : '';
  }

  private tooLong(line = this.line): never {
    throw new DelimitedTextError(
      `la riga ${line} supera ${this.limits.maxRecordChars} caratteri (senza un a capo?)`,
    );
  }

  private bounded(fields: string[], line = this.line): string[] {
    if (fields.length > this.limits.maxFields)
      throw new DelimitedTextError(`la riga ${line} ha più di ${this.limits.maxFields} colonne`);
    return fields;
  }

  /** The record starting at `from` in a line with quotes, or null when it goes on in the next chunk. */
  private quotedRecord(
    text: string,
    from: number,
    final: boolean,
  ): { fields: string[]; next: number } | null {
    const n = text.length;
    const delimiter = this.delimiter.charCodeAt(0);
    const fields: string[] = [];
    let lines = 0;
    let at = from;
    for (;;) {
      let field: string;
      if (text.charCodeAt(at) === QUOTE) {
        field = '';
        let start = at + 1;
        for (;;) {
          const close = text.indexOf('"', start);
          if (close === -1) {
            if (final) throw new DelimitedTextError(`virgolette non chiuse (riga ${this.line})`);
            return null;
          }
          for (let k = start; k < close; k++)
            if (
              text.charCodeAt(k) === LF ||
              (text.charCodeAt(k) === CR && text.charCodeAt(k + 1) !== LF)
            )
              lines++;
          field += text.slice(start, close);
          if (close + 1 === n && !final) return null;
          if (text.charCodeAt(close + 1) === QUOTE) {
            field += '"';
            start = close + 2;
            continue;
          }
          at = close + 1;
          break;
        }
        const after = at < n ? text.charCodeAt(at) : -1;
        if (after !== -1 && after !== delimiter && after !== LF && after !== CR)
          throw new DelimitedTextError(
            `testo dopo le virgolette di chiusura (riga ${this.line + lines})`,
          );
      } else {
        const start = at;
        let c: number;
        while (at < n && (c = text.charCodeAt(at)) !== delimiter && c !== LF && c !== CR) {
          if (c === QUOTE)
            throw new DelimitedTextError(
              `virgolette nel mezzo di un campo (riga ${this.line + lines})`,
            );
          at++;
        }
        field = text.slice(start, at);
      }
      fields.push(field);
      if (at >= n) {
        if (!final) return null;
        this.line += lines + 1;
        return { fields, next: n };
      }
      const c = text.charCodeAt(at);
      if (c === delimiter) {
        at++;
        continue;
      }
      if (c === CR && at + 1 === n && !final) return null;
      this.line += lines + 1;
      return { fields, next: nextLine(text, at) };
    }
  }
}

/** The position after the line break at `at` (`\n`, `\r\n` or `\r`). */
function nextLine(text: string, at: number): number {
  if (at >= text.length) return at;
  return text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
}
