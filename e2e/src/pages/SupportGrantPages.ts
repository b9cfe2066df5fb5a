import type { Page } from 'playwright-core';

/** Accessi di assistenza: list and form (admin-ui/src/resources/supportGrants/). */
export class SupportGrantPages {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly createButton = () => this.page.getByRole('link', { name: 'Nuovo' }).first();
  readonly username = () => this.page.getByRole('textbox', { name: /^Nome utente/ });
  readonly reason = () => this.page.getByRole('textbox', { name: /^Motivo/ });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });
  readonly row = (text: string) => this.page.getByRole('row').filter({ hasText: text });
  readonly revokeButton = (text: string) => this.row(text).getByRole('button', { name: 'Revoca' });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}supportGrants`);
  }

  /** Grants support for the form's default duration (one day) and waits for the list row. */
  async grant(username: string, reason: string): Promise<void> {
    await this.createButton().click();
    await this.username().fill(username);
    await this.reason().fill(reason);
    await this.save().click();
    await this.row(reason).waitFor();
  }

  /** Revokes through the confirmation dialog and waits for the server's answer. */
  async revoke(reason: string): Promise<void> {
    await this.revokeButton(reason).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Revoca' }).click();
    await this.page.getByText('Accesso di assistenza revocato').waitFor();
    await this.revokeButton(reason).waitFor({ state: 'detached' });
  }
}
