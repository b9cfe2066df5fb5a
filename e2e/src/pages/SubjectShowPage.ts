import type { Page } from 'playwright-core';

/** A subject's page with its tabs (admin-ui/src/resources/subjects/SubjectShow.tsx). */
export class SubjectShowPage {
  constructor(private readonly page: Page) {}

  readonly tab = (name: string) => this.page.getByRole('tab', { name });
  readonly editButton = () => this.page.getByRole('link', { name: 'Modifica' });
  readonly history = () => this.page.getByRole('list', { name: 'Storico delle modifiche' });
  readonly revision = (version: number) => this.page.getByTestId(`revision-${version}`);
  readonly customValue = (key: string) => this.page.locator(`[data-field="${key}"]`);

  async ready(): Promise<void> {
    await this.tab('Anagrafica').waitFor();
    await this.page.getByText('Codice fiscale', { exact: true }).first().waitFor();
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
  }
}
