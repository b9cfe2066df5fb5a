import type { Page } from 'playwright-core';

/** Nuova segnalazione (admin-ui/src/resources/referrals/ReferralCreate.tsx). */
export class ReferralFormPage {
  constructor(private readonly page: Page) {}

  readonly source = () => this.page.getByRole('combobox', { name: /^Fonte/ });
  readonly urgency = () => this.page.getByRole('combobox', { name: /^Urgenza/ });
  readonly receivedAt = () => this.page.getByLabel(/^Ricevuta il/);
  readonly subject = () => this.page.getByRole('combobox', { name: /^Soggetto dell’anagrafe/ });
  readonly personDescription = () =>
    this.page.getByRole('textbox', { name: /^Persona non in anagrafe/ });
  readonly description = () =>
    this.page.getByRole('textbox', { name: /^Motivo della segnalazione/ });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });

  async ready(): Promise<void> {
    await this.source().waitFor();
  }

  private async select(input: ReturnType<Page['getByRole']>, option: string): Promise<void> {
    await input.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async chooseSource(label: string): Promise<void> {
    await this.select(this.source(), label);
  }

  async chooseUrgency(label: string): Promise<void> {
    await this.select(this.urgency(), label);
  }
}
