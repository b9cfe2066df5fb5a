import type { Page } from 'playwright-core';

/** Campi personalizzati: list and form (admin-ui/src/resources/fieldDefinitions/). */
export class FieldDefinitionFormPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly key = () => this.page.getByRole('textbox', { name: /^Chiave/ });
  readonly label = () => this.page.getByRole('textbox', { name: /^Etichetta/ });
  readonly type = () => this.page.getByRole('combobox', { name: /^Tipo(?! di)/ });
  readonly list = () => this.page.getByRole('combobox', { name: /^Elenco di valori/ });
  readonly section = () => this.page.getByRole('textbox', { name: /^Sezione/ });
  readonly required = () => this.page.getByRole('switch', { name: 'Obbligatorio' });
  readonly preview = () => this.page.getByRole('heading', { name: 'Anteprima nel modulo' });
  /** The preview's own input, as the entity's form will show it. */
  readonly previewBox = () => this.page.getByTestId('field-preview');
  readonly sameLabelWarning = () => this.page.getByTestId('same-label-warning');
  readonly rowsPerPage = () => this.page.getByText('Righe per pagina:');
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });
  readonly listRow = (text: string) => this.page.getByRole('row').filter({ hasText: text });

  async openList(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}fieldDefinitions`);
    await this.page.getByRole('columnheader', { name: /etichetta/i }).waitFor();
  }

  async openCreate(): Promise<void> {
    await this.page.getByRole('link', { name: 'Nuovo' }).click();
    await this.key().waitFor();
  }

  async pick(combobox: ReturnType<Page['getByRole']>, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option }).click();
  }
}
