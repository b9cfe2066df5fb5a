import type { Page } from 'playwright-core';
import { messageUnder } from '../formErrors';

/** Nuovo utente (admin-ui/src/resources/users/UserCreate.tsx). */
export class UserCreatePage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly username = () => this.page.getByRole('textbox', { name: /^Nome utente/ });
  readonly fullName = () => this.page.getByRole('textbox', { name: /^Nome e cognome/ });
  readonly password = () => this.page.getByLabel(/^Password/);
  readonly fiscalCode = () => this.page.getByRole('textbox', { name: /^Codice fiscale/ });
  readonly role = (label: string) => this.page.getByRole('checkbox', { name: label });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}users/create`);
    await this.username().waitFor();
  }

  async fill(user: {
    username: string;
    fullName: string;
    password: string;
    roles?: string[];
  }): Promise<void> {
    await this.username().fill(user.username);
    await this.fullName().fill(user.fullName);
    for (const role of user.roles ?? []) await this.role(role).check();
    await this.password().fill(user.password);
  }

  async submit(): Promise<void> {
    await this.save().click();
  }

  /** The feedback or error text under the fiscal-code input. */
  fiscalCodeMessage(): Promise<string> {
    return messageUnder(this.fiscalCode());
  }

  /** The error or help text under the password input. */
  passwordMessage(): Promise<string> {
    return messageUnder(this.password());
  }
}
