import type { Page } from 'playwright-core';

/** Modifica prestazione (admin-ui/src/resources/socialBenefits/SocialBenefitInputs.tsx). */
export class SocialBenefitEditPage {
  constructor(private readonly page: Page) {}

  readonly issues = () => this.page.getByTestId('benefit-issues');
  readonly noIssues = () => this.page.getByText('Nessun problema: il record è pronto per l’invio.');
  /** The issue shown next to a field (its GraphQL path, e.g. `userArea`). */
  readonly issueOn = (field: string) => this.page.locator(`[data-issue="${field}"]`);
  readonly select = (label: string | RegExp) => this.page.getByRole('combobox', { name: label });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });

  async ready(): Promise<void> {
    await this.page.getByRole('textbox', { name: /^Codice fiscale/ }).waitFor();
  }

  async choose(label: string | RegExp, option: string): Promise<void> {
    await this.select(label).click();
    await this.page.getByRole('option', { name: option }).click();
  }
}
