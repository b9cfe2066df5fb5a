import type { Page } from 'playwright-core';

/** The cruscotto (admin-ui/src/dashboard/Dashboard.tsx). */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  readonly welcome = () => this.page.getByRole('heading', { name: /^Benvenuto/ });
  readonly tenantLine = () => this.page.getByText(/^Stai operando per:/);
  readonly chooseTenantHint = () => this.page.getByText(/Scegli un ente dalla barra in alto/);
}
