import type { Page } from 'playwright-core';

/** Progetto personalizzato (admin-ui/src/resources/reiApplications/project/ReiProjectEdit.tsx). */
export class ReiProjectPage {
  constructor(private readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole('heading', { name: /^Progetto personalizzato/, level: 1 });
  readonly tab = (name: string) => this.page.getByRole('tab', { name });
  readonly textbox = (label: RegExp | string) => this.page.getByRole('textbox', { name: label });
  readonly dateInput = (label: RegExp | string) => this.page.getByLabel(label);
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });
  readonly signature = () => this.page.getByRole('region', { name: 'Sottoscrizione' });
  readonly dialog = () => this.page.getByRole('dialog');

  async ready(): Promise<void> {
    await this.heading().waitFor();
    await this.tab('Caso e valutazione').waitFor();
  }

  /** Adds a goal in the "Obiettivi" tab. */
  async addGoal(area: string, description: string, results: string[]): Promise<void> {
    await this.tab('Obiettivi').click();
    await this.page.getByRole('button', { name: 'Aggiungi' }).click();
    await this.page.getByRole('combobox', { name: /^Area/ }).click();
    await this.page.getByRole('option', { name: area }).click();
    await this.textbox(/^Descrizione/).fill(description);
    await this.textbox(/^Risultati attesi/).fill(results.join('\n'));
  }

  async sign(date: string): Promise<void> {
    await this.signature().getByRole('button', { name: 'Registra la sottoscrizione' }).click();
    await this.dialog()
      .getByLabel(/^Sottoscritto il/)
      .fill(date);
    await this.dialog().getByRole('button', { name: 'Registra la sottoscrizione' }).click();
  }
}
