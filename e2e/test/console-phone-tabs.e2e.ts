import {
  createTestTenant,
  createTestUser,
  graphqlOk,
  issueToken,
  socialBenefitInput,
  startTestPlatform,
  type TestTenant,
  type TestUser,
} from '@sisa/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, screenshot, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST, type ConsolePlatform } from '../src/consolePlatform';
import { createDraftApplication, createReiFamily } from '../src/fixtures/reiFamily';
import { recordMetric as saveMetric } from '../src/metrics';
import { AppShell } from '../src/pages/AppShell';
import { DashboardPage } from '../src/pages/DashboardPage';
import { LoginPage } from '../src/pages/LoginPage';
import { ReiApplicationShowPage } from '../src/pages/ReiApplicationShowPage';
import { SubjectShowPage } from '../src/pages/SubjectShowPage';

jest.setTimeout(240_000);

function recordMetric(name: string, value: number, unit: string): void {
  saveMetric(name, value, unit);
  console.log(`[figure] ${name}: ${value} ${unit}`);
}

const PHONE = { width: 390, height: 844 };

/** How the page lies at the phone's width: what scrolls sideways, and whether the title fits. */
interface PhoneLayout {
  scrollWidth: number;
  title: string;
  titleCut: boolean;
  titleRight: number;
  wideElements: string[];
}

async function phoneLayout(page: Page): Promise<PhoneLayout> {
  return page.evaluate((width) => {
    const title = document.getElementById('react-admin-title');
    const box = title?.getBoundingClientRect();
    // The elements that reach beyond the screen, to say what overflows when the test fails.
    const wideElements = Array.from(document.querySelectorAll<HTMLElement>('main *'))
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).slice(0, 2).join('.')}`);
    return {
      scrollWidth: document.scrollingElement!.scrollWidth,
      title: title?.textContent?.trim() ?? '',
      titleCut: title ? title.scrollWidth > title.clientWidth + 1 : true,
      titleRight: box ? box.right : Infinity,
      wideElements,
    };
  }, PHONE.width);
}

describe('the console on a phone and in several tabs', () => {
  let platform: ConsolePlatform;
  let chromium: ConsoleBrowser;
  let tenant: TestTenant;
  let admin: TestUser;
  let caseworker: TestUser;
  let token: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Every subgraph: the phone visits every list of the console.
    const started = await startTestPlatform(undefined, { adminUiDir: ADMIN_UI_DIST });
    platform = { ...started, consoleUrl: `${started.gatewayUrl}/admin/` };
    chromium = await launchChromium();
    tenant = await createTestTenant('Comune di Prova Telefono');
    admin = await createTestUser(tenant.id, ['TENANT_ADMIN'], 'password-amministratore');
    caseworker = await createTestUser(tenant.id, ['CASEWORKER'], 'password-operatore');
    token = await issueToken({ tenantId: tenant.id, roles: ['CASEWORKER'], name: 'seed.op' });
    // A family with its household and ISEE, an application, a social benefit: a record in each list.
    const family = await createReiFamily(platform.graphqlUrl, token);
    ids.subject = family.applicantId;
    ids.household = family.householdId;
    ids.application = (await createDraftApplication(platform.graphqlUrl, token, family)).id;
    const { createSocialBenefit } = await graphqlOk<{ createSocialBenefit: { id: string } }>(
      platform.graphqlUrl,
      'mutation($i: SocialBenefitInput!) { createSocialBenefit(input: $i) { id } }',
      { i: socialBenefitInput({ endDate: '2018-12-31' }) },
      token,
    );
    ids.benefit = createSocialBenefit.id;
  });

  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  async function signIn(page: Page, user: TestUser): Promise<void> {
    const login = new LoginPage(page, platform.consoleUrl);
    await login.open();
    await login.signIn(user.username, user.password);
    await new DashboardPage(page).welcome().waitFor();
  }

  /** The page has loaded: a title in the app bar, no request and no spinner left. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(
      () => (document.getElementById('react-admin-title')?.textContent ?? '').trim() !== '',
    );
    await page.waitForLoadState('networkidle');
    await page
      .locator('main .MuiCircularProgress-root, main .MuiSkeleton-root')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
  }

  it('fits every list and record page in 390 × 844: no sideways scrolling, the whole title, cards for rows', async () => {
    const { context } = await chromium.newPage();
    // The phone's tab; a second tab of the same browser keeps the session for the page loads below.
    const phone = context.pages()[0]!;
    await phone.setViewportSize(PHONE);
    await signIn(phone, admin);
    const keeper = await context.newPage();
    await keeper.goto(platform.consoleUrl);
    await new DashboardPage(keeper).welcome().waitFor();

    const pages = [
      '',
      'subjects',
      `subjects/${ids.subject}/show`,
      'households',
      `households/${ids.household}/show`,
      'reiApplications',
      `reiApplications/${ids.application}/show`,
      'reiInpsExports',
      'reiCalculator',
      'socialBenefits',
      `socialBenefits/${ids.benefit}/show`,
      'siussImports',
      'siussImportLayouts',
      'transmissions',
      'fieldDefinitions',
      'valueLists',
      'indicators',
      'parameterSets',
      'users',
      'apiClients',
      'supportGrants',
    ];
    const problems: string[] = [];
    for (const path of pages) {
      await phone.goto(`${platform.consoleUrl}${path}`);
      await settled(phone);
      expect(phone.url()).not.toMatch(/\/login$/);
      const layout = await phoneLayout(phone);
      if (layout.scrollWidth > PHONE.width)
        problems.push(
          `/${path}: larga ${layout.scrollWidth} px (${layout.wideElements.join(', ')})`,
        );
      if (layout.titleCut || layout.titleRight > PHONE.width)
        problems.push(`/${path}: titolo «${layout.title}» tagliato`);
      await screenshot(phone, `phone-${path.replace(/\//g, '-') || 'dashboard'}`);
    }
    expect(problems).toEqual([]);

    // The REI application's deadlines come right after its summary, not screens below.
    await phone.goto(`${platform.consoleUrl}reiApplications/${ids.application}/show`);
    const application = new ReiApplicationShowPage(phone);
    await application.ready();
    const top = async (name: string) =>
      (await application.section(name).boundingBox())?.y ?? Infinity;
    expect(await top('Scadenze')).toBeLessThan(await top('Requisiti'));
    expect(await top('Scadenze')).toBeLessThan(await top('Dichiarazioni del richiedente'));

    // A list is a column of cards, each leading to its record.
    await phone.goto(`${platform.consoleUrl}subjects`);
    await settled(phone);
    expect(await phone.locator('main table').count()).toBe(0);
    const card = phone.getByRole('link').filter({ hasText: /Giulia/ });
    await card.first().click();
    await phone.waitForURL(new RegExp(`/subjects/${ids.subject}/show$`));
    await new SubjectShowPage(phone).ready();

    // The same list on a wide screen stays a table.
    await keeper.goto(`${platform.consoleUrl}subjects`);
    await keeper.getByRole('columnheader', { name: /codice fiscale/i }).waitFor();
  });

  it('shares the session with a new tab of the same browser, never another profile, and logs out every tab', async () => {
    const { context, page: first } = await chromium.newPage();
    const tokens = seenTokens(context);
    const login = new LoginPage(first, platform.consoleUrl);
    await login.open();
    const started = Date.now();
    await login.signIn(caseworker.username, caseworker.password);
    await new DashboardPage(first).settled();
    recordMetric('loginToInteractiveDashboardMs', Date.now() - started, 'ms');
    const [token] = tokens;
    expect(token).toBeTruthy();
    // The token is in no storage a later visitor of this browser could read.
    expect(await storedText(first, context)).not.toContain(token);

    // A reload keeps the tab logged in (the session waits in the tab only while the page goes),
    // and once the page is back nothing of the token is stored again.
    await first.reload();
    await new DashboardPage(first).welcome().waitFor();
    expect(first.url()).not.toMatch(/\/login$/);
    expect(await storedText(first, context)).not.toContain(token);

    // A link opened in a new tab (Ctrl+click on the menu) works under the same session.
    const shell = new AppShell(first);
    const [fromMenu] = await Promise.all([
      context.waitForEvent('page'),
      shell.menuItem('Soggetti').click({ modifiers: ['Control'] }),
    ]);
    await fromMenu.getByRole('columnheader', { name: /codice fiscale/i }).waitFor();
    expect(fromMenu.url()).toMatch(/\/admin\/subjects$/);

    // A deep link pasted in a new tab lands on the record, logged in.
    const second = await context.newPage();
    const opened = Date.now();
    await second.goto(`${platform.consoleUrl}subjects/${ids.subject}/show`);
    await new SubjectShowPage(second).ready();
    recordMetric('newTabSubjectPageMs', Date.now() - opened, 'ms');
    expect(second.url()).toMatch(new RegExp(`/subjects/${ids.subject}/show$`));
    expect(await storedText(second, context)).not.toContain(token);

    // The subject page in the first tab, from its list: the in-app navigation, timed.
    await shell.open('Soggetti');
    const row = first.getByRole('row').filter({ hasText: 'Giulia' });
    await row.first().waitFor();
    const navigated = Date.now();
    await row.first().click();
    await new SubjectShowPage(first).ready();
    recordMetric('subjectPageMs', Date.now() - navigated, 'ms');

    // Another browser profile (a new context: its own storage and channels) is not logged in.
    const { page: stranger } = await chromium.newPage();
    await stranger.goto(`${platform.consoleUrl}subjects/${ids.subject}/show`);
    await new LoginPage(stranger, platform.consoleUrl).heading().waitFor();
    expect(stranger.url()).toMatch(/\/admin\/login$/);

    // Logout in the first tab: the others go to the login page, and the token stops working.
    await first.getByRole('button', { name: /^Profilo di/ }).click();
    await first.getByRole('menuitem', { name: 'Esci' }).click();
    await new LoginPage(first, platform.consoleUrl).heading().waitFor();
    for (const tab of [second, fromMenu]) {
      await new LoginPage(tab, platform.consoleUrl).heading().waitFor();
      expect(tab.url()).toMatch(/\/admin\/login$/);
    }
    const me = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(JSON.stringify(await me.json())).toContain('UNAUTHENTICATED');
    // And a tab opened now finds no session to share.
    const third = await context.newPage();
    await third.goto(`${platform.consoleUrl}subjects`);
    await new LoginPage(third, platform.consoleUrl).heading().waitFor();
  });
});

/** Every bearer token the pages of `context` send to the gateway, in order. */
function seenTokens(context: BrowserContext): string[] {
  const tokens: string[] = [];
  context.on('request', (request) => {
    const token = /^Bearer (.+)$/.exec(request.headers().authorization ?? '')?.[1];
    if (token && !tokens.includes(token)) tokens.push(token);
  });
  return tokens;
}

/** Everything the browser keeps for the console's origin: localStorage, sessionStorage, cookies. */
async function storedText(page: Page, context: BrowserContext): Promise<string> {
  const inPage = await page.evaluate(() =>
    JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookies: document.cookie,
    }),
  );
  return (
    inPage + JSON.stringify(await context.storageState()) + JSON.stringify(await context.cookies())
  );
}
