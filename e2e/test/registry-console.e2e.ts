import {
  createTestTenant,
  createTestUser,
  graphqlOk,
  issueToken,
  startTestPlatform,
  type TestTenant,
  type TestUser,
} from '@sisa/testing';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeViolations, seriousAccessibilityViolations } from '../src/accessibility';
import { launchChromium, screenshot, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST, type ConsolePlatform } from '../src/consolePlatform';
import { eventually } from '../src/eventually';
import { messageUnder } from '../src/formErrors';
import { recordMetric as saveMetric } from '../src/metrics';
import { AppShell } from '../src/pages/AppShell';
import { DashboardPage } from '../src/pages/DashboardPage';
import { FieldDefinitionFormPage } from '../src/pages/FieldDefinitionFormPage';
import { HouseholdListPage } from '../src/pages/HouseholdListPage';
import { HouseholdShowPage } from '../src/pages/HouseholdShowPage';
import { IndicatorFormPage } from '../src/pages/IndicatorFormPage';
import { LoginPage } from '../src/pages/LoginPage';
import { SubjectFormPage } from '../src/pages/SubjectFormPage';
import { SubjectListPage } from '../src/pages/SubjectListPage';
import { SubjectShowPage } from '../src/pages/SubjectShowPage';

jest.setTimeout(180_000);

function recordMetric(name: string, value: number, unit: string): void {
  saveMetric(name, value, unit);
  console.log(`[figure] ${name}: ${value} ${unit}`);
}

// The code of the subject the caseworker types (RSSMRA80A01F205 + check character X).
const NEW_CODE = 'RSSMRA80A01F205X';

describe('registry, configuration and cruscotto in Chromium', () => {
  let platform: ConsolePlatform;
  let chromium: ConsoleBrowser;
  let tenant: TestTenant;
  let admin: TestUser;
  let caseworker: TestUser;
  let viewer: TestUser;
  let adminToken: string;

  const api = <T = Record<string, unknown>>(query: string, variables = {}, token = adminToken) =>
    graphqlOk<T>(platform.graphqlUrl, query, variables, token);

  async function createSubject(input: {
    fiscalCode: string;
    firstName: string;
    lastName: string;
    sex: 'M' | 'F';
    birthDate: string;
    birthPlaceCode: string;
  }): Promise<string> {
    const data = await api<{ createSubject: { id: string } }>(
      'mutation($input: SubjectInput!) { createSubject(input: $input) { id } }',
      { input },
    );
    return data.createSubject.id;
  }

  beforeAll(async () => {
    // A copy of the built console: a rebuild of admin-ui/dist while this file runs (another
    // workspace's build in the same checkout) would replace the chunks the browser asks for.
    if (!existsSync(join(ADMIN_UI_DIST, 'index.html')))
      throw new Error(
        `La console non è compilata (manca ${ADMIN_UI_DIST}/index.html): "npm run build".`,
      );
    const adminUiDir = mkdtempSync(join(tmpdir(), 'sisa-console-'));
    cpSync(ADMIN_UI_DIST, adminUiDir, { recursive: true });
    // Every subgraph: the subject's tabs and the cruscotto read registry, REI and SIUSS.
    const started = await startTestPlatform(undefined, { adminUiDir });
    platform = { ...started, consoleUrl: `${started.gatewayUrl}/admin/` };
    chromium = await launchChromium();
    tenant = await createTestTenant('Comune di Prova Anagrafe');
    admin = await createTestUser(tenant.id, ['TENANT_ADMIN'], 'password-amministratore');
    caseworker = await createTestUser(tenant.id, ['CASEWORKER'], 'password-operatore');
    viewer = await createTestUser(tenant.id, ['VIEWER'], 'password-consultazione');
    adminToken = await issueToken({
      tenantId: tenant.id,
      roles: ['TENANT_ADMIN'],
      name: 'seed.admin',
    });
    await api('mutation($input: ValueListInput!) { saveValueList(input: $input) { key } }', {
      input: {
        key: 'canale_accesso',
        label: 'Canale di accesso',
        items: [
          { code: 'SPORTELLO', label: 'Sportello' },
          { code: 'INVIO', label: 'Invio da altro servizio' },
          { code: 'DOMICILIO', label: 'Visita domiciliare' },
        ],
      },
    });
    const annaId = await createSubject({
      fiscalCode: 'BNCNNA75E50F205H',
      firstName: 'Anna',
      lastName: 'Bianchi',
      sex: 'F',
      birthDate: '1975-05-10',
      birthPlaceCode: 'F205',
    });
    await createSubject({
      fiscalCode: 'VRDLCU90T01H501V',
      firstName: 'Luca',
      lastName: 'Verdi',
      sex: 'M',
      birthDate: '1990-12-01',
      birthPlaceCode: 'H501',
    });
    await api('mutation($input: HouseholdInput!) { createHousehold(input: $input) { id } }', {
      input: { members: [{ subjectId: annaId, relationship: '1', since: '2015-01-01' }] },
    });
    const platformToken = await issueToken({
      tenantId: null,
      roles: ['PLATFORM_ADMIN'],
      name: 'metro.admin',
    });
    await api(
      'mutation($id: ID) { ensureDefaultIndicators(tenantId: $id) }',
      { id: tenant.id },
      platformToken,
    );
  });

  // What every open page showed when a scenario ended (last-<n>.png): the first thing to look at
  // when one fails.
  afterEach(async () => {
    const pages = chromium.browser.contexts().flatMap((c) => c.pages());
    await Promise.all(pages.map((p, i) => screenshot(p, `last-${i}`).catch(() => undefined)));
  });

  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  async function signedIn(user: TestUser): Promise<{ page: Page; shell: AppShell }> {
    const { page } = await chromium.newPage();
    debugErrors(page);
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    await login.signIn(user.username, user.password);
    const shell = new AppShell(page);
    await shell.ready();
    return { page, shell };
  }

  /** GraphQL errors the console received, in the test's output (they explain most failures). */
  function debugErrors(page: Page) {
    page.on('pageerror', (error) => console.log('[pageerror]', error.message));
    page.on(
      'console',
      (m) => m.type() === 'error' && console.log('[console]', m.text().slice(0, 400)),
    );
    page.on('response', async (r) => {
      if (!r.url().endsWith('/graphql')) return;
      const body = await r.text().catch(() => '');
      if (body.includes('"errors"'))
        console.log('[gql]', r.request().postData()?.slice(0, 300), body.slice(0, 500));
    });
  }

  async function expectAccessible(page: Page, screen: string): Promise<void> {
    const violations = await seriousAccessibilityViolations(page);
    if (violations.length)
      throw new Error(`${screen}: violazioni di accessibilità\n${describeViolations(violations)}`);
  }

  it('lets a tenant admin add a custom field that a caseworker then fills, saves and filters on', async () => {
    // The admin adds "Canale di accesso" (a choice from the comune's list) to subjects.
    const { page: adminPage, shell: adminShell } = await signedIn(admin);
    expect(await adminShell.menuItems()).toEqual(
      expect.arrayContaining([
        'Soggetti',
        'Nuclei familiari',
        'Campi personalizzati',
        'Indicatori',
      ]),
    );
    const fields = new FieldDefinitionFormPage(adminPage, platform.consoleUrl);
    await adminShell.open('Campi personalizzati');
    await fields.openCreate();
    await fields.key().fill('canaleAccesso');
    await fields.label().fill('Canale di accesso');
    await fields.pick(fields.type(), 'Scelta da elenco');
    await fields.pick(fields.list(), 'Canale di accesso');
    await fields.section().fill('Presa in carico');
    await fields.preview().waitFor();
    await expectAccessible(adminPage, 'nuovo campo personalizzato');
    await screenshot(adminPage, 'registry-01-field-definition');
    await fields.save().click();
    await fields.listRow('canaleAccesso').waitFor();
    await expectAccessible(adminPage, 'elenco campi personalizzati');
    // A second field, shown only for people sent by another service (visibility condition).
    await api(
      'mutation($input: FieldDefinitionInput!) { createFieldDefinition(input: $input) { id } }',
      {
        input: {
          entity: 'SUBJECT',
          key: 'servizioInviante',
          label: 'Servizio inviante',
          type: 'TEXT',
          section: 'Presa in carico',
          visibleWhen: { field: 'canaleAccesso', equals: 'INVIO' },
        },
      },
    );

    // The caseworker: login → an interactive list of subjects, timed.
    const { page } = await chromium.newPage();
    debugErrors(page);
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    const subjects = new SubjectListPage(page, platform.consoleUrl);
    const started = Date.now();
    await login.signIn(caseworker.username, caseworker.password);
    const shell = new AppShell(page);
    await shell.open('Soggetti');
    await subjects.row('BIANCHI').or(subjects.row('Bianchi')).first().waitFor();
    await subjects.search().waitFor({ state: 'visible' });
    await subjects.search().click();
    recordMetric('loginToInteractiveSubjectListMs', Date.now() - started, 'ms');
    expect(await subjects.exportButton().count()).toBe(0);
    await expectAccessible(page, 'elenco soggetti');
    await screenshot(page, 'registry-02-subjects');

    // The search box finds by name.
    await subjects.searchFor('verdi');
    await subjects.row('Luca').waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Anna'));
    await subjects.search().fill('');
    // The cleared search reaches the URL after react-admin's debounce: wait for it before leaving.
    await page.waitForURL((url) => !decodeURIComponent(url.search).includes('"q"'));
    await subjects.row('Anna').waitFor();

    // A new subject: the codice fiscale is checked while typing.
    await subjects.createButton().click();
    const form = new SubjectFormPage(page);
    await form.ready();
    await form.typeFiscalCode(NEW_CODE.slice(0, 15));
    expect(
      await eventually(
        () => form.fiscalCodeMessage(),
        (v) => v.includes('Manca'),
      ),
    ).toContain('Manca');
    await form.typeFiscalCode('Y');
    expect(
      await eventually(
        () => form.fiscalCodeMessage(),
        (v) => /controllo/i.test(v),
      ),
    ).toMatch(/controllo/i);
    await screenshot(page, 'registry-03-fiscal-code-error');
    await form.fiscalCode().press('Backspace');
    await form.typeFiscalCode('X');
    expect(
      await eventually(
        () => form.fiscalCodeMessage(),
        (v) => v.includes('Codice valido: maschio, nato il 01/01/1980 a Milano'),
      ),
    ).toContain('Codice valido: maschio, nato il 01/01/1980 a Milano');
    await form.fillFromCode().click();
    expect(
      await eventually(
        () => form.birthDate().inputValue(),
        (v) => v === '1980-01-01',
      ),
    ).toBe('1980-01-01');
    expect(await form.sex('Maschio').isChecked()).toBe(true);
    await form.lastName().fill('Rossi');
    await form.firstName().fill('Mario');

    // The custom field is in its section; the dependent one appears only for "Invio".
    await form.sectionHeading('Presa in carico').waitFor();
    expect(await form.customText('Servizio inviante').count()).toBe(0);
    await form.choose('Canale di accesso', 'Invio da altro servizio');
    await form.customText('Servizio inviante').waitFor();
    await form.choose('Canale di accesso', 'Sportello');
    await form.customText('Servizio inviante').waitFor({ state: 'detached' });
    await expectAccessible(page, 'nuovo soggetto');
    await screenshot(page, 'registry-04-subject-form');
    await form.save().click();

    const show = new SubjectShowPage(page);
    await show.ready();
    await show.customValue('canaleAccesso').filter({ hasText: 'Sportello' }).waitFor();
    await expectAccessible(page, 'scheda soggetto');
    await screenshot(page, 'registry-05-subject-show');

    // Found in the list through the custom field's filter, and only it.
    await shell.open('Soggetti');
    await subjects.ready();
    await subjects.filterBySelect('Canale di accesso', 'Sportello');
    await subjects.row(NEW_CODE).waitFor();
    expect(
      await eventually(
        () => subjects.rows().count(),
        (v) => v === 1,
      ),
    ).toBe(1);
    await screenshot(page, 'registry-06-custom-filter');
    await adminPage.close();
  });

  it('keeps the storico of a subject: an edit shows as a change', async () => {
    const { page, shell } = await signedIn(caseworker);
    const subjects = new SubjectListPage(page, platform.consoleUrl);
    await shell.open('Soggetti');
    await subjects.searchFor(NEW_CODE);
    await subjects.row(NEW_CODE).click();
    const show = new SubjectShowPage(page);
    await show.ready();
    await show.editButton().click();
    const form = new SubjectFormPage(page);
    await form.ready();
    await form.phone().fill('02 1234567');
    const sent = page.waitForRequest((r) => r.postData()?.includes('updateSubject') ?? false);
    await form.save().click();
    // Only what the form changed goes out, with the version the form was loaded with.
    expect((await sent).postDataJSON().variables).toMatchObject({
      input: { phone: '02 1234567' },
      expectedVersion: 1,
    });
    expect(Object.keys((await sent).postDataJSON().variables.input)).toEqual(['phone']);
    await show.ready();
    await show.openTab('Storico');
    await show.history().waitFor();
    const latest = await show.revision(2).innerText();
    expect(latest).toContain('Modifica');
    expect(latest).toMatch(/Telefono: — → 02 1234567/);
    await expectAccessible(page, 'storico del soggetto');
    await screenshot(page, 'registry-07-history');
    // The other tabs load their part when opened (nothing yet for a new subject).
    for (const [tab, empty] of [
      ['Nuclei', 'non fa parte di alcun nucleo'],
      ['ISEE', 'Nessun ISEE valido'],
      ['Domande REI', 'Nessuna domanda REI'],
      ['Prestazioni SIUSS', 'Nessuna prestazione SIUSS'],
    ] as const) {
      await show.openTab(tab);
      await page.getByText(empty).waitFor();
    }
    await page.close();
  });

  it("puts the server's field errors under the inputs on save (a codice fiscale already registered)", async () => {
    const { page } = await signedIn(caseworker);
    await page.goto(`${platform.consoleUrl}subjects/create`);
    const form = new SubjectFormPage(page);
    await form.ready();
    await form.typeFiscalCode('BNCNNA75E50F205H');
    expect(
      await eventually(
        () => form.fiscalCodeMessage(),
        (v) => v.includes('Codice valido: femmina'),
      ),
    ).toContain('nata il 10/05/1975 a Milano');
    await form.fillFromCode().click();
    await form.lastName().fill('Bianchi');
    await form.firstName().fill('Anna Maria');
    await form.save().click();
    expect(
      await eventually(
        () => form.fiscalCodeMessage(),
        (v) => v.includes('Esiste già'),
      ),
    ).toContain('Esiste già un soggetto con questo codice fiscale');
    await expectAccessible(page, 'nuovo soggetto con errore del server');
    await screenshot(page, 'registry-12-duplicate-code');
    await page.close();
  });

  it('lets a caseworker add a member to a household and record its ISEE', async () => {
    const { page, shell } = await signedIn(caseworker);
    const households = new HouseholdListPage(page);
    await shell.open('Nuclei familiari');
    await households.ready();
    expect(await households.exportButton().count()).toBe(0);
    await expectAccessible(page, 'elenco nuclei');
    await households.row('Bianchi Anna').click();
    const household = new HouseholdShowPage(page);
    await household.ready();
    await household.memberRow('BNCNNA75E50F205H').waitFor();
    await household.addMemberNamed(
      'Verdi',
      'Verdi Luca',
      'Convivente (con vincoli di adozione o affettivi)',
    );
    await household.memberRow('VRDLCU90T01H501V').waitFor();
    await expectAccessible(page, 'scheda nucleo');
    await screenshot(page, 'registry-10-household');

    await household.tab('ISEE').click();
    await household.recordIsee().click();
    await household.iseeInput('Protocollo DSU').fill('INPS-ISEE-2018-00000001');
    await household
      .iseeDialog()
      .getByLabel(/^Data DSU/)
      .fill('2018-01-15');
    await household
      .iseeDialog()
      .getByLabel(/^Valido fino al/)
      .fill('2099-01-15');
    for (const [label, value] of [
      ['ISEE', '5.432,10'],
      ['ISR', '6.000,00'],
      ['ISRE', '3.921,57'],
      ['Patrimonio immobiliare', '0'],
      ['Patrimonio mobiliare', '1.500,00'],
      ['Scala di equivalenza', '1,53'],
    ] as const)
      await household.iseeInput(label).fill(value);
    await expectAccessible(page, 'registra ISEE');
    await household.iseeDialog().getByRole('button', { name: 'Salva' }).click();
    await household.iseeDialog().waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: '€ 5.432,10' }).waitFor();
    await screenshot(page, 'registry-11-household-isee');
    await household.tab('Storico').click();
    await page.getByText(/^ISEE registrato il/).waitFor();
    await page.close();
  });

  it('sorts the subjects by a column header, sending the list’s enum value', async () => {
    const { page } = await signedIn(caseworker);
    const sent: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (r.url().endsWith('/graphql') && body.includes('query subjects(')) sent.push(body);
    });
    const subjects = new SubjectListPage(page, platform.consoleUrl);
    await subjects.open();
    const positions = async () => {
      const texts = await subjects.rows().allInnerTexts();
      return [/bianchi/i, /verdi/i].map((name) => texts.findIndex((t) => name.test(t)));
    };
    const sortedBy = (field: string, order: string) =>
      page.waitForURL(
        (url) => url.searchParams.get('sort') === field && url.searchParams.get('order') === order,
      );
    // Bianchi (1975) before Verdi (1990), then the other way round.
    const header = page.getByRole('columnheader', { name: /data di nascita/i });
    expect(await header.getByRole('button').count()).toBe(1);
    await header.getByText(/data di nascita/i).click();
    await sortedBy('birthDate', 'ASC');
    const ascending = await eventually(positions, ([b, v]) => b! >= 0 && v! > b!);
    expect(ascending[1]).toBeGreaterThan(ascending[0]!);
    await header.getByText(/data di nascita/i).click();
    await sortedBy('birthDate', 'DESC');
    const descending = await eventually(positions, ([b, v]) => v! >= 0 && b! > v!);
    expect(descending[0]).toBeGreaterThan(descending[1]!);
    const sorts = sent.map((body) => JSON.stringify(JSON.parse(body).variables.sort));
    expect(sorts).toEqual(
      expect.arrayContaining([
        '{"field":"LAST_NAME","order":"ASC"}',
        '{"field":"BIRTH_DATE","order":"ASC"}',
        '{"field":"BIRTH_DATE","order":"DESC"}',
      ]),
    );
    // A column the list cannot sort on offers no sort at all.
    const place = page.getByRole('columnheader', { name: /luogo di nascita/i });
    expect(await place.getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('shows a viewer no create or edit buttons on subjects', async () => {
    const { page, shell } = await signedIn(viewer);
    const subjects = new SubjectListPage(page, platform.consoleUrl);
    await shell.open('Soggetti');
    await subjects.row('Bianchi').or(subjects.row('BIANCHI')).first().waitFor();
    expect(await subjects.createButton().count()).toBe(0);
    await subjects.row('Bianchi').or(subjects.row('BIANCHI')).first().click();
    const show = new SubjectShowPage(page);
    await show.ready();
    expect(await show.editButton().count()).toBe(0);
    await page.goto(`${platform.consoleUrl}subjects/create`);
    await page.getByText('Accesso negato').first().waitFor();
    await page.close();
  });

  it('previews an indicator while it is defined and shows the indicators on the cruscotto', async () => {
    const { page } = await signedIn(admin);
    const indicator = new IndicatorFormPage(page, platform.consoleUrl);
    await indicator.openCreate();
    await indicator.key().fill('soggetti_per_sesso');
    await indicator.label().fill('Soggetti per sesso (prova)');
    // Three subjects so far: the preview counts them as the form is filled.
    expect(
      await eventually(
        () => indicator.previewValue().innerText(),
        (v) => v === '3',
        15_000,
      ),
    ).toBe('3');
    await indicator.pick(indicator.groupBy(), 'Sesso');
    // Groups by name, not by code.
    await page.getByText(/^Maschio: 2$/).waitFor();
    await expectAccessible(page, 'nuovo indicatore');
    await screenshot(page, 'registry-08-indicator-preview');
    await indicator.save().click();
    await page.getByRole('row').filter({ hasText: 'Soggetti per sesso (prova)' }).waitFor();

    const dashboard = new DashboardPage(page);
    await page.goto(platform.consoleUrl);
    await dashboard.welcome().waitFor();
    expect(
      await eventually(
        () => dashboard.indicatorValue('Soggetti per sesso (prova)').innerText(),
        (v) => v === '3',
        20_000,
      ),
    ).toBe('3');
    expect(await dashboard.indicatorValue('Persone con cittadinanza straniera').innerText()).toBe(
      '0',
    );
    await dashboard.indicator('Persone per sesso').getByRole('img').waitFor();
    await dashboard.reiDeadlines().waitFor();
    await dashboard.invalidBenefits().getByTestId('invalid-benefits-total').waitFor();
    await expectAccessible(page, 'cruscotto');
    await screenshot(page, 'registry-09-dashboard');
    await page.close();
  });

  it('checks a custom field’s format in linear time: a hostile pattern freezes no form', async () => {
    // A backtracking engine takes 2^40 steps on this value: the page would never answer again.
    await api(
      'mutation($input: FieldDefinitionInput!) { createFieldDefinition(input: $input) { id } }',
      {
        input: {
          entity: 'SUBJECT',
          key: 'codiceInterno',
          label: 'Codice interno',
          type: 'TEXT',
          pattern: '^((a+))+$',
          section: 'Verifiche',
        },
      },
    );
    const { page } = await signedIn(caseworker);
    await page.goto(`${platform.consoleUrl}subjects/create`);
    const form = new SubjectFormPage(page);
    await form.ready();
    const code = form.customText('Codice interno');
    await code.fill(`${'a'.repeat(40)}!`);
    await form.save().click();
    expect(
      await eventually(
        () => messageUnder(code),
        (v) => v.includes('Formato non valido'),
      ),
    ).toContain('Formato non valido');
    await code.fill('aaaa');
    expect(
      await eventually(
        () => messageUnder(code),
        (v) => !v.includes('Formato non valido'),
      ),
    ).not.toContain('Formato non valido');
    await page.close();
  });
});
