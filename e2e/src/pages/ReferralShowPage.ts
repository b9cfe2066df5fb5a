import type { Page } from 'playwright-core';

/** Una segnalazione (admin-ui/src/resources/referrals/ReferralShow.tsx, ReferralActions.tsx). */
export class ReferralShowPage {
  constructor(private readonly page: Page) {}

  readonly action = (name: string) =>
    this.page.getByRole('main').getByRole('button', { name, exact: true });
  readonly dialog = () => this.page.getByRole('dialog');
  readonly section = (name: string) => this.page.getByRole('region', { name });
  /** The value of a fact (`<dt>` label, `<dd>` value) in the page. */
  readonly fact = (label: string) =>
    this.page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

  async ready(): Promise<void> {
    await this.section('Segnalazione').waitFor();
  }

  /** Opens a dialog's action, fills its note (if any) and confirms with the same label. */
  async decide(action: 'Accogli' | 'Non accogliere', note: string): Promise<void> {
    await this.action(action).click();
    await this.dialog().getByRole('textbox', { name: /^Nota/ }).fill(note);
    await this.dialog().getByRole('button', { name: action, exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  /** Collega soggetto: types in the registry search and picks the option containing `option`. */
  async linkSubject(typed: string, option: string): Promise<void> {
    await this.action('Collega soggetto').click();
    const input = this.dialog().getByRole('combobox', { name: /^Soggetto dell’anagrafe/ });
    await input.click();
    await input.fill(typed);
    await this.page
      .getByRole('option', { name: new RegExp(option) })
      .first()
      .click();
    await this.dialog().getByRole('button', { name: 'Collega soggetto', exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }
}
