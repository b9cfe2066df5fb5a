import type { Page } from 'playwright-core';

/** Nuovo indicatore with its live preview (admin-ui/src/resources/indicators/). */
export class IndicatorFormPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly key = () => this.page.getByRole('textbox', { name: /^Chiave/ });
  readonly label = () => this.page.getByRole('textbox', { name: /^Nome/ });
  readonly groupBy = () => this.page.getByRole('combobox', { name: /^Raggruppa per/ });
  readonly previewValue = () => this.page.getByTestId('indicator-preview-value');
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });

  async openCreate(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}indicators/create`);
    await this.key().waitFor();
  }

  async pick(combobox: ReturnType<Page['getByRole']>, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option }).click();
  }
}
