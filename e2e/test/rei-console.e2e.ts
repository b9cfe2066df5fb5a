import { readFileSync } from 'node:fs';
import {
  createTestTenant,
  createTestUser,
  graphqlOk,
  issueToken,
  openTestCase,
  startTestPlatform,
  type TestTenant,
  type TestUser,
} from '@sisa/testing';
import type { Page } from 'playwright-core';
import { describeViolations, seriousAccessibilityViolations } from '../src/accessibility';
import { launchChromium, screenshot, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST, type ConsolePlatform } from '../src/consolePlatform';
import { createDraftApplication, createReiFamily } from '../src/fixtures/reiFamily';
import { recordMetric } from '../src/metrics';
import { AppShell } from '../src/pages/AppShell';
import { LoginPage } from '../src/pages/LoginPage';
import { ReiApplicationFormPage } from '../src/pages/ReiApplicationFormPage';
import { ReiApplicationListPage } from '../src/pages/ReiApplicationListPage';
import { ReiApplicationShowPage } from '../src/pages/ReiApplicationShowPage';
import { ReiCalculatorPage } from '../src/pages/ReiCalculatorPage';
import { ReiProjectPage } from '../src/pages/ReiProjectPage';

jest.setTimeout(180_000);

const todayInItaly = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());

describe('the REI screens in Chromium', () => {
  let platform: ConsolePlatform;
  let chromium: ConsoleBrowser;
  let tenant: TestTenant;
  let caseworker: TestUser;
  let token: string;

  const api = <T = Record<string, unknown>>(query: string, variables = {}) =>
    graphqlOk<T>(platform.graphqlUrl, query, variables, token);

  beforeAll(async () => {
    // Every subgraph: applications read the registry, the configuration and REI.
    const started = await startTestPlatform(undefined, { adminUiDir: ADMIN_UI_DIST });
    platform = { ...started, consoleUrl: `${started.gatewayUrl}/admin/` };
    chromium = await launchChromium();
    tenant = await createTestTenant('Comune di Prova REI');
    caseworker = await createTestUser(tenant.id, ['CASEWORKER'], 'password-operatore');
    token = await issueToken({
      tenantId: tenant.id,
      roles: ['CASEWORKER'],
      name: 'seed.operatore',
    });
    const adminToken = await issueToken({
      tenantId: tenant.id,
      roles: ['TENANT_ADMIN'],
      name: 'seed.admin',
    });
    // A field of the comune on applications: the form and the page draw it from the configuration.
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($i: FieldDefinitionInput!) { createFieldDefinition(input: $i) { id } }',
      {
        i: {
          entity: 'REI_APPLICATION',
          key: 'praticaSportello',
          label: 'Numero di pratica dello sportello',
          type: 'TEXT',
        },
      },
      adminToken,
    );
  });

  // The screen each scenario ended on, to see what it showed when one fails.
  let lastPage: Page | null = null;
  afterEach(async () => {
    if (lastPage)
      await screenshot(
        lastPage,
        `rei-last-${expect.getState().currentTestName?.slice(0, 40)}`,
      ).catch(() => undefined);
    lastPage = null;
  });

  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  async function signedIn(): Promise<{ page: Page; shell: AppShell }> {
    const { page } = await chromium.newPage();
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    await login.signIn(caseworker.username, caseworker.password);
    const shell = new AppShell(page);
    await shell.ready();
    lastPage = page;
    return { page, shell };
  }

  async function expectAccessible(page: Page, screen: string): Promise<void> {
    // react-admin's loading spinners (app bar, inputs) come and go with each request, unnamed:
    // the screen is checked once it has settled.
    await page.waitForLoadState('networkidle');
    await page
      .locator('.MuiCircularProgress-root')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    const violations = await seriousAccessibilityViolations(page);
    if (violations.length)
      throw new Error(`${screen}: violazioni di accessibilità\n${describeViolations(violations)}`);
  }

  it('walks an application from DRAFT to SENT_TO_INPS: checks, a recorded check, the benefit, the file for INPS, the project', async () => {
    const started = Date.now();
    const family = await createReiFamily(platform.graphqlUrl, token);
    const { page, shell } = await signedIn();
    await shell.open('Domande REI');
    const list = new ReiApplicationListPage(page, platform.consoleUrl);
    await list.ready();
    await expectAccessible(page, 'elenco domande REI');

    await list.createButton().click();
    const form = new ReiApplicationFormPage(page);
    await form.ready();
    await form.chooseApplicant(family.lastName, family.applicantName);
    await form.chooseHousehold(family.lastName);
    await form.submittedAt().fill('2018-01-10');
    await form.chooseAccessPoint('Sportello REI');
    // Residence is left undeclared: the caseworker verifies it and records it below.
    await form.declare('Auto o moto immatricolata nei 24 mesi precedenti', 'No');
    await form.declare('Navi o imbarcazioni da diporto', 'No');
    await form.declare('Un componente riceve NASpI o altra indennità di disoccupazione', 'No');
    await form.textbox('Numero di pratica dello sportello').fill('SP-2018-42');
    await expectAccessible(page, 'nuova domanda REI');
    await screenshot(page, 'rei-01-create');
    await form.save().click();

    const show = new ReiApplicationShowPage(page);
    await show.ready();
    await show.statusIs('In compilazione');
    const protocolNumber = /REI\/2018\/\d{6}/.exec(await show.summary().innerText())?.[0];
    expect(protocolNumber).toBeDefined();
    await show.section('Campi dell’ente').getByText('SP-2018-42').waitFor();

    await show.runChecks().click();
    await show.check('RESIDENCE').getByText('Da verificare').waitFor();
    await show.statusIs('In compilazione');
    expect(await show.check('ISEE').innerText()).toContain('Superato');
    await expectAccessible(page, 'domanda REI con un requisito da verificare');
    await screenshot(page, 'rei-02-checks');

    await show.recordCheck(
      'Residenza in Italia da almeno 2 anni',
      'Superato',
      'Certificato storico di residenza',
    );
    await show.statusIs('Controlli superati');
    expect(await show.check('RESIDENCE').innerText()).toContain('Certificato storico di residenza');
    expect(await show.benefitAmount().innerText()).toBe('€ 232,50');
    expect(await show.benefitExplanation().innerText()).toContain('4.590,00');
    const schedule = show.benefitSchedule();
    expect(await schedule.locator('tbody tr').count()).toBe(18);
    expect(await schedule.locator('tbody tr').first().innerText()).toMatch(
      /febbraio 2018\s+REI-2018\s+€ 232,50\s+€ 0,00\s+€ 232,50/,
    );
    expect(await schedule.locator('tbody tr').last().innerText()).toMatch(/luglio 2019\s+REI-2019/);

    const download = await show.sendAndDownload();
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toContain(`${protocolNumber};2018-01-10;${family.fiscalCodes[0]}`);
    expect(exported).toContain(';232.50;');
    await show.statusIs('Inviata all’INPS');
    expect(await show.deadline('SEND_TO_INPS').innerText()).toContain('Rispettata in ritardo');
    const timeline = await show.timeline().innerText();
    expect(timeline).toContain('Esito di un requisito registrato');
    expect(timeline).toContain('Inviata all’INPS');
    await expectAccessible(page, 'domanda REI inviata all’INPS');
    await screenshot(page, 'rei-03-sent');
    recordMetric('reiDraftToSentMs', Date.now() - started, 'ms');

    // The preliminary assessment was due 25 days after 10/01/2018: the overdue filter finds it.
    await shell.open('Domande REI');
    await list.ready();
    await list.filterBy('Scadenze superate', 'Con scadenze superate');
    await list.row(protocolNumber!).waitFor();
    await list.filterBy('Scadenze superate', 'Senza scadenze superate');
    await list.row(protocolNumber!).waitFor({ state: 'detached' });

    // The personalised project: case, a goal with its expected results, then the signature.
    await list.filterBy('Scadenze superate', 'Con o senza scadenze superate');
    await list.row(protocolNumber!).click();
    await show.ready(protocolNumber);
    await show.project().click();
    const project = new ReiProjectPage(page);
    await project.ready();
    await project.textbox(/^Operatore a cui è assegnato il caso/).fill('Laura Neri');
    await project.dateInput(/^Analisi preliminare del/).fill('2018-02-01');
    await project.addGoal('Inclusione lavorativa', 'Ricerca attiva di lavoro', [
      'Iscrizione al centro per l’impiego',
      'Un colloquio al mese',
    ]);
    await expectAccessible(page, 'progetto personalizzato');
    await project.save().click();
    await page.getByText('Progetto salvato').waitFor();
    // Signing needs an open cartella sociale of the applicant or the nucleo: none yet, refused.
    await project.sign('2018-02-20');
    await project
      .dialog()
      .getByText(/serve una cartella sociale aperta del richiedente o del suo nucleo/)
      .waitFor();
    const socialCase = await openTestCase(
      platform.graphqlUrl,
      tenant.id,
      family.applicantId,
      family.householdId,
      caseworker.id,
    );
    await project.dialog().getByRole('button', { name: 'Registra la sottoscrizione' }).click();
    await project.signature().getByText('Sottoscritto il 20/02/2018').waitFor();
    await screenshot(page, 'rei-04-project');
    // The case shows the application and the project signed on it.
    await project.signature().getByRole('link', { name: socialCase.number }).click();
    await page.getByRole('tab', { name: 'REI' }).click();
    const reiRow = page.getByRole('row', { name: new RegExp(protocolNumber!) });
    await reiRow.getByText('20/02/2018').waitFor();
    await screenshot(page, 'rei-05-case');
  });

  it('refuses an illegal transition with the server’s Italian message and changes nothing', async () => {
    const family = await createReiFamily(platform.graphqlUrl, token);
    const draft = await createDraftApplication(platform.graphqlUrl, token, family);
    const { page } = await signedIn();
    const list = new ReiApplicationListPage(page, platform.consoleUrl);
    await list.open();
    await list.searchFor(family.lastName);
    await list.row(draft.protocolNumber).waitFor();
    await list.select(draft.protocolNumber);
    await list.sendSelected().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Invia all’INPS' }).click();
    await dialog
      .getByText(
        `${draft.protocolNumber}: Una domanda «In compilazione» non può diventare «Inviata all’INPS»: in questo stato l’operazione non è ammessa`,
      )
      .waitFor();
    await expectAccessible(page, 'invio all’INPS rifiutato');
    await screenshot(page, 'rei-05-refused');
    await dialog.getByRole('button', { name: 'Annulla' }).click();
    expect(await list.row(draft.protocolNumber).innerText()).toContain('In compilazione');
    const { reiApplication } = await api<{ reiApplication: { status: string } }>(
      'query($id: ID!) { reiApplication(id: $id) { status } }',
      { id: draft.id },
    );
    expect(reiApplication.status).toBe('DRAFT');
  });

  it('records the INPS outcome and suspends the benefit with a reason', async () => {
    const family = await createReiFamily(platform.graphqlUrl, token);
    const draft = await createDraftApplication(platform.graphqlUrl, token, family);
    await api('mutation($id: ID!) { runMunicipalChecks(id: $id) { status } }', { id: draft.id });
    await api('mutation($ids: [ID!]!) { sendToInps(ids: $ids) { id } }', { ids: [draft.id] });
    const { page } = await signedIn();
    await page.goto(`${platform.consoleUrl}reiApplications/${draft.id}/show`);
    const show = new ReiApplicationShowPage(page);
    await show.ready(draft.protocolNumber);
    await show.statusIs('Inviata all’INPS');

    await page.getByRole('button', { name: 'Registra esito INPS' }).click();
    const outcome = page.getByRole('dialog');
    await outcome.getByRole('radio', { name: 'Accolta' }).check();
    await outcome.getByLabel(/^Data della decisione/).fill(todayInItaly());
    await outcome
      .getByRole('textbox', { name: 'Riferimento della comunicazione INPS' })
      .fill('INPS-2018-777');
    await outcome.getByRole('button', { name: 'Registra esito INPS' }).click();
    await show.statusIs('Accolta');

    // The status change by keyboard alone: the dialog takes the focus and gives it back.
    const change = page.getByRole('button', { name: 'Cambia stato' });
    await change.focus();
    await page.keyboard.press('Enter');
    const transition = page.getByRole('dialog');
    const to = transition.getByRole('combobox', { name: /^Nuovo stato/ });
    await to.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Sospesa' }).focus();
    await page.keyboard.press('Enter');
    expect(await to.innerText()).toBe('Sospesa');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Trasferimento temporaneo fuori comune');
    await expectAccessible(page, 'cambio di stato');
    await transition.getByRole('button', { name: 'Cambia stato' }).focus();
    await page.keyboard.press('Enter');
    await show.statusIs('Sospesa');
    expect(await show.timeline().innerText()).toContain('Trasferimento temporaneo fuori comune');
    await transition.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
      'Cambia stato',
    );

    // The batch sent to INPS through the API is in the list of files for INPS.
    await page.getByRole('menuitem', { name: 'Invii all’INPS' }).click();
    await page.getByRole('row').filter({ hasText: '.csv' }).first().waitFor();
    await expectAccessible(page, 'invii all’INPS');
    await page.getByRole('row').filter({ hasText: '.csv' }).first().click();
    await page.getByText(draft.protocolNumber).waitFor();
    await expectAccessible(page, 'un invio all’INPS');
  });

  it('computes the benefit in the calculator beside the published maximums of the rules', async () => {
    const { page, shell } = await signedIn();
    await shell.open('Calcolatore REI');
    const calculator = new ReiCalculatorPage(page, platform.consoleUrl);
    await calculator.compute().waitFor();
    await calculator.date().fill('2018-06-01');
    await calculator.maximums().getByText('€ 539,82').waitFor();
    expect(await calculator.maximumRows()).toEqual([
      ['1', '€ 187,50'],
      ['2', '€ 294,38'],
      ['3', '€ 382,50'],
      ['4', '€ 461,25'],
      ['5', '€ 534,38'],
      ['6 e più', '€ 539,82'],
    ]);
    await calculator.chooseHouseholdSize(3);
    await calculator.isr().fill('1.800,00');
    await calculator.compute().click();
    await calculator.amount().getByText('€ 232,50').waitFor();
    expect(await calculator.explanation().innerText()).toContain('REI-2018');
    await expectAccessible(page, 'calcolatore REI');
    await screenshot(page, 'rei-06-calculator');
  });
});
