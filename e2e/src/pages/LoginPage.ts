import type { Page } from 'playwright-core';

/** The login screen (admin-ui/src/auth/LoginPage.tsx). */
export class LoginPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Accedi a SISA' });
  readonly username = () => this.page.getByRole('textbox', { name: /^Nome utente/ });
  readonly password = () => this.page.getByLabel(/^Password/);
  readonly submit = () => this.page.getByRole('button', { name: 'Accedi' });
  /** "La sessione è scaduta…", shown after an expired session. */
  readonly expiredNotice = () =>
    this.page.getByRole('status').filter({ hasText: 'La sessione è scaduta' });
  readonly error = () => this.page.getByRole('alert');

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}login`);
    await this.heading().waitFor();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.username().fill(username);
    await this.password().fill(password);
    await this.submit().click();
  }
}
