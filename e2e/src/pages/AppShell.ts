import type { Page } from 'playwright-core';

/** The frame around every page after login: app bar, tenant switcher, sidebar menu, user menu. */
export class AppShell {
  constructor(private readonly page: Page) {}

  readonly menu = () => this.page.getByRole('navigation', { name: 'Menu principale' });
  readonly menuItem = (name: string) => this.menu().getByRole('menuitem', { name });
  readonly menuSection = (name: string) => this.menu().getByRole('heading', { name });
  readonly tenantSwitcher = () => this.page.getByRole('button', { name: /^Ente su cui operi/ });
  readonly currentTenant = () => this.page.getByTestId('current-tenant');
  readonly skipToContent = () => this.page.getByRole('button', { name: 'Vai al contenuto' });

  /** Waits for the menu (the dashboard item is always there once logged in). */
  async ready(): Promise<void> {
    await this.menuItem('Cruscotto').waitFor();
  }

  async open(menuItem: string): Promise<void> {
    await this.menuItem(menuItem).click();
  }

  /** The labels of the menu's items, in order. */
  async menuItems(): Promise<string[]> {
    const items = await this.menu().getByRole('menuitem').allInnerTexts();
    return items.map((text) => text.trim());
  }

  /** Platform admin: picks a comune in the app bar; the console restarts on the dashboard. */
  async switchTenant(name: string): Promise<void> {
    await this.tenantSwitcher().click();
    await Promise.all([
      this.page.waitForURL(/\/admin\/?(#.*)?$/),
      this.page.getByRole('menuitem', { name: new RegExp(name) }).click(),
    ]);
    await this.page
      .getByRole('button', { name: new RegExp(`^Ente su cui operi: ${name}`) })
      .waitFor();
  }
}
