import { computeFiscalCode } from '@sisa/italia';
import {
  createTestTenant,
  createTestUser,
  graphqlOk,
  issueToken,
  startTestPlatform,
  type TestUser,
} from '@sisa/testing';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, seriousAccessibilityViolations } from '../src/accessibility';
import { launchChromium, screenshot, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST, type ConsolePlatform } from '../src/consolePlatform';
import { eventually } from '../src/eventually';
import { messageUnder } from '../src/formErrors';
import { AppShell } from '../src/pages/AppShell';
import { LoginPage } from '../src/pages/LoginPage';
import { ReferralShowPage } from '../src/pages/ReferralShowPage';
import { SocialCaseFormPage, SocialCaseShowPage } from '../src/pages/SocialCasePages';

jest.setTimeout(240_000);

const autonomy = [
  { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
  { code: 'DIPENDENTE', label: 'Dipendente', score: 2 },
];
const AUTONOMY_FORM = {
  key: 'autonomia',
  label: 'Autonomia della persona',
  items: [
    { key: 'igiene', label: 'Cura di sé', options: autonomy },
    { key: 'spesa', label: 'Fare la spesa', options: autonomy },
  ],
  bands: [
    { min: 0, max: 1, label: 'Autonomo' },
    { min: 2, max: 4, label: 'Bisogno di sostegno' },
  ],
};
// A small PDF: what is uploaded must come back byte for byte.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

// The Cartella Sociale in Chromium against the real platform: a caseworker takes a referral in
// charge into a new case, writes the diary, signs an entry (then it never changes) and amends it;
// another caseworker, off the équipe, sees only that the case exists.
describe('Cartelle sociali in the console', () => {
  let platform: ConsolePlatform;
  let chromium: ConsoleBrowser;
  let anna: TestUser;
  let carlo: TestUser;
  let sara: TestUser;
  let referralId: string;
  let casePath: string;
  const child = {
    firstName: 'Giulia',
    lastName: 'Esposito',
    sex: 'F',
    birthDate: '2014-03-02',
    birthPlaceCode: 'F205',
  } as const;

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_UI_DIST, 'index.html')))
      throw new Error(
        `La console non è compilata (manca ${ADMIN_UI_DIST}/index.html): "npm run build".`,
      );
    const adminUiDir = mkdtempSync(join(tmpdir(), 'sisa-console-'));
    cpSync(ADMIN_UI_DIST, adminUiDir, { recursive: true });
    const started = await startTestPlatform(['config', 'registry', 'casework', 'siuss'], {
      adminUiDir,
    });
    platform = { ...started, consoleUrl: `${started.gatewayUrl}/admin/` };
    chromium = await launchChromium();
    const tenant = await createTestTenant('Comune di Prova Cartelle');
    anna = await createTestUser(tenant.id, ['CASEWORKER'], 'password-anna');
    carlo = await createTestUser(tenant.id, ['CASEWORKER'], 'password-carlo');
    sara = await createTestUser(tenant.id, ['CASE_SUPERVISOR'], 'password-sara');
    const token = await issueToken({
      tenantId: tenant.id,
      roles: ['CASEWORKER'],
      subjectId: anna.id,
      name: anna.username,
    });
    const api = <T>(query: string, variables: Record<string, unknown>) =>
      graphqlOk<T>(platform.graphqlUrl, query, variables, token);
    const { createSubject } = await api<{ createSubject: { id: string } }>(
      'mutation($i: SubjectInput!) { createSubject(input: $i) { id } }',
      { i: { ...child, fiscalCode: computeFiscalCode(child), citizenshipCode: '380' } },
    );
    const { createReferral } = await api<{ createReferral: { id: string } }>(
      'mutation($i: ReferralInput!) { createReferral(input: $i) { id } }',
      {
        i: {
          source: 'SCUOLA',
          urgency: 'HIGH',
          subjectId: createSubject.id,
          description: 'Assenze ripetute, la madre non risponde',
        },
      },
    );
    referralId = createReferral.id;
    await api('mutation($i: HouseholdInput!) { createHousehold(input: $i) { id } }', {
      i: { members: [{ subjectId: createSubject.id, relationship: '1', since: '2014-03-02' }] },
    });
    // The comune's assessment form, saved by its admin.
    const adminToken = await issueToken({
      tenantId: tenant.id,
      roles: ['TENANT_ADMIN'],
      name: 'seed.admin',
    });
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($i: AssessmentFormInput!) { saveAssessmentForm(input: $i) { key } }',
      { i: AUTONOMY_FORM },
      adminToken,
    );
    await api('mutation($id: ID!) { startReferralTriage(id: $id) { id } }', { id: referralId });
  });

  afterEach(async () => {
    const pages = chromium.browser.contexts().flatMap((c) => c.pages());
    const name = (expect.getState().currentTestName ?? '').slice(-24).replace(/\W+/g, '-');
    await Promise.all(
      pages.map((p, i) => screenshot(p, `cases-last-${name}-${i}`).catch(() => undefined)),
    );
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  async function signedIn(user: TestUser): Promise<Page> {
    const { page } = await chromium.newPage();
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    await login.signIn(user.username, user.password);
    await new AppShell(page).ready();
    return page;
  }

  it('takes a referral in charge, then writes, signs and amends the diary', async () => {
    const page = await signedIn(anna);
    await page.goto(`${platform.consoleUrl}referrals/${referralId}/show`);
    const referral = new ReferralShowPage(page);
    await referral.ready();
    await page.getByRole('main').getByRole('link', { name: 'Prendi in carico' }).click();

    const form = new SocialCaseFormPage(page);
    await form.ready();
    // The person comes from the referral; the responsible is who takes it in charge.
    expect(
      await eventually(
        () => form.subject().inputValue(),
        (v) => v !== '',
      ),
    ).toContain('Esposito Giulia');
    await form.area('Minori e famiglia').check();
    await form.save().click();
    await page.waitForURL(/\/socialCases\/[^/]+\/show$/);
    casePath = new URL(page.url()).pathname;

    const socialCase = new SocialCaseShowPage(page);
    await socialCase.ready();
    expect(await socialCase.fact('Numero').innerText()).toMatch(/^CS\/\d{4}\/\d{6}$/);
    await socialCase.fact('Stato').getByText('Aperta').waitFor();
    expect(await socialCase.fact('Aree').innerText()).toBe('Minori e famiglia');
    // The referral, accepted in triage, now names the case and offers no second one.
    await socialCase.fact('Segnalazione').getByRole('link').waitFor();
    await socialCase.tab('Équipe').click();
    await socialCase.section('Équipe').getByText('Responsabile').waitFor();

    await socialCase.openDiary();
    await page.getByRole('button', { name: 'Nuova annotazione' }).click();
    await socialCase.dialog().getByRole('combobox', { name: /^Tipo/ }).waitFor();
    expect(describeViolations(await seriousAccessibilityViolations(page))).toBe('');
    // Not in the future: the server's refusal, under the field, and the dialog stays.
    const when = socialCase.dialog().getByLabel(/^Quando/);
    const occurredAt = await when.inputValue();
    await when.fill('2099-01-01T10:00');
    await socialCase
      .dialog()
      .getByRole('textbox', { name: /^Testo/ })
      .fill('Nel futuro');
    await socialCase.dialog().getByRole('combobox', { name: /^Tipo/ }).click();
    await page.getByRole('option', { name: 'Colloquio', exact: true }).click();
    await socialCase.dialog().getByRole('button', { name: 'Salva la bozza' }).click();
    expect(
      await eventually(
        () => messageUnder(when),
        (message) => /\w/.test(message),
      ),
    ).toMatch(/futur/i);
    await when.fill(occurredAt);
    await socialCase.fillEntry(null, 'Primo colloquio con la madre a scuola.');
    const draft = socialCase.entry('Primo colloquio');
    await draft.getByText('Bozza').waitFor();
    expect(await draft.innerText()).toContain('Madre, Insegnante');
    await draft.getByRole('button', { name: 'Firma' }).click();
    await draft.getByText(/Firmata il/).waitFor();
    // Signed: never changed again, only amended.
    expect(await draft.getByRole('button', { name: 'Modifica' }).count()).toBe(0);
    expect(await draft.getByText('Bozza').count()).toBe(0);
    await draft.getByRole('button', { name: 'Rettifica' }).click();
    await socialCase.fillEntry(null, 'Primo colloquio con la madre e la maestra, a scuola.');
    const amendment = socialCase.entry('Rettifica dell’annotazione');
    await amendment.getByText('Bozza').waitFor();
    expect(await amendment.innerText()).toContain('con la madre e la maestra');
    expect(await amendment.getByRole('button', { name: 'Modifica' }).count()).toBe(1);
    expect(await socialCase.entries().count()).toBe(2);

    // Searched by words: only the amendment speaks of the maestra.
    await page.getByRole('searchbox', { name: 'Cerca nel diario' }).fill('maestra');
    expect(
      await eventually(
        () => socialCase.entries().count(),
        (n) => n === 1,
      ),
    ).toBe(1);

    // Printed: the signed entries as a PDF.
    const [printout] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Stampa (PDF)' }).click(),
    ]);
    expect(printout.suggestedFilename()).toMatch(/^diario-CS-\d{4}-\d{6}\.pdf$/);
    expect(
      readFileSync((await printout.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // The list: the case, newest first, with the person and the responsible.
    await page.goto(`${platform.consoleUrl}socialCases`);
    const row = page.getByRole('row').filter({ hasText: 'Esposito Giulia' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Aperta');
    expect(await row.getByRole('link').first().getAttribute('href')).toContain(casePath);

    // On a phone: cards, each a link to its case.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${platform.consoleUrl}socialCases`);
    const card = page.getByRole('main').getByRole('link').filter({ hasText: 'Esposito Giulia' });
    await card.first().waitFor();
    expect(await page.locator('main table').count()).toBe(0);
    await card.first().click();
    await page.waitForURL((url) => url.pathname === casePath);
  });

  it('keeps the problems, scores an assessment, uploads and downloads a document', async () => {
    expect(casePath).toBeDefined();
    const page = await signedIn(anna);
    await page.goto(`${platform.gatewayUrl}${casePath}`);
    const socialCase = new SocialCaseShowPage(page);
    await socialCase.ready();

    await socialCase.tab('Problematiche e risorse').click();
    await socialCase.action('Aggiungi problematica').click();
    const dialog = socialCase.dialog();
    await dialog.getByRole('combobox', { name: /^Problematica/ }).click();
    await page.getByRole('option', { name: 'Difficoltà economiche', exact: true }).click();
    await dialog.getByRole('textbox', { name: /^Descrizione/ }).fill('Madre senza lavoro');
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await dialog.waitFor({ state: 'detached' });
    const problem = page.getByRole('row').filter({ hasText: 'Difficoltà economiche' });
    await problem.waitFor();
    expect(await problem.innerText()).toContain('Nucleo familiare');
    expect(await problem.innerText()).toContain('Madre senza lavoro');
    // Changed in place: the same problem, the new description.
    await problem.getByRole('button', { name: 'Difficoltà economiche: modifica' }).click();
    const description = dialog.getByRole('textbox', { name: /^Descrizione/ });
    expect(await description.inputValue()).toBe('Madre senza lavoro');
    await description.fill('Madre senza lavoro da marzo');
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await dialog.waitFor({ state: 'detached' });
    await problem.getByText('Madre senza lavoro da marzo').waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Difficoltà economiche' }).count()).toBe(
      1,
    );

    // The form as the comune defined it; score and band as the server computes them.
    await socialCase.tab('Valutazioni').click();
    await socialCase.action('Nuova valutazione').click();
    await dialog.getByRole('group', { name: /Fare la spesa/ }).waitFor();
    expect(describeViolations(await seriousAccessibilityViolations(page))).toBe('');
    for (const item of ['Cura di sé', 'Fare la spesa'])
      await dialog
        .getByRole('group', { name: new RegExp(item) })
        .getByRole('radio', { name: 'Dipendente (2)' })
        .check();
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .getByText('Punteggio: 4 · Fascia: Bisogno di sostegno')
      .waitFor();
    const assessment = page.getByRole('row').filter({ hasText: 'Autonomia della persona' });
    expect(await assessment.innerText()).toContain('Bisogno di sostegno');
    // Not signed yet: its assessor changes an answer, the server scores it again.
    await assessment.getByRole('button', { name: 'Autonomia della persona: modifica' }).click();
    const spesa = dialog.getByRole('group', { name: /Fare la spesa/ });
    expect(await spesa.getByRole('radio', { name: 'Dipendente (2)' }).isChecked()).toBe(true);
    await spesa.getByRole('radio', { name: 'Autonomo (0)' }).check();
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .getByText('Punteggio: 2 · Fascia: Bisogno di sostegno')
      .waitFor();
    await assessment.getByRole('button', { name: 'Firma' }).click();
    await eventually(
      () => assessment.getByRole('button', { name: 'Firma' }).count(),
      (n) => n === 0,
    );

    await socialCase.tab('Documenti').click();
    await socialCase.action('Carica documento').click();
    await dialog.getByRole('textbox', { name: /^Titolo/ }).fill('Relazione di avvio');
    await dialog.getByRole('combobox', { name: /^Tipo/ }).click();
    await page.getByRole('option', { name: 'Relazione sociale', exact: true }).click();
    expect(describeViolations(await seriousAccessibilityViolations(page))).toBe('');
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'relazione.pdf', mimeType: 'application/pdf', buffer: PDF });
    await dialog.getByRole('button', { name: 'Carica documento' }).click();
    await dialog.waitFor({ state: 'detached' });
    const document = page.getByRole('row').filter({ hasText: 'Relazione di avvio' });
    await document.waitFor();
    expect(await document.innerText()).toContain('Relazione sociale');
    expect(await document.innerText()).toContain(`${PDF.length} B`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      document.getByRole('link', { name: 'Relazione di avvio' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('relazione.pdf');
    expect(readFileSync((await download.path())!)).toEqual(PDF);

    // The responsible reads who read the case.
    await socialCase.tab('Accessi').click();
    await page.getByRole('row').filter({ hasText: anna.username }).first().waitFor();
  });

  it('shows a caseworker off the équipe only that the case exists', async () => {
    expect(casePath).toBeDefined();
    const page = await signedIn(carlo);
    await page.goto(`${platform.gatewayUrl}${casePath}`);
    const socialCase = new SocialCaseShowPage(page);
    await socialCase.ready();
    await page.getByText('Non fai parte dell’équipe di questa cartella').waitFor();
    await socialCase.fact('Stato').getByText('Aperta').waitFor();
    expect(await socialCase.tab('Diario').count()).toBe(0);
    expect(await socialCase.section('Équipe').count()).toBe(0);
    expect(await socialCase.tab('Équipe').count()).toBe(0);
    for (const tab of [
      'Problematiche e risorse',
      'Valutazioni',
      'Documenti',
      'REI',
      'Prestazioni',
      'Storico',
      'Accessi',
    ])
      expect([tab, await socialCase.tab(tab).count()]).toEqual([tab, 0]);
    expect(await page.getByText('Esposito').count()).toBe(0);
    for (const action of ['Sospendi', 'Chiudi', 'Riapri'])
      expect([action, await socialCase.action(action).count()]).toEqual([action, 0]);
  });
  it('gives a supervisor the overview: every case of the comune, its content and who read it', async () => {
    expect(casePath).toBeDefined();
    const page = await signedIn(sara);
    await new AppShell(page).open('Cartelle sociali');
    // On no équipe, the supervisor lists the comune's cases, open ones by filter.
    const row = page.getByRole('row').filter({ hasText: 'Esposito Giulia' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Aperta');
    await row.getByRole('link').first().click();
    const socialCase = new SocialCaseShowPage(page);
    await socialCase.ready();
    expect(await page.getByText('Non fai parte dell’équipe di questa cartella').count()).toBe(0);
    // The content, and the record of who read it.
    await socialCase.openDiary();
    await socialCase.entries().first().waitFor();
    await socialCase.tab('Accessi').click();
    await page.getByRole('row').filter({ hasText: anna.username }).first().waitFor();
    for (const tab of ['Équipe', 'Problematiche e risorse', 'Valutazioni', 'Documenti', 'Storico'])
      expect([tab, await socialCase.tab(tab).count()]).toEqual([tab, 1]);
    expect(describeViolations(await seriousAccessibilityViolations(page))).toBe('');
  });
  it('lets the responsible suspend, close with a reason and reopen the case', async () => {
    expect(casePath).toBeDefined();
    const page = await signedIn(anna);
    await page.goto(`${platform.gatewayUrl}${casePath}`);
    const socialCase = new SocialCaseShowPage(page);
    await socialCase.ready();
    await socialCase.action('Sospendi').click();
    await socialCase.fact('Stato').getByText('Sospesa').waitFor();
    await socialCase.action('Chiudi').click();
    const dialog = socialCase.dialog();
    await dialog.getByRole('textbox', { name: /^Motivo/ }).fill('Obiettivi raggiunti');
    await dialog.getByRole('button', { name: 'Chiudi', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await socialCase.fact('Stato').getByText('Chiusa').waitFor();
    expect(await socialCase.fact('Motivo della chiusura').innerText()).toBe('Obiettivi raggiunti');
    expect(await socialCase.action('Chiudi').count()).toBe(0);
    await socialCase.action('Riapri').click();
    await socialCase.fact('Stato').getByText('Aperta').waitFor();
    // Storico: newest first, with the reason of the closure.
    await socialCase.tab('Storico').click();
    const history = page.getByRole('table', { name: 'Storico' });
    await history.getByRole('row', { name: /Riaperta/ }).waitFor();
    const rows = await history.locator('tbody tr').allInnerTexts();
    expect(rows.slice(0, 3).map((r) => /Riaperta|Chiusa|Sospesa/.exec(r)?.[0])).toEqual([
      'Riaperta',
      'Chiusa',
      'Sospesa',
    ]);
    expect(rows[1]).toContain('Obiettivi raggiunti');
    expect(rows[rows.length - 1]).toContain('Presa in carico');
  });
  it('lets the équipe change the areas and the household, kept in the history', async () => {
    expect(casePath).toBeDefined();
    const page = await signedIn(anna);
    await page.goto(`${platform.gatewayUrl}${casePath}`);
    const socialCase = new SocialCaseShowPage(page);
    await socialCase.ready();
    await page.getByRole('link', { name: 'Modifica' }).click();
    await page.getByRole('checkbox', { name: 'Adulti in difficoltà' }).check();
    await page.getByRole('combobox', { name: /^Nucleo familiare/ }).click();
    await page.getByRole('option', { name: 'Esposito Giulia' }).click();
    await page.getByRole('button', { name: 'Salva' }).click();
    await socialCase.ready();
    await socialCase.fact('Aree').getByText('Minori e famiglia, Adulti in difficoltà').waitFor();
    await socialCase.fact('Nucleo familiare').getByRole('link').waitFor();
    await socialCase.tab('Storico').click();
    const latest = page.getByRole('table', { name: 'Storico' }).locator('tbody tr').first();
    await latest.getByText('Dati modificati').waitFor();
    expect(await latest.innerText()).toMatch(/Aree: Minori e famiglia → .*Adulti in difficoltà/);
    expect(describeViolations(await seriousAccessibilityViolations(page))).toBe('');
  });
  it('proposes presa in carico and area di utenza for a SIUSS record of someone with an open case', async () => {
    const page = await signedIn(anna);
    await page.goto(`${platform.consoleUrl}socialBenefits/create`);
    const fiscalCode = page.getByRole('textbox', { name: /^Codice fiscale/ });
    await fiscalCode.waitFor();
    expect(await page.getByLabel(/Presa in carico/).isChecked()).toBe(false);
    await fiscalCode.fill(computeFiscalCode(child));
    const note = page.getByTestId('case-defaults');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/cartella sociale CS\/\d{4}\/\d{6} aperta/);
    expect(await page.getByLabel(/Presa in carico/).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: /^Area di utenza/ }).innerText()).toBe(
      'Famiglia e minori',
    );
    expect(describeViolations(await seriousAccessibilityViolations(page))).toBe('');
  });
});
