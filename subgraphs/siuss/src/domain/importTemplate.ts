import { csvField } from '@sisa/italia';
import { IMPORT_COLUMNS, importColumnSpec, type ImportColumnSpec } from './importColumns';

/** What a template needs of a saved layout. */
export interface TemplateLayout {
  kind: 'COLUMN_MAPPING' | 'FIXED_WIDTH';
  columns: {
    attribute: string;
    header?: string | null;
    start?: number | null;
    length?: number | null;
  }[];
}

/** One column of a file to import: its name in the file and what the catalogue says of it. */
export interface TemplateColumn extends ImportColumnSpec {
  /** The column's name in the file: the header (COLUMN_MAPPING), else the XSD attribute. */
  name: string;
  /** FIXED_WIDTH: first character (from 1) and width. */
  start: number | null;
  length: number | null;
}

/**
 * The columns of a file to import: the standard header row (every attribute, XSD names) without
 * a layout, else the layout's columns in its order, named as the layout names them.
 */
export function templateColumns(layout: TemplateLayout | null): TemplateColumn[] {
  if (!layout)
    return IMPORT_COLUMNS.map((spec) => ({
      ...spec,
      name: spec.attribute,
      start: null,
      length: null,
    }));
  return layout.columns.map((c) => ({
    ...importColumnSpec(c.attribute),
    name: c.header?.trim() || c.attribute,
    start: c.start ?? null,
    length: c.length ?? null,
  }));
}

/** The sample row: a periodic benefit with ISEE, realistic values as a person writes them. */
export function sampleRow(columns: readonly TemplateColumn[]): string[] {
  return columns.map((c) => (c.inSample ? c.example : ''));
}

/** The CSV template (UTF-8 with BOM, `;`): the header row and the sample row. */
export function templateCsv(columns: readonly TemplateColumn[]): string {
  const line = (values: string[]) => values.map((v) => csvField(v, ';')).join(';') + '\r\n';
  return '\uFEFF' + line(columns.map((c) => c.name)) + line(sampleRow(columns));
}

/** The rows of the «Istruzioni» sheet: one per column, with its header row first. */
export function instructionRows(columns: readonly TemplateColumn[]): string[][] {
  const positions = columns.some((c) => c.start !== null);
  const head = ['Colonna', 'Descrizione', 'Obbligatoria', 'Formato', 'Esempio'];
  return [
    positions ? [...head, 'Posizione'] : head,
    ...columns.map((c) => {
      const row = [c.name, c.description, c.required ? 'Sì' : 'No', c.format, c.example];
      if (positions)
        row.push(c.start === null ? '' : `dal carattere ${c.start}, ${c.length ?? 0} caratteri`);
      return row;
    }),
  ];
}
