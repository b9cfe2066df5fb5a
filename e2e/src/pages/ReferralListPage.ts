import type { Page } from 'playwright-core';

/** Segnalazioni, the inbox (admin-ui/src/resources/referrals/ReferralList.tsx). */
export class ReferralListPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly createButton = () => this.page.getByRole('link', { name: 'Nuovo' });
  readonly rows = () => this.page.locator('main tbody tr');
  readonly row = (text: string) => this.page.getByRole('row').filter({ hasText: text });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}referrals`);
    await this.ready();
  }

  /** The table is on screen with its header. */
  async ready(): Promise<void> {
    await this.page.getByRole('columnheader', { name: /urgenza/i }).waitFor();
  }

  /** The rows' texts, top to bottom. */
  async rowTexts(): Promise<string[]> {
    await this.rows().first().waitFor();
    return this.rows().allInnerTexts();
  }

  /** Tabs from the top of the page until the focus is in the first row: what it focused. */
  async tabToFirstRow(maxPresses = 80): Promise<string | null> {
    await this.page.locator('body').focus();
    for (let presses = 0; presses < maxPresses; presses += 1) {
      await this.page.keyboard.press('Tab');
      const href = await this.page.evaluate(() => {
        const active = document.activeElement;
        const row = active?.closest('tbody tr');
        return row && row === document.querySelector('main tbody tr')
          ? (active?.getAttribute('href') ?? '')
          : null;
      });
      if (href !== null) return href;
    }
    return null;
  }
}
