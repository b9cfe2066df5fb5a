import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`, done by `.ci/run`); SISA_CHROMIUM overrides it. */
export const CHROMIUM_PATH = process.env.SISA_CHROMIUM ?? '/usr/bin/chromium';

/** Where a run leaves its screenshots (git-ignored). */
export const SCREENSHOTS_DIR = join(__dirname, '..', 'screenshots');

export interface ConsoleBrowser {
  browser: Browser;
  /** A fresh context (own sessionStorage and cookies), Italian, for one scenario. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** Launches headless Chromium; fails, not skips, when it is missing. */
export async function launchChromium(): Promise<ConsoleBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium non trovato in ${CHROMIUM_PATH}: installarlo con "apt-get update && apt-get install -y chromium" ` +
        '(o indicare il binario con SISA_CHROMIUM). I test del browser non si saltano.',
    );
  }
  // Playwright gives Chromium a fresh --user-data-dir of its own (a temporary profile removed on
  // close) and refuses one passed in `args`; each scenario then gets its own context.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    async newPage() {
      const context = await browser.newContext({
        locale: 'it-IT',
        timezoneId: 'Europe/Rome',
        viewport: { width: 1280, height: 860 },
      });
      return { context, page: await context.newPage() };
    },
    async close() {
      await browser.close();
    },
  };
}

/** Saves a full-page screenshot as `<name>.png` under e2e/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
