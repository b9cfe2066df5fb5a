import { downloadCSV, type Exporter } from 'react-admin';

/**
 * The lists' CSV export: react-admin's default one, written by @sisa/italia's `recordsToCsv` so
 * that no cell runs as a formula when the file is opened in a spreadsheet (CSV injection).
 * @sisa/italia is loaded on the first export, as the console's other Italian reference.
 */
export const spreadsheetSafeExporter: Exporter = async (records, _fetchRelated, _dp, resource) => {
  const { recordsToCsv } = await import('@sisa/italia');
  downloadCSV(`\uFEFF${recordsToCsv(records)}`, resource ?? 'export');
};
