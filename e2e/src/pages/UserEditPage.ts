import type { Page } from 'playwright-core';
import { messageUnder } from '../formErrors';

/** Modifica utente (admin-ui/src/resources/users/UserEdit.tsx). */
export class UserEditPage {
  constructor(private readonly page: Page) {}

  readonly fullName = () => this.page.getByRole('textbox', { name: /^Nome e cognome/ });
  readonly fiscalCode = () => this.page.getByRole('textbox', { name: /^Codice fiscale/ });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });
  /** react-admin's notification (a snackbar announced to screen readers). */
  readonly notification = (text: string) => this.page.getByText(text);

  /** The feedback or error text under the fiscal-code input. */
  fiscalCodeMessage(): Promise<string> {
    return messageUnder(this.fiscalCode());
  }

  async ready(): Promise<void> {
    await this.fullName().waitFor();
  }
}
