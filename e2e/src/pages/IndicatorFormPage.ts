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
  readonly previewProblem = () => this.page.getByTestId('indicator-preview-problem');
  readonly previewGroups = () => this.page.locator('[aria-live="polite"] li').allInnerTexts();
  readonly addCondition = () => this.page.getByRole('button', { name: 'Aggiungi condizione' });
  /** Row `n` (from 1) of the condition builder. */
  readonly condition = (n: number) => this.page.getByRole('group', { name: `Condizione ${n}` });
  readonly advancedToggle = () =>
    this.page.getByRole('button', {
      name: /^(Vista avanzata \(JSON\)|Torna alle condizioni guidate)$/,
    });
  readonly conditionsJson = () => this.page.getByRole('textbox', { name: 'Condizioni (JSON)' });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });

  async openCreate(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}indicators/create`);
    await this.key().waitFor();
  }

  /** Sets row `n` of the conditions: field, operator and (a choice's label) value. */
  async setCondition(n: number, field: string, operator: string, value?: string): Promise<void> {
    const row = this.condition(n);
    await this.pick(row.getByRole('combobox', { name: 'Campo' }), field);
    await this.pick(row.getByRole('combobox', { name: 'Operatore' }), operator);
    if (value !== undefined) await this.pick(row.getByRole('combobox', { name: 'Valore' }), value);
  }

  async operatorsOf(n: number): Promise<string[]> {
    await this.condition(n).getByRole('combobox', { name: 'Operatore' }).click();
    const options = await this.page.getByRole('option').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return options.map((o) => o.trim());
  }

  async pick(combobox: ReturnType<Page['getByRole']>, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
