import type { Page } from 'playwright-core';

/** Nuovo client API and the one-time secret dialog (admin-ui/src/resources/apiClients/). */
export class ApiClientCreatePage {
  constructor(
    private readonly page: Page,
    private readonly consoleUrl: string,
  ) {}

  readonly name = () => this.page.getByRole('textbox', { name: /^Nome/ });
  readonly scope = (label: string) => this.page.getByRole('checkbox', { name: label });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });
  readonly secretDialog = () => this.page.getByRole('dialog', { name: 'Client API creato' });
  readonly secretWarning = () => this.secretDialog().getByRole('alert');
  readonly secret = () => this.secretDialog().getByRole('textbox', { name: /^Segreto/ });
  readonly clientId = () => this.secretDialog().getByRole('textbox', { name: /^Client ID/ });
  readonly copyButton = () => this.secretDialog().getByRole('button', { name: /^Copia/ });
  readonly done = () => this.secretDialog().getByRole('button', { name: 'Ho copiato il segreto' });

  async open(): Promise<void> {
    await this.page.goto(`${this.consoleUrl}apiClients/create`);
    await this.name().waitFor();
  }

  async create(name: string, scopes: string[]): Promise<{ clientId: string; secret: string }> {
    await this.name().fill(name);
    for (const scope of scopes) await this.scope(scope).check();
    await this.save().click();
    await this.secretDialog().waitFor();
    return {
      clientId: await this.clientId().inputValue(),
      secret: await this.secret().inputValue(),
    };
  }
}
