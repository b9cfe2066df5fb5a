import type { Page } from 'playwright-core';

/** Nuova cartella (admin-ui/src/resources/socialCases/SocialCaseCreate.tsx). */
export class SocialCaseFormPage {
  constructor(private readonly page: Page) {}

  readonly subject = () => this.page.getByRole('combobox', { name: /^Soggetto dell’anagrafe/ });
  readonly responsible = () => this.page.getByRole('combobox', { name: /^Responsabile del caso/ });
  readonly area = (label: string) => this.page.getByRole('checkbox', { name: label });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });

  async ready(): Promise<void> {
    await this.responsible().waitFor();
  }
}

/**
 * Una cartella sociale (SocialCaseShow.tsx, CaseSummary.tsx, DiaryTab.tsx): facts, tabs, the
 * diary's entries and dialogs.
 */
export class SocialCaseShowPage {
  constructor(private readonly page: Page) {}

  readonly tab = (name: string) => this.page.getByRole('tab', { name });
  readonly section = (name: string) => this.page.getByRole('region', { name });
  readonly action = (name: string) =>
    this.page.getByRole('main').getByRole('button', { name, exact: true });
  readonly dialog = () => this.page.getByRole('dialog');
  readonly fact = (label: string) =>
    this.page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  /** The diary's entries, newest first. */
  readonly entries = () => this.page.getByRole('main').locator('article');
  readonly entry = (text: string) => this.entries().filter({ hasText: text });

  async ready(): Promise<void> {
    await this.section('Cartella').waitFor();
  }

  async openDiary(): Promise<void> {
    await this.tab('Diario').click();
    await this.page.getByRole('button', { name: 'Nuova annotazione' }).waitFor();
  }

  /** Fills the entry dialog (kind, text) and saves the draft. */
  async fillEntry(kind: string | null, text: string): Promise<void> {
    const dialog = this.dialog();
    if (kind) {
      await dialog.getByRole('combobox', { name: /^Tipo/ }).click();
      await this.page.getByRole('option', { name: kind, exact: true }).click();
    }
    await dialog.getByRole('textbox', { name: /^Testo/ }).fill(text);
    await dialog.getByRole('textbox', { name: /^Presenti/ }).fill('Madre, Insegnante');
    await dialog.getByRole('button', { name: 'Salva la bozza' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
