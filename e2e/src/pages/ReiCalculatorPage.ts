import type { Page } from 'playwright-core';

/** Calcolatore REI (admin-ui/src/resources/reiCalculator/ReiCalculator.tsx). */
export class ReiCalculatorPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly householdSize = () =>
    this.page.getByRole('combobox', { name: /^Componenti del nucleo/ });
  readonly isr = () => this.page.getByRole('textbox', { name: /^ISR/ });
  readonly date = () => this.page.getByLabel('Data di presentazione');
  readonly compute = () => this.page.getByRole('button', { name: 'Calcola' });
  readonly amount = () => this.page.getByTestId('benefit-monthly-amount');
  readonly explanation = () => this.page.getByTestId('benefit-explanation');
  readonly maximums = () => this.page.getByTestId('rei-maximums');

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}reiCalculator`);
    await this.compute().waitFor();
  }

  /** The maximums table as [members, amount] rows. */
  async maximumRows(): Promise<string[][]> {
    const rows = this.maximums().locator('tbody tr');
    const count = await rows.count();
    const result: string[][] = [];
    for (let i = 0; i < count; i++)
      result.push((await rows.nth(i).locator('th, td').allInnerTexts()).map((t) => t.trim()));
    return result;
  }

  async chooseHouseholdSize(size: number): Promise<void> {
    await this.householdSize().click();
    await this.page.getByRole('option', { name: String(size), exact: true }).click();
  }
}
