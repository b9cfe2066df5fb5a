import { importColumnSpec } from './importColumns';
import type { RowIssue } from './importRow';

/**
 * A problem of a rejected row as a person reads it in the file: the line (as a spreadsheet or
 * an editor numbers it), the column as the file calls it, the text exactly as typed, what is
 * wrong, and the record's field the column fills.
 */
export interface ImportIssue {
  line: number;
  column: string;
  value: string;
  message: string;
  field: string;
}

/** Attribute → the column's name in the file (its header, or the layout's name for it). */
export type ColumnNames = Readonly<Record<string, string>>;

/** The issue of `problem` on `line`, naming the column as the file does (else by attribute). */
export function locateIssue(line: number, problem: RowIssue, names: ColumnNames): ImportIssue {
  return {
    line,
    column: names[problem.attribute] ?? problem.attribute,
    value: problem.value,
    message: problem.message,
    field: importColumnSpec(problem.attribute).field,
  };
}

/** A value in a message: as typed, quoted; spaces at either end stay visible inside the quotes. */
function quoted(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return `"${shown}"`;
}

/**
 * The issue as one sentence: `Riga 12, colonna "ImportoPrestazione": "12,345" non è un importo
 * valido (al massimo due decimali)`; without the value when the cell is empty.
 */
export function issueText(issue: ImportIssue): string {
  const where = `Riga ${issue.line}, colonna "${issue.column}"`;
  return issue.value.trim() === ''
    ? `${where}: ${issue.message}`
    : `${where}: ${quoted(issue.value)} ${issue.message}`;
}
