import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';
import { launchChromium, type ConsoleBrowser } from '../src/browser';
import { ADMIN_UI_DIST } from '../src/consolePlatform';

jest.setTimeout(120_000);

describe('the API explorer (GraphiQL) at /explorer', () => {
  let platform: TestPlatform;
  let chromium: ConsoleBrowser;

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_UI_DIST, 'explorer', 'index.html')))
      throw new Error(
        `L'esploratore non è compilato (manca ${ADMIN_UI_DIST}/explorer/index.html): "npm run build -w @sisa/admin-ui".`,
      );
    platform = await startTestPlatform(['config'], {
      adminUiDir: ADMIN_UI_DIST,
      gateway: { explorer: true },
    });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await platform?.close();
  });

  it('runs { __typename } with the pasted token, loading nothing from outside 127.0.0.1', async () => {
    const { page } = await chromium.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(`${platform.gatewayUrl}/explorer`);
    expect(page.url()).toBe(`${platform.gatewayUrl}/explorer/`);
    const token = await userToken(null, ['PLATFORM_ADMIN']);
    await page.getByLabel('Token (Bearer)').fill(token);

    await page.getByRole('button', { name: /Execute query/i }).click();
    // The gateway answers only a request that carries the token: the result is the proof that
    // GraphiQL sent it (its fetch is not always seen by page events, e.g. from a worker).
    await page.locator('.graphiql-response').getByText('"Query"').waitFor();
    expect(await page.locator('.graphiql-response').innerText()).toMatch(
      /"data":\s*\{\s*"__typename":\s*"Query"/,
    );

    const outside = requested.filter(
      (url) => !/^(data|blob):/.test(url) && new URL(url).hostname !== '127.0.0.1',
    );
    expect(outside).toEqual([]);
    expect(requested.some((url) => url.includes('/explorer/assets/'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
