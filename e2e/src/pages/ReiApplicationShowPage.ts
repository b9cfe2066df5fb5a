import type { Download, Page } from 'playwright-core';

/** Una domanda REI (admin-ui/src/resources/reiApplications/ReiApplicationShow.tsx). */
export class ReiApplicationShowPage {
  constructor(private readonly page: Page) {}

  readonly section = (name: string) => this.page.getByRole('region', { name, exact: true });
  readonly summary = () => this.section('Domanda');
  readonly checks = () => this.section('Requisiti');
  readonly check = (code: string) => this.page.locator(`[data-check="${code}"]`);
  readonly benefitAmount = () => this.page.getByTestId('benefit-monthly-amount');
  readonly benefitExplanation = () => this.page.getByTestId('benefit-explanation');
  readonly benefitSchedule = () => this.page.getByTestId('benefit-schedule');
  readonly deadline = (code: string) => this.page.locator(`[data-deadline="${code}"]`);
  readonly timeline = () => this.page.getByTestId('rei-events');
  readonly runChecks = () => this.page.getByRole('button', { name: 'Esegui i controlli' });
  readonly sendToInps = () => this.page.getByRole('button', { name: 'Invia all’INPS' });
  readonly project = () => this.page.getByRole('link', { name: 'Progetto personalizzato' });
  readonly dialog = () => this.page.getByRole('dialog');

  /** Waits for the page with the application's protocol number. */
  async ready(protocolNumber?: string): Promise<void> {
    await this.summary().waitFor();
    if (protocolNumber) await this.summary().getByText(protocolNumber).waitFor();
  }

  /** Waits until the summary shows the status `label` (e.g. "Controlli superati"). */
  async statusIs(label: string): Promise<void> {
    await this.summary().getByText(label, { exact: true }).waitFor();
  }

  /** Records a requirement's outcome with a note, in its dialog. */
  async recordCheck(requirement: string, outcome: string, note: string): Promise<void> {
    await this.page.getByRole('button', { name: `Registra esito: ${requirement}` }).click();
    const dialog = this.dialog();
    await dialog.getByRole('radio', { name: outcome, exact: true }).check();
    await dialog.getByRole('textbox', { name: /^Come è stato verificato/ }).fill(note);
    await dialog.getByRole('button', { name: 'Registra esito' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Sends the application to INPS and downloads the export file from the dialog that follows. */
  async sendAndDownload(): Promise<Download> {
    await this.sendToInps().click();
    await this.dialog().getByRole('button', { name: 'Invia all’INPS' }).click();
    const ready = this.page.getByRole('dialog', { name: 'File per l’INPS pronto' });
    await ready.waitFor();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      ready.getByRole('button', { name: 'Scarica il file per l’INPS' }).click(),
    ]);
    await ready.getByRole('button', { name: 'Chiudi' }).click();
    return download;
  }
}
