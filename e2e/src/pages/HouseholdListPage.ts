import type { Page } from 'playwright-core';

/** Nuclei familiari (admin-ui/src/resources/households/HouseholdList.tsx). */
export class HouseholdListPage {
  constructor(private readonly page: Page) {}

  readonly search = () =>
    this.page.getByRole('textbox', { name: 'Cerca per componente (nome o codice fiscale)' });
  readonly row = (text: string) => this.page.getByRole('row').filter({ hasText: text });
  readonly exportButton = () => this.page.getByRole('button', { name: 'Esporta' });

  async ready(): Promise<void> {
    await this.page.getByRole('columnheader', { name: 'Componenti', exact: true }).waitFor();
  }
}
