import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { explorerEnabled, explorerRouter } from '../src/explorer';

describe('the API explorer', () => {
  it('is on in development, off in production unless SISA_EXPLORER=on', () => {
    expect(explorerEnabled({})).toBe(true);
    expect(explorerEnabled({ NODE_ENV: 'production' })).toBe(false);
    expect(explorerEnabled({ NODE_ENV: 'production', SISA_EXPLORER: 'on' })).toBe(true);
    expect(explorerEnabled({ SISA_EXPLORER: 'off' })).toBe(false);
  });

  it('is served at /explorer/ only when enabled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sisa-explorer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>esploratore</title>');
    const status = async (enabled: boolean, path: string) => {
      const app = express();
      app.use('/explorer', explorerRouter(dir, enabled));
      const server = createServer(app).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        const { port } = server.address() as AddressInfo;
        const res = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });
        return `${res.status} ${res.headers.get('location') ?? ''}`.trim();
      } finally {
        server.close();
      }
    };
    expect(await status(true, '/explorer/')).toBe('200');
    expect(await status(true, '/explorer')).toBe('301 /explorer/');
    expect(await status(false, '/explorer/')).toBe('404');
    expect(await status(false, '/explorer')).toBe('404');
  });
});
