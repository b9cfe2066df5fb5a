import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLogger } from '@sisa/kernel';
import { proxyTo } from '../src/proxy';

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

/**
 * A service that dies in the middle of a download (here: a server that sends half a file and
 * drops the connection) must end the caller's download too, never leave it waiting for ever.
 */
describe('the gateway file proxy when a service stops mid-answer', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

  it('ends the caller’s download with an error instead of leaving it open', async () => {
    const service = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write(Buffer.alloc(64 * 1024, 1));
      setTimeout(() => res.socket?.destroy(), 50);
    });
    servers.push(service);
    const serviceUrl = await listen(service);
    const app = express();
    const logger = createLogger('gateway-test');
    app.get('/files/test', (req, res) => void proxyTo(serviceUrl, '/file', req, res, logger, 'r'));
    const gateway = createServer(app);
    servers.push(gateway);
    const gatewayUrl = await listen(gateway);

    const answer = await fetch(`${gatewayUrl}/files/test`);
    expect(answer.status).toBe(200);
    const outcome = await Promise.race([
      answer.arrayBuffer().then(
        () => 'completed',
        () => 'interrupted',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 5_000)),
    ]);
    expect(outcome).toBe('interrupted');
  });
});
