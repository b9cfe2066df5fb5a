import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraphFetcher } from '../src/fetcher';

describe('subgraphFetcher', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/broken') {
          res.writeHead(502, { 'content-type': 'text/plain' }).end('upstream down');
          return;
        }
        res
          .writeHead(200, { 'content-type': 'application/json', 'x-seen': req.headers['x-seen'] })
          .end(JSON.stringify({ data: { echo: JSON.parse(body) } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('posts the body and headers and answers as fetch would', async () => {
    const response = await subgraphFetcher(url)(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-seen': 'yes' },
      body: JSON.stringify({ query: '{ a }' }),
    });
    expect(response.ok).toBe(true);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('X-Seen')).toBe('yes');
    expect(response.headers.get('x-missing')).toBeNull();
    expect(await response.json()).toEqual({ data: { echo: { query: '{ a }' } } });
  });

  it('reports an HTTP error with its status and body', async () => {
    const response = await subgraphFetcher(url)(`${url}/broken`, { method: 'POST', body: '{}' });
    expect(response.ok).toBe(false);
    expect(response.status).toBe(502);
    expect(response.statusText).toBe('Bad Gateway');
    expect(await response.text()).toBe('upstream down');
  });

  it('rejects when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      subgraphFetcher(`http://127.0.0.1:${port}`)(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
      }),
    ).rejects.toThrow();
  });

  it('sends to the replica in turn, and past one that refuses the connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const down = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const fetcher = subgraphFetcher(`${down},${url}`);
    for (let i = 0; i < 4; i++) {
      // The URL Apollo gives names the first replica: its path is kept, its origin is not.
      const response = await fetcher(`${down}/graphql?x=1`, {
        method: 'POST',
        headers: { 'x-seen': String(i) },
        body: '{"n":1}',
      });
      expect(await response.json()).toEqual({ data: { echo: { n: 1 } } });
    }
  });
});
