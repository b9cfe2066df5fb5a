import type { Download, Page } from 'playwright-core';

/** Nuovo invio SIUSS (admin-ui/src/resources/transmissions/TransmissionCreate.tsx). */
export class TransmissionCreatePage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  /** The preview's summary ("L’invio conterrà N prestazioni…"). */
  readonly ready = () => this.page.getByTestId('transmission-preview-summary');
  readonly previewTable = () => this.page.getByRole('table', { name: 'Anteprima dell’invio' });
  readonly operatorFiscalCode = () =>
    this.page.getByRole('textbox', { name: /^Codice fiscale dell’operatore/ });
  readonly save = () => this.page.getByRole('button', { name: 'Conferma e genera i file' });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}transmissions/create`);
    await this.ready().waitFor();
  }
}

/** Un invio SIUSS (admin-ui/src/resources/transmissions/TransmissionShow.tsx). */
export class TransmissionShowPage {
  constructor(private readonly page: Page) {}

  readonly files = () => this.page.getByRole('region', { name: 'File' });
  readonly summary = () => this.page.getByRole('region', { name: 'Invio SIUSS' });

  async ready(): Promise<void> {
    await this.files()
      .getByRole('button', { name: /^Scarica / })
      .first()
      .waitFor();
  }

  async download(index = 0): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.files()
        .getByRole('button', { name: /^Scarica / })
        .nth(index)
        .click(),
    ]);
    return download;
  }
}
