import type { Page } from 'playwright-core';

/** The cruscotto (admin-ui/src/dashboard/Dashboard.tsx). */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  readonly welcome = () => this.page.getByRole('heading', { name: /^Benvenuto/ });
  readonly tenantLine = () => this.page.getByText(/^Stai operando per:/);
  readonly chooseTenantHint = () => this.page.getByText(/Scegli un ente dalla barra in alto/);
  /** An indicator's card, by its label (admin-ui/src/dashboard/IndicatorCard.tsx). */
  readonly indicator = (label: string) => this.page.getByRole('region', { name: label });
  readonly indicatorValue = (label: string) => this.indicator(label).getByTestId('indicator-value');
  readonly reiDeadlines = () =>
    this.page.getByRole('region', { name: 'Scadenze REI di questa settimana' });
  /** The cruscotto's three sections have loaded (or said why not): none is `aria-busy`. */
  async settled(): Promise<void> {
    await this.reiDeadlines().waitFor();
    await this.page.waitForFunction(
      () =>
        document.querySelectorAll('section[aria-busy]').length >= 3 &&
        document.querySelectorAll('section[aria-busy="true"]').length === 0,
    );
  }
  readonly invalidBenefits = () =>
    this.page.getByRole('region', { name: 'Prestazioni SIUSS da correggere' });
}
