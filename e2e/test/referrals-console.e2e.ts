import { computeFiscalCode } from '@sisa/italia';
import {
  createTestTenant,
  createTestUser,
  graphqlOk,
  issueToken,
  startTestPlatform,
  type TestUser,
} from '@sisa/testing';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, screenshot, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST, type ConsolePlatform } from '../src/consolePlatform';
import { eventually } from '../src/eventually';
import { messageUnder } from '../src/formErrors';
import { AppShell } from '../src/pages/AppShell';
import { LoginPage } from '../src/pages/LoginPage';
import { ReferralFormPage } from '../src/pages/ReferralFormPage';
import { ReferralListPage } from '../src/pages/ReferralListPage';
import { ReferralShowPage } from '../src/pages/ReferralShowPage';

jest.setTimeout(180_000);

// The caseworker's inbox of segnalazioni, in Chromium against the real platform: a school reports
// a child not in the registry, the report goes to the top of the inbox, is opened by keyboard,
// linked to the child once registered and accepted. A comune's admin never sees the inbox.
describe('Segnalazioni in the console', () => {
  let platform: ConsolePlatform;
  let chromium: ConsoleBrowser;
  let caseworker: TestUser;
  let admin: TestUser;
  let caseworkerToken: string;
  let subjectId: string;
  const child = {
    firstName: 'Luca',
    lastName: 'Ferrari',
    sex: 'M',
    birthDate: '2015-08-10',
    birthPlaceCode: 'F205',
  } as const;
  const childCode = computeFiscalCode(child);

  const asCaseworker = <T = Record<string, unknown>>(query: string, variables = {}) =>
    graphqlOk<T>(platform.graphqlUrl, query, variables, caseworkerToken);

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_UI_DIST, 'index.html')))
      throw new Error(
        `La console non è compilata (manca ${ADMIN_UI_DIST}/index.html): "npm run build".`,
      );
    // A copy: another build of admin-ui/dist while this runs would replace the chunks.
    const adminUiDir = mkdtempSync(join(tmpdir(), 'sisa-console-'));
    cpSync(ADMIN_UI_DIST, adminUiDir, { recursive: true });
    const started = await startTestPlatform(['config', 'registry', 'casework'], { adminUiDir });
    platform = { ...started, consoleUrl: `${started.gatewayUrl}/admin/` };
    chromium = await launchChromium();
    const tenant = await createTestTenant('Comune di Prova Segnalazioni');
    caseworker = await createTestUser(tenant.id, ['CASEWORKER'], 'password-operatore');
    admin = await createTestUser(tenant.id, ['TENANT_ADMIN'], 'password-amministratore');
    caseworkerToken = await issueToken({
      tenantId: tenant.id,
      roles: ['CASEWORKER'],
      name: 'seed.operatore',
    });
    // Two older reports, less urgent: the new urgent one must still come first.
    for (const [urgency, hoursAgo, description] of [
      ['HIGH', 48, 'Anziana sola, non ritira la spesa da giorni'],
      ['MEDIUM', 72, 'Famiglia con sfratto esecutivo'],
    ] as const)
      await asCaseworker('mutation($i: ReferralInput!) { createReferral(input: $i) { id } }', {
        i: {
          source: 'CITTADINO',
          urgency,
          receivedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
          personDescription: 'Vicina di casa',
          description,
        },
      });
    // The child, registered meanwhile by the registry office.
    const { createSubject } = await asCaseworker<{ createSubject: { id: string } }>(
      'mutation($i: SubjectInput!) { createSubject(input: $i) { id } }',
      {
        i: { ...child, fiscalCode: childCode, citizenshipCode: '380' },
      },
    );
    subjectId = createSubject.id;
  });

  afterEach(async () => {
    const pages = chromium.browser.contexts().flatMap((c) => c.pages());
    const name = (expect.getState().currentTestName ?? '').slice(-24).replace(/\W+/g, '-');
    await Promise.all(
      pages.map((p, i) => screenshot(p, `referrals-last-${name}-${i}`).catch(() => undefined)),
    );
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  async function signedIn(user: TestUser): Promise<{ page: Page; shell: AppShell }> {
    const { page } = await chromium.newPage();
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    await login.signIn(user.username, user.password);
    const shell = new AppShell(page);
    await shell.ready();
    return { page, shell };
  }

  it('takes an urgent report from the form to the top of the inbox, then to its acceptance', async () => {
    const { page, shell } = await signedIn(caseworker);
    await shell.open('Segnalazioni');
    const inbox = new ReferralListPage(page, platform.consoleUrl);
    await inbox.ready();
    await inbox.createButton().click();

    const form = new ReferralFormPage(page);
    await form.ready();
    await form.chooseSource('Scuola');
    await form.chooseUrgency('Urgente');
    await form
      .description()
      .fill('Il bambino arriva a scuola senza pranzo e con lividi sulle braccia.');
    // Neither a registry subject nor a description: the server's refusal, under the field.
    await form.save().click();
    expect(
      await eventually(
        () => messageUnder(form.personDescription()),
        (message) => message.includes('Indicare la persona'),
      ),
    ).toContain('Indicare la persona');
    expect(page.url()).toMatch(/\/referrals\/create$/);
    await form.personDescription().fill('Luca, circa 10 anni, classe V della scuola Manzoni');
    await form.save().click();
    await page.waitForURL(/\/referrals\/[^/]+\/show$/);
    const referralPath = new URL(page.url()).pathname;

    // The inbox: the newest report is the most urgent, so it comes first.
    await inbox.open();
    const rows = await eventually(
      () => inbox.rowTexts(),
      (texts) => texts.length === 3,
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Luca, circa 10 anni');
    expect(rows[0]).toContain('Urgente');
    expect(rows[0]).toContain('Scuola');
    expect(rows[0]).toContain('Ricevuta');
    expect(rows[1]).toContain('Alta');
    expect(rows[2]).toContain('Media');

    // Tab from the top reaches the first row's link; Enter opens the referral.
    const href = await inbox.tabToFirstRow();
    expect(href).toMatch(new RegExp(`${referralPath}$`));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === referralPath);

    const referral = new ReferralShowPage(page);
    await referral.ready();
    await referral.action('Prendi in valutazione').click();
    await referral.fact('Stato').getByText('In valutazione').waitFor();
    expect(await referral.action('Prendi in valutazione').count()).toBe(0);

    await referral.linkSubject('Ferrari', 'Ferrari Luca');
    const subjectLink = referral.fact('Soggetto dell’anagrafe').getByRole('link');
    await subjectLink.waitFor();
    expect(await subjectLink.innerText()).toContain(childCode);
    expect(await subjectLink.getAttribute('href')).toContain(`/subjects/${subjectId}/show`);

    const note = 'Presa in carico con la scuola: colloquio con la madre fissato';
    await referral.decide('Accogli', note);
    await referral.fact('Stato').getByText('Accolta').waitFor();
    expect(await referral.fact('Nota della valutazione').innerText()).toContain(note);
    for (const action of ['Prendi in valutazione', 'Collega soggetto', 'Accogli', 'Non accogliere'])
      expect([action, await referral.action(action).count()]).toEqual([action, 0]);

    // The inbox says it too.
    await inbox.open();
    expect(
      await eventually(
        () => inbox.row('Ferrari Luca').innerText(),
        (text) => text.includes('Accolta'),
      ),
    ).toContain('Accolta');
  });

  it('asks why a report is not accepted', async () => {
    const { createReferral } = await asCaseworker<{ createReferral: { id: string } }>(
      'mutation($i: ReferralInput!) { createReferral(input: $i) { id } }',
      {
        i: {
          source: 'ALTRO_SERVIZIO',
          urgency: 'LOW',
          personDescription: 'Uomo di circa 50 anni, senza dimora',
          description: 'Segnalato dal servizio di strada',
        },
      },
    );
    const { page } = await signedIn(caseworker);
    await page.goto(`${platform.consoleUrl}referrals/${createReferral.id}/show`);
    const referral = new ReferralShowPage(page);
    await referral.ready();
    await referral.action('Non accogliere').click();
    const dialog = referral.dialog();
    await dialog.getByRole('button', { name: 'Non accogliere', exact: true }).click();
    // Required: the dialog stays open until the reason is given.
    expect(
      await eventually(
        () => messageUnder(dialog.getByRole('textbox', { name: /^Nota/ })),
        (message) => message.includes('obbligatori'),
      ),
    ).toContain('Campo obbligatorio');
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('textbox', { name: /^Nota/ }).fill('Già seguito dal servizio di strada');
    await dialog.getByRole('button', { name: 'Non accogliere', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await referral.fact('Stato').getByText('Non accolta').waitFor();
    expect(await referral.action('Accogli').count()).toBe(0);
  });

  it('fits a phone: the inbox as cards, each opening its referral with the whole title', async () => {
    const { page } = await signedIn(caseworker);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${platform.consoleUrl}referrals`);
    const card = page.getByRole('main').getByRole('link').filter({ hasText: 'Vicina di casa' });
    await card.first().waitFor();
    expect(await page.locator('main table').count()).toBe(0);
    await card.first().click();
    await page.waitForURL(/\/referrals\/[^/]+\/show$/);
    await new ReferralShowPage(page).ready();
    const layout = await page.evaluate(() => {
      const title = document.getElementById('react-admin-title')!;
      return {
        title: title.textContent ?? '',
        cut: title.scrollWidth > title.clientWidth + 1,
        scrollWidth: document.scrollingElement!.scrollWidth,
      };
    });
    expect(layout).toEqual({
      title: expect.stringContaining('Vicina di casa'),
      cut: false,
      scrollWidth: 390,
    });
  });

  it('shows no inbox to the comune’s admin', async () => {
    const { shell } = await signedIn(admin);
    await shell.menuSection('Lavoro').waitFor();
    expect(await shell.menuItems()).not.toContain('Segnalazioni');
    expect(await shell.menuItems()).toContain('Soggetti');
  });
});
