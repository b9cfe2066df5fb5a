import type { Download, Page } from 'playwright-core';

/** Importa prestazioni da un file (admin-ui/src/resources/siussImports/SiussImportCreate.tsx). */
export class SiussImportPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly file = () => this.page.getByLabel('File da importare');
  readonly start = () => this.page.getByRole('button', { name: 'Importa', exact: true });
  readonly progressBar = () =>
    this.page.getByRole('progressbar', { name: 'Avanzamento dell’importazione' });
  readonly progressText = () => this.page.getByTestId('import-progress');
  readonly outcome = () => this.page.getByText(/^Importazione (completata|non riuscita)/);
  readonly rejectedRows = () => this.page.getByTestId('rejected-rows');
  readonly importedRecords = () => this.page.getByRole('link', { name: 'Vedi i record importati' });
  /** The refusal of a file already imported, and its way through. */
  readonly duplicateFile = () => this.page.getByTestId('duplicate-file');
  readonly importAnyway = () => this.page.getByRole('button', { name: 'Importa comunque' });
  /** New, updated and unchanged counts of a completed import. */
  readonly outcomeCounts = () => this.page.getByTestId('import-outcomes');
  readonly matchedRows = () => this.page.getByTestId('matched-rows');

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}siussImports/create`);
    await this.start().waitFor();
  }

  async upload(path: string): Promise<void> {
    await this.file().setInputFiles(path);
    await this.start().click();
  }

  /** The problems of the rejected rows as [row, column, value as typed, problem]. */
  async rejected(): Promise<string[][]> {
    const rows = this.rejectedRows().locator('tbody tr');
    const result: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++)
      result.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((c) => c.trim()));
    return result;
  }

  private async download(button: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    return download;
  }

  /** The file of rejects: the rejected rows as they were, with «Motivi». */
  downloadRejects(): Promise<Download> {
    return this.download('Scarica scarti (CSV)');
  }

  /** The template to fill, `CSV` or `XLSX`. */
  downloadTemplate(format: 'CSV' | 'XLSX'): Promise<Download> {
    return this.download(`Scarica modello ${format}`);
  }

  /** Opens the column help and gives its rows as [column, description, required, format, example]. */
  async columnHelp(): Promise<string[][]> {
    await this.page.getByRole('button', { name: 'Guida alle colonne del file' }).click();
    const table = this.page.getByTestId('import-columns');
    await table.locator('tbody tr').first().waitFor();
    const rows = table.locator('tbody tr');
    const result: string[][] = [];
    for (let i = 0; i < (await rows.count()); i++)
      result.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((c) => c.trim()));
    return result;
  }
}
