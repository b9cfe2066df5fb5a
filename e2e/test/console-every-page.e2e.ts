import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { computeFiscalCode } from '@sisa/italia';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestTenant,
  createTestUser,
  graphqlOk,
  issueToken,
  startTestPlatform,
  type TestUser,
} from '@sisa/testing';
import type { Page } from 'playwright-core';
import { describeViolations, seriousAccessibilityViolations } from '../src/accessibility';
import { launchChromium, screenshot, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST, type ConsolePlatform } from '../src/consolePlatform';
import { eventually } from '../src/eventually';
import { createDraftApplication, createReiFamily } from '../src/fixtures/reiFamily';
import { messageUnder } from '../src/formErrors';
import { AppShell } from '../src/pages/AppShell';
import { HouseholdShowPage } from '../src/pages/HouseholdShowPage';
import { ReiApplicationFormPage } from '../src/pages/ReiApplicationFormPage';
import { LoginPage } from '../src/pages/LoginPage';
import { SubjectFormPage } from '../src/pages/SubjectFormPage';

jest.setTimeout(600_000);

// Every page of the console a tenant admin reaches, walked from the menu: each list, the create
// page it links to, the page of its first record (through the row's link), that record's edit
// page and tabs. Each must pass axe with no critical or serious violation and have one h1.
describe('every page of the console, by keyboard and for axe', () => {
  let platform: ConsolePlatform;
  let chromium: ConsoleBrowser;
  let admin: TestUser;
  let caseworker: TestUser;
  let reiApplicationId: string;
  let caseworkerToken: string;
  let caseSubjectId: string;
  const consoleMessages: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_UI_DIST, 'index.html')))
      throw new Error(
        `La console non è compilata (manca ${ADMIN_UI_DIST}/index.html): "npm run build".`,
      );
    // A copy of the built console: a rebuild while this file runs would replace its chunks.
    const adminUiDir = mkdtempSync(join(tmpdir(), 'sisa-console-'));
    cpSync(ADMIN_UI_DIST, adminUiDir, { recursive: true });
    const started = await startTestPlatform(undefined, { adminUiDir });
    platform = { ...started, consoleUrl: `${started.gatewayUrl}/admin/` };
    chromium = await launchChromium();
    const tenant = await createTestTenant('Comune di Prova Accessibilità');
    admin = await createTestUser(tenant.id, ['TENANT_ADMIN'], 'password-amministratore');
    // Segnalazioni are a caseworker's only: their pages are walked as one.
    caseworker = await createTestUser(tenant.id, ['CASEWORKER'], 'password-operatore');
    caseworkerToken = await issueToken({
      tenantId: tenant.id,
      roles: ['CASEWORKER'],
      name: 'seed.operatore',
    });
    const adminToken = await issueToken({
      tenantId: tenant.id,
      roles: ['TENANT_ADMIN'],
      name: 'seed.admin',
    });
    const asAdmin = (query: string, variables: Record<string, unknown>) =>
      graphqlOk(platform.graphqlUrl, query, variables, adminToken);
    // A record in every list that has pages of its own, so that its show and edit pages are seen.
    const family = await createReiFamily(platform.graphqlUrl, caseworkerToken);
    reiApplicationId = (await createDraftApplication(platform.graphqlUrl, caseworkerToken, family))
      .id;
    await asAdmin('mutation($input: ValueListInput!) { saveValueList(input: $input) { key } }', {
      input: {
        key: 'canale_accesso',
        label: 'Canale di accesso',
        items: [{ code: 'SPORTELLO', label: 'Sportello' }],
      },
    });
    await asAdmin(
      'mutation($i: FieldDefinitionInput!) { createFieldDefinition(input: $i) { id } }',
      {
        i: { entity: 'SUBJECT', key: 'noteSportello', label: 'Note dello sportello', type: 'TEXT' },
      },
    );
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($i: ReferralInput!) { createReferral(input: $i) { id } }',
      {
        i: {
          source: 'SCUOLA',
          urgency: 'HIGH',
          personDescription: 'Alunna di 8 anni, classe III',
          description: 'Assenze ripetute',
        },
      },
      caseworkerToken,
    );
    // A cartella sociale the caseworker leads, with a diary entry, a problem and an assessment
    // form: its pages and tabs are walked too.
    const asLead = <T>(query: string, variables: Record<string, unknown>) =>
      graphqlOk<T>(platform.graphqlUrl, query, variables, leadToken);
    const leadToken = await issueToken({
      tenantId: tenant.id,
      roles: ['CASEWORKER'],
      subjectId: caseworker.id,
      name: caseworker.username,
    });
    const person = {
      firstName: 'Marta',
      lastName: 'Colombo',
      sex: 'F',
      birthDate: '1950-06-01',
      birthPlaceCode: 'F205',
    } as const;
    const { createSubject } = await asLead<{ createSubject: { id: string } }>(
      'mutation($i: SubjectInput!) { createSubject(input: $i) { id } }',
      { i: { ...person, fiscalCode: computeFiscalCode(person), citizenshipCode: '380' } },
    );
    caseSubjectId = createSubject.id;
    const { openSocialCase } = await asLead<{ openSocialCase: { id: string } }>(
      'mutation($i: OpenSocialCaseInput!) { openSocialCase(input: $i) { id } }',
      {
        i: {
          subjectId: caseSubjectId,
          responsibleId: caseworker.id,
          openedAt: new Date().toISOString().slice(0, 10),
          areas: ['ANZIANI'],
        },
      },
    );
    await asLead(
      'mutation($c: ID!, $i: DiaryEntryInput!) { writeDiaryEntry(caseId: $c, input: $i) { id } }',
      {
        c: openSocialCase.id,
        i: { occurredAt: new Date().toISOString(), kind: 'COLLOQUIO', text: 'Primo colloquio' },
      },
    );
    await asLead(
      'mutation($c: ID!, $i: CaseProblemInput!) { saveCaseProblem(caseId: $c, input: $i) { id } }',
      {
        c: openSocialCase.id,
        i: { scope: 'HOUSEHOLD', code: 'ECONOMICA' },
      },
    );
    const platformToken = await issueToken({
      tenantId: null,
      roles: ['PLATFORM_ADMIN'],
      name: 'metro.admin',
    });
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($id: ID) { ensureDefaultIndicators(tenantId: $id) }',
      { id: tenant.id },
      platformToken,
    );
  });

  let lastPage: Page | null = null;
  afterEach(async () => {
    if (lastPage)
      await screenshot(
        lastPage,
        `every-page-last-${expect.getState().currentTestName?.slice(0, 30)}`,
      ).catch(() => undefined);
    lastPage = null;
  });

  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  async function signedIn(user: TestUser = admin): Promise<{ page: Page; shell: AppShell }> {
    const { page } = await chromium.newPage();
    page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    await login.signIn(user.username, user.password);
    const shell = new AppShell(page);
    await shell.ready();
    lastPage = page;
    return { page, shell };
  }

  /** The page has its title (the one h1), its data and no spinner left (30 s at most). */
  async function settled(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page
      .waitForFunction(
        () =>
          Boolean(document.querySelector('h1')?.textContent?.trim()) &&
          !document.querySelector(
            '.MuiCircularProgress-root, .MuiLinearProgress-root, .MuiSkeleton-root',
          ),
        undefined,
        { timeout: 30_000 },
      )
      // Still loading: what it shows is checked all the same, and reported.
      .catch(() => undefined);
  }

  /** Why the page fails (no h1, several, axe's serious and critical findings), or ''. */
  async function problemsOf(page: Page): Promise<string> {
    await settled(page);
    const problems: string[] = [];
    const headings = await page.locator('h1').allInnerTexts();
    if (headings.length !== 1 || !headings[0]!.trim())
      problems.push(`h1: ${headings.length} (${JSON.stringify(headings)}), ne serve uno non vuoto`);
    const violations = await seriousAccessibilityViolations(page);
    if (violations.length) problems.push(describeViolations(violations));
    return problems.join('\n');
  }

  const pathOf = (href: string) => new URL(href, platform.consoleUrl).pathname;

  /**
   * Walks the console from `start`: each page, the create page a list links to, the page of its
   * first record (through the row's link), that record's edit page and tabs.
   */
  async function walk(page: Page, start: string[]) {
    const queue = [...start];
    const seen = new Set<string>();
    const failures: string[] = [];
    const recordPages: string[] = [];

    while (queue.length) {
      const url = queue.shift()!;
      const path = pathOf(url);
      if (seen.has(path)) continue;
      seen.add(path);
      await page.goto(new URL(path, platform.consoleUrl).href);
      await page.locator('#main-content, main').first().waitFor();
      const problems = await problemsOf(page);
      if (problems) {
        failures.push(`${path}\n${problems}`);
        await screenshot(page, `every-page${path.replace(/\W+/g, '-')}`);
      }
      const main = page.locator('main');
      // A list: its create page and its first record's page.
      const creates = await main
        .locator('a[href$="/create"]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      queue.push(...creates.slice(0, 1));
      const firstRowLinks = await main
        .locator('tbody tr')
        .first()
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
        .catch(() => [] as string[]);
      const own = firstRowLinks.find((href) => pathOf(href).startsWith(`${path}/`));
      if (own && !/\/create$/.test(path)) {
        queue.push(own);
        // A show page's edit page is the record's own address.
        if (/\/show$/.test(own)) queue.push(own.replace(/\/show$/, ''));
        recordPages.push(pathOf(own));
      }
      // A record's tabs.
      if (/\/show$/.test(path)) {
        const tabs = await main.getByRole('tab').count();
        for (let i = 1; i < tabs; i += 1) {
          await main.getByRole('tab').nth(i).click();
          const tabProblems = await problemsOf(page);
          if (tabProblems) failures.push(`${path} (scheda ${i + 1})\n${tabProblems}`);
        }
      }
    }
    return { failures, recordPages, seen };
  }

  it('passes axe with no critical or serious violation and has one h1 on every page', async () => {
    const { page, shell } = await signedIn();
    const lists = await shell
      .menu()
      .getByRole('menuitem')
      .evaluateAll((items) => items.map((a) => (a as HTMLAnchorElement).href).filter(Boolean));
    expect(lists.length).toBeGreaterThan(10);
    const { failures, recordPages, seen } = await walk(page, [
      platform.consoleUrl,
      ...lists,
      `${platform.consoleUrl}reiApplications/${reiApplicationId}/project`,
    ]);
    if (failures.length) throw new Error(`Pagine non accessibili:\n\n${failures.join('\n\n')}`);
    // The walk did reach the records of the main lists.
    for (const resource of [
      'subjects',
      'households',
      'reiApplications',
      'valueLists',
      'indicators',
    ])
      expect(recordPages.some((p) => p.startsWith(`/admin/${resource}/`))).toBe(true);
    expect(seen.size).toBeGreaterThan(30);
    // Apollo's deprecation warning for `addTypename` (and any other of its warnings) is gone.
    expect(consoleMessages.filter((m) => /addTypename|go\.apollo\.dev/.test(m))).toEqual([]);
  });

  it('passes axe on the pages of the segnalazioni and cartelle, walked as a caseworker', async () => {
    const { page, shell } = await signedIn(caseworker);
    const inbox = await shell.menuItem('Segnalazioni').getAttribute('href');
    expect(inbox).toMatch(/\/referrals$/);
    const cases = await shell.menuItem('Cartelle sociali').getAttribute('href');
    expect(cases).toMatch(/\/socialCases$/);
    const { failures, recordPages, seen } = await walk(page, [
      new URL(inbox!, page.url()).href,
      new URL(cases!, page.url()).href,
      `${platform.consoleUrl}subjects/${caseSubjectId}/show`,
    ]);
    if (failures.length) throw new Error(`Pagine non accessibili:\n\n${failures.join('\n\n')}`);
    expect([...seen]).toEqual(
      expect.arrayContaining([
        '/admin/referrals',
        '/admin/referrals/create',
        '/admin/socialCases',
        '/admin/socialCases/create',
      ]),
    );
    expect(recordPages.some((p) => /^\/admin\/referrals\/[^/]+\/show$/.test(p))).toBe(true);
    expect(recordPages.some((p) => /^\/admin\/socialCases\/[^/]+\/show$/.test(p))).toBe(true);
  });

  it('opens every row of the lists with the keyboard and in a new tab', async () => {
    const { page } = await signedIn();
    for (const [resource, menuItem] of [
      ['subjects', 'Soggetti'],
      ['households', 'Nuclei familiari'],
      ['valueLists', 'Elenchi di valori'],
      ['indicators', 'Indicatori'],
    ] as const) {
      await page.goto(`${platform.consoleUrl}${resource}`);
      const row = page.locator('main tbody tr').first();
      await row.waitFor();
      const link = row.getByRole('link').first();
      const href = await link.getAttribute('href', { timeout: 5_000 }).catch(() => null);
      expect([menuItem, href]).toEqual([
        menuItem,
        expect.stringMatching(new RegExp(`/${resource}/[^/]+`)),
      ]);

      // Tab from the top of the page reaches the row, Enter opens its record.
      await page.locator('body').focus();
      let inRow = false;
      for (let presses = 0; presses < 80 && !inRow; presses += 1) {
        await page.keyboard.press('Tab');
        inRow = await page.evaluate(() => Boolean(document.activeElement?.closest('tbody tr')));
      }
      expect([menuItem, inRow]).toEqual([menuItem, true]);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === pathOf(href!));

      // Ctrl+click opens the record in a new tab and leaves the list where it was.
      await page.goBack();
      await link.waitFor();
      const [opened] = await Promise.all([
        page.context().waitForEvent('page'),
        link.click({ modifiers: ['Control'] }),
      ]);
      await opened.waitForLoadState();
      expect(pathOf(opened.url())).toBe(pathOf(href!));
      expect(pathOf(page.url())).toBe(`/admin/${resource}`);
      await opened.close();
    }
  });

  it('prints the reason of a manually recorded check once', async () => {
    const note = 'Certificato storico di residenza n. 4471';
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($id: ID!) { runMunicipalChecks(id: $id) { id } }',
      { id: reiApplicationId },
      caseworkerToken,
    );
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($id: ID!, $note: String) { recordCheck(id: $id, code: "RESIDENCE", outcome: PASSED, note: $note) { id } }',
      { id: reiApplicationId, note },
      caseworkerToken,
    );
    const { page } = await signedIn();
    await page.goto(`${platform.consoleUrl}reiApplications/${reiApplicationId}/show`);
    const row = page.locator('[data-check="RESIDENCE"]');
    await row.getByText(note).first().waitFor();
    expect((await row.innerText()).split(note).length - 1).toBe(1);
  });

  it('does not ask to verify requirements on an application whose checks failed', async () => {
    const family = await createReiFamily(platform.graphqlUrl, caseworkerToken);
    const asCaseworker = (query: string, variables: Record<string, unknown>) =>
      graphqlOk<Record<string, { id: string }>>(
        platform.graphqlUrl,
        query,
        variables,
        caseworkerToken,
      );
    // Residence left undeclared: that requirement stays to be verified.
    const { createReiApplication } = await asCaseworker(
      'mutation($i: ReiApplicationInput!) { createReiApplication(input: $i) { id } }',
      {
        i: {
          applicantId: family.applicantId,
          householdId: family.householdId,
          submittedAt: '2018-01-10',
          declarations: { recentVehicle: false, boats: false, unemploymentBenefits: false },
        },
      },
    );
    const id = createReiApplication!.id;
    await asCaseworker('mutation($id: ID!) { runMunicipalChecks(id: $id) { id } }', { id });
    await asCaseworker(
      'mutation($id: ID!) { recordCheck(id: $id, code: "ISEE", outcome: FAILED, note: "ISEE oltre la soglia") { id } }',
      { id },
    );
    const { page } = await signedIn();
    await page.goto(`${platform.consoleUrl}reiApplications/${id}/show`);
    await page.locator('[data-check="ISEE"]').getByText('ISEE oltre la soglia').waitFor();
    expect(await page.locator('[data-check="RESIDENCE"]').innerText()).toContain('Da verificare');
    expect(await page.getByText('Ci sono requisiti da verificare').count()).toBe(0);
  });

  it('offers only the members aged 55 or more on the application date as unemployed over 55', async () => {
    const family = await createReiFamily(platform.graphqlUrl, caseworkerToken);
    // A grandfather aged 55 on 10/01/2018 (born 10/01/1963) joins the family of 39, 41 and 9.
    const { createSubject } = await graphqlOk<{ createSubject: { id: string } }>(
      platform.graphqlUrl,
      'mutation($i: SubjectInput!) { createSubject(input: $i) { id } }',
      {
        i: {
          fiscalCode: computeFiscalCode({
            lastName: family.lastName,
            firstName: 'Aldo',
            sex: 'M',
            birthDate: '1963-01-10',
            birthPlaceCode: 'F205',
          }),
          firstName: 'Aldo',
          lastName: family.lastName,
          sex: 'M',
          birthDate: '1963-01-10',
          birthPlaceCode: 'F205',
          citizenshipCode: '380',
        },
      },
      caseworkerToken,
    );
    await graphqlOk(
      platform.graphqlUrl,
      'mutation($h: ID!, $s: ID!) { addHouseholdMember(householdId: $h, subjectId: $s, relationship: "7", since: "2008-02-01") { id } }',
      { h: family.householdId, s: createSubject.id },
      caseworkerToken,
    );
    const { page } = await signedIn();
    await page.goto(`${platform.consoleUrl}reiApplications/create`);
    const form = new ReiApplicationFormPage(page);
    await form.ready();
    await form.chooseApplicant(family.lastName, family.applicantName);
    await form.chooseHousehold(family.lastName);
    await form.submittedAt().fill('2018-01-10');
    const group = page.getByRole('group', { name: /Componenti di almeno 55 anni disoccupati/ });
    await group.getByRole('checkbox').first().waitFor();
    expect(await group.getByRole('checkbox').evaluateAll((boxes) => boxes.length)).toBe(1);
    await group.getByRole('checkbox', { name: `${family.lastName} Aldo` }).waitFor();
  });

  it('focuses the field the server refused and links a duplicate codice fiscale to its subject', async () => {
    const family = await createReiFamily(platform.graphqlUrl, caseworkerToken);
    const { page } = await signedIn();
    await page.goto(`${platform.consoleUrl}subjects/create`);
    const form = new SubjectFormPage(page);
    await form.ready();
    await form.typeFiscalCode(family.fiscalCodes[0]!);
    await eventually(
      () => form.fiscalCodeMessage(),
      (v) => v.includes('Codice valido'),
    );
    await form.fillFromCode().click();
    await form.lastName().fill(family.lastName);
    await form.firstName().fill('Giulia');
    await form.save().click();
    await eventually(
      () => form.fiscalCodeMessage(),
      (v) => v.includes('Esiste già'),
    );
    await eventually(
      () => page.evaluate(() => document.activeElement?.getAttribute('name')),
      (name) => name === 'fiscalCode',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'fiscalCode',
    );
    const existing = page.getByRole('link', { name: 'Apri il soggetto già registrato' });
    await existing.click();
    await page.waitForURL(`**/admin/subjects/${family.applicantId}/show`);
  });

  it('closes the ISEE dialog with Annulla', async () => {
    const { page } = await signedIn();
    await page.goto(`${platform.consoleUrl}households`);
    await page.locator('main tbody tr').first().getByRole('link').first().click();
    const household = new HouseholdShowPage(page);
    await household.ready();
    await household.tab('ISEE').click();
    await household.recordIsee().click();
    await household.iseeDialog().waitFor();
    await household.iseeDialog().getByRole('button', { name: 'Annulla' }).click();
    await household.iseeDialog().waitFor({ state: 'detached' });
  });

  it('shows the e-mail error in Italian under the field and marks a wrong codice fiscale invalid as it is typed', async () => {
    const { page } = await signedIn();
    await page.goto(`${platform.consoleUrl}subjects/create`);
    const form = new SubjectFormPage(page);
    await form.ready();
    // One wrong character: the check character of RSSMRA80A01F205X is X, not Y.
    await form.typeFiscalCode('RSSMRA80A01F205Y');
    // Still in the field: nothing has been left or submitted yet.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe(
      'true',
    );
    const email = page.getByRole('textbox', { name: /^Email/ });
    await email.fill('non-una-email');
    await form.save().click();
    await eventually(
      () => messageUnder(email),
      (text) => text.includes('Indirizzo email non valido'),
    );
    expect(await messageUnder(email)).toContain('Indirizzo email non valido');
    // The browser's own check did not stop the form (it would leave the field valid for it).
    expect(await email.evaluate((input) => (input as HTMLInputElement).validity.valid)).toBe(true);
  });
});
