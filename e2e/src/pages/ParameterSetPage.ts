import type { Page } from 'playwright-core';

/** Parametri REI (admin-ui/src/resources/parameterSets/). */
export class ParameterSetPage {
  constructor(private readonly page: Page) {}

  /** A set's card, by its code (REI-2018). */
  readonly card = (code: string) =>
    this.page
      .locator('.MuiCard-root')
      .filter({ has: this.page.getByRole('heading', { name: code, exact: true }) });
  readonly valueOf = (code: string, label: string) =>
    this.card(code)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  readonly edit = (code: string) => this.card(code).getByRole('button', { name: 'Modifica' });
  readonly input = (label: string) =>
    this.page.getByRole('textbox', { name: new RegExp(`^${label}`) });
  readonly number = (label: string) =>
    this.page.getByRole('spinbutton', { name: new RegExp(`^${label}`) });
  readonly select = (label: string) =>
    this.page.getByRole('combobox', { name: new RegExp(`^${label}`) });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });

  async ready(): Promise<void> {
    await this.page.getByRole('heading', { name: 'REI-2018', exact: true }).waitFor();
  }
}
