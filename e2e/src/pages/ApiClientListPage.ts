import type { Page } from 'playwright-core';

/** Client API (admin-ui/src/resources/apiClients/ApiClientList.tsx). */
export class ApiClientListPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  /** "Nuovo", in the toolbar or, while the list is empty, in react-admin's invitation. */
  readonly createButton = () => this.page.getByRole('link', { name: 'Nuovo' }).first();
  readonly row = (text: string) => this.page.getByRole('row').filter({ hasText: text });
  readonly revokeButton = (name: string) => this.row(name).getByRole('button', { name: 'Revoca' });
  readonly confirmDialog = () => this.page.getByRole('dialog');

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}apiClients`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.page.getByRole('columnheader', { name: /client id/i }).waitFor();
  }

  /**
   * Revokes through the confirmation dialog and waits for the server's answer: the confirmation
   * message (the button alone can vanish for a moment while permissions are re-read).
   */
  async revoke(name: string): Promise<void> {
    await this.revokeButton(name).click();
    await this.confirmDialog().getByRole('button', { name: 'Revoca' }).click();
    await this.page.getByText('Client revocato').waitFor();
    await this.revokeButton(name).waitFor({ state: 'detached' });
  }
}
