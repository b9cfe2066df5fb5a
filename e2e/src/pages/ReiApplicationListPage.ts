import type { Page } from 'playwright-core';

/** Domande REI (admin-ui/src/resources/reiApplications/ReiApplicationList.tsx). */
export class ReiApplicationListPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly search = () =>
    this.page.getByRole('textbox', { name: 'Cerca per protocollo, nome o codice fiscale' });
  readonly statusFilter = () => this.page.getByRole('combobox', { name: 'Stato' });
  readonly overdueFilter = () => this.page.getByRole('combobox', { name: 'Scadenze superate' });
  readonly createButton = () => this.page.getByRole('link', { name: 'Nuovo' });
  readonly row = (text: string) => this.page.getByRole('row').filter({ hasText: text });
  /** The bulk action shown once rows are selected. */
  readonly sendSelected = () => this.page.getByRole('button', { name: 'Invia all’INPS' });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}reiApplications`);
    await this.ready();
  }

  /** The table, or react-admin's invitation to create the first application. */
  async ready(): Promise<void> {
    await this.page
      .getByRole('columnheader', { name: /protocollo/i })
      .or(this.page.getByText('Nessun elemento in Domande REI'))
      .first()
      .waitFor();
  }

  async searchFor(text: string): Promise<void> {
    await this.search().fill(text);
  }

  async select(text: string): Promise<void> {
    await this.row(text).getByRole('checkbox').check();
  }

  /** Chooses a value of a filter that is a select (status, overdue deadlines). */
  async filterBy(filter: 'Stato' | 'Scadenze superate', option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: filter }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
