import type { Page } from 'playwright-core';

/** Modifica utente (admin-ui/src/resources/users/UserEdit.tsx). */
export class UserEditPage {
  constructor(private readonly page: Page) {}

  readonly fullName = () => this.page.getByRole('textbox', { name: /^Nome e cognome/ });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });
  /** react-admin's notification (a snackbar announced to screen readers). */
  readonly notification = (text: string) => this.page.getByText(text);

  async ready(): Promise<void> {
    await this.fullName().waitFor();
  }
}
