import type { Download, Page } from 'playwright-core';

/** Prestazioni sociali (admin-ui/src/resources/socialBenefits/SocialBenefitList.tsx). */
export class SocialBenefitListPage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly fiscalCode = () => this.page.getByRole('textbox', { name: /^Codice fiscale/ });
  readonly row = (text: string) => this.page.getByRole('row').filter({ hasText: text });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}socialBenefits`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.page
      .getByRole('columnheader', { name: /prestazione/i })
      .first()
      .waitFor();
  }

  async edit(text: string): Promise<void> {
    await this.row(text).getByRole('link', { name: 'Modifica' }).click();
  }

  /** The list's CSV export (react-admin's «Esporta»). */
  async exportCsv(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Esporta' }).click(),
    ]);
    return download;
  }
}
