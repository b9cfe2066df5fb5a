import type { Page } from 'playwright-core';

/** Nuova / modifica domanda REI (admin-ui/src/resources/reiApplications/ReiApplicationInputs.tsx). */
export class ReiApplicationFormPage {
  constructor(private readonly page: Page) {}

  readonly applicant = () => this.page.getByRole('combobox', { name: /^Richiedente/ });
  readonly household = () => this.page.getByRole('combobox', { name: /^Nucleo familiare/ });
  readonly submittedAt = () => this.page.getByLabel(/^Presentata il/);
  readonly accessPoint = () => this.page.getByRole('combobox', { name: 'Punto di accesso' });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });
  readonly textbox = (label: string) => this.page.getByRole('textbox', { name: label });

  async ready(): Promise<void> {
    await this.applicant().waitFor();
  }

  /** Types in an autocomplete over the registry and picks the option that contains `option`. */
  private async pick(input: ReturnType<Page['getByRole']>, typed: string, option: string) {
    await input.click();
    await input.fill(typed);
    await this.page
      .getByRole('option', { name: new RegExp(option) })
      .first()
      .click();
  }

  async chooseApplicant(typed: string, option = typed): Promise<void> {
    await this.pick(this.applicant(), typed, option);
  }

  async chooseHousehold(typed: string, option = typed): Promise<void> {
    await this.pick(this.household(), typed, option);
  }

  async chooseAccessPoint(label: string): Promise<void> {
    await this.accessPoint().click();
    await this.page.getByRole('option', { name: label }).click();
  }

  /** A declaration: "Sì", "No" or "Non dichiarato". */
  async declare(label: string, answer: 'Sì' | 'No' | 'Non dichiarato'): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: answer, exact: true }).click();
  }
}
