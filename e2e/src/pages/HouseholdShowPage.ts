import type { Page } from 'playwright-core';

/** A household's page: members, ISEE, storico (admin-ui/src/resources/households/HouseholdShow.tsx). */
export class HouseholdShowPage {
  constructor(private readonly page: Page) {}

  readonly tab = (name: string) => this.page.getByRole('tab', { name });
  readonly memberRow = (text: string) => this.page.getByRole('row').filter({ hasText: text });
  readonly memberSearch = () => this.page.getByRole('combobox', { name: /^Soggetto/ });
  readonly relationship = () => this.page.getByRole('combobox', { name: /^Relazione/ });
  readonly addMember = () => this.page.getByRole('button', { name: 'Aggiungi componente' });
  readonly recordIsee = () => this.page.getByRole('button', { name: 'Registra ISEE' });
  readonly iseeDialog = () => this.page.getByRole('dialog', { name: 'Registra ISEE' });
  readonly iseeInput = (label: string) =>
    this.iseeDialog().getByRole('textbox', { name: new RegExp(`^${label}( \\*)?$`) });

  async ready(): Promise<void> {
    await this.tab('Componenti').waitFor();
  }

  async addMemberNamed(search: string, option: string, relationship: string): Promise<void> {
    await this.memberSearch().fill(search);
    await this.page.getByRole('option', { name: new RegExp(option) }).click();
    await this.relationship().click();
    await this.page.getByRole('option', { name: relationship }).click();
    await this.addMember().click();
  }
}
