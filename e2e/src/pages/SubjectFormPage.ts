import type { Page } from 'playwright-core';
import { messageUnder } from '../formErrors';

/** Nuovo / Modifica soggetto (admin-ui/src/resources/subjects/SubjectInputs.tsx). */
export class SubjectFormPage {
  constructor(private readonly page: Page) {}

  readonly fiscalCode = () => this.page.getByRole('textbox', { name: /^Codice fiscale/ });
  readonly fillFromCode = () =>
    this.page.getByRole('button', { name: 'Compila dal codice fiscale' });
  readonly lastName = () => this.page.getByRole('textbox', { name: /^Cognome/ });
  readonly firstName = () => this.page.getByRole('textbox', { name: /^Nome/ });
  readonly sex = (label: 'Maschio' | 'Femmina') => this.page.getByRole('radio', { name: label });
  readonly birthDate = () => this.page.getByLabel(/^Data di nascita/);
  readonly birthPlace = () => this.page.getByRole('combobox', { name: /^Luogo di nascita/ });
  readonly phone = () => this.page.getByRole('textbox', { name: /^Telefono/ });
  readonly save = () => this.page.getByRole('button', { name: 'Salva' });
  /** A custom field's select, by the label the comune gave it. */
  readonly customSelect = (label: string) =>
    this.page.getByRole('combobox', { name: new RegExp(`^${label}`) });
  readonly customText = (label: string) =>
    this.page.getByRole('textbox', { name: new RegExp(`^${label}`) });
  readonly sectionHeading = (name: string) => this.page.locator('legend', { hasText: name });

  async ready(): Promise<void> {
    await this.fiscalCode().waitFor();
  }

  /** What the form says under the codice fiscale (feedback, or the server's error). */
  fiscalCodeMessage(): Promise<string> {
    return messageUnder(this.fiscalCode());
  }

  /** Types the code one key at a time, as a person does. */
  async typeFiscalCode(code: string): Promise<void> {
    await this.fiscalCode().pressSequentially(code, { delay: 15 });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.customSelect(label).click();
    await this.page.getByRole('option', { name: option }).click();
  }
}
