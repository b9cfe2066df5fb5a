import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { SCREENSHOTS_DIR } from './browser';

/** Records a figure of the run in e2e/screenshots/metrics.json (git-ignored). */
export function recordMetric(name: string, value: number, unit: string): void {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = join(SCREENSHOTS_DIR, 'metrics.json');
  const metrics = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  metrics[name] = { value, unit, at: new Date().toISOString() };
  writeFileSync(file, `${JSON.stringify(metrics, null, 2)}\n`);
}

/**
 * Collects every JavaScript file the page loads from now on; `gzipKb()` is what they weigh
 * gzipped (the gateway serves them uncompressed, so this is what a compressing proxy would send).
 */
export function watchJavaScript(page: Page) {
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on('response', (response) => {
    const url = response.url();
    if (url.endsWith('.js') && !bodies.has(url))
      bodies.set(
        url,
        response.body().catch(() => null),
      );
  });
  return {
    urls: () => [...bodies.keys()],
    async gzipKb(): Promise<number> {
      let bytes = 0;
      for (const body of await Promise.all(bodies.values()))
        if (body) bytes += gzipSync(body).length;
      return Math.round((bytes / 1024) * 10) / 10;
    },
  };
}
