import type { Page } from 'playwright-core';

/** Utenti (admin-ui/src/resources/users/UserList.tsx). */
export class UserListPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly search = () => this.page.getByRole('textbox', { name: 'Cerca per nome o nome utente' });
  readonly createButton = () => this.page.getByRole('link', { name: 'Nuovo' });
  readonly row = (text: string) => this.page.getByRole('row').filter({ hasText: text });
  readonly editButtons = () => this.page.getByRole('link', { name: 'Modifica' });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}users`);
    await this.ready();
  }

  /** The table is on screen with its first row. */
  async ready(): Promise<void> {
    await this.page.getByRole('columnheader', { name: /nome utente/i }).waitFor();
  }

  async searchFor(text: string): Promise<void> {
    await this.search().fill(text);
  }
}
