import type { Page } from 'playwright-core';

/** Soggetti (admin-ui/src/resources/subjects/SubjectList.tsx). */
export class SubjectListPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly search = () =>
    this.page.getByRole('textbox', { name: 'Cerca per cognome, nome o codice fiscale' });
  readonly createButton = () => this.page.getByRole('link', { name: 'Nuovo' });
  readonly exportButton = () => this.page.getByRole('button', { name: 'Esporta' });
  readonly rows = () => this.page.locator('tbody tr');
  readonly row = (text: string) => this.page.getByRole('row').filter({ hasText: text });
  readonly addFilterButton = () => this.page.getByRole('button', { name: 'Aggiungi filtro' });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}subjects`);
    await this.ready();
  }

  /** The table is on screen with its header. */
  async ready(): Promise<void> {
    await this.page.getByRole('columnheader', { name: /codice fiscale/i }).waitFor();
  }

  /** Types in the search box and waits for react-admin to apply it (debounced, into the URL). */
  async searchFor(text: string): Promise<void> {
    await this.search().fill(text);
    await this.page.waitForURL((url) => decodeURIComponent(url.search).includes(`"q":"${text}"`));
  }

  /** Shows a filter from "Aggiungi filtro" and picks a value of a select filter. */
  async filterBySelect(label: string, option: string): Promise<void> {
    await this.addFilterButton().click();
    await this.page.getByRole('menuitemcheckbox', { name: label }).click();
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option }).click();
  }
}
