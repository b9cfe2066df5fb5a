import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceUnavailableError, SubgraphClient, createFormatError } from '../src';
import { ParameterSetsDocument } from '../src/generated/config';

describe('SubgraphClient', () => {
  const caller = { authorization: null, requestId: 'r1' };

  it('names the service it cannot reach, in Italian, as an error the contract lets through', async () => {
    // A port that was just free: nothing listens there.
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const client = new SubgraphClient('registry', { registry: `http://127.0.0.1:${port}` });
    const error = await client.request(caller, '{ __typename }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).message).toBe(
      'Il servizio anagrafe non è raggiungibile: nulla è stato modificato, riprovare tra poco',
    );
    const formatted = createFormatError(() => undefined)({ message: 'x', extensions: {} }, error);
    expect(formatted).toMatchObject({
      message: (error as Error).message,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('names a service by its manifest, or by its name when the process was told no platform', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const told = process.env.SISA_SUBGRAPHS;
    delete process.env.SISA_SUBGRAPHS;
    try {
      const client = new SubgraphClient('registry', { registry: `http://127.0.0.1:${port}` });
      const error = await client.request(caller, '{ __typename }').catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/^Il servizio registry non è raggiungibile/);
    } finally {
      process.env.SISA_SUBGRAPHS = told;
    }
  });

  it('spreads calls over the replicas listed, past one that is down', async () => {
    const seen: string[] = [];
    const answering = (name: string) =>
      createServer((req, res) => {
        seen.push(name);
        req.resume().on('end', () => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: { __typename: 'Query' } }));
        });
      });
    const servers = [answering('a'), answering('b'), createServer()];
    for (const server of servers)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const [a, b, down] = servers.map(
      (s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    );
    await new Promise((resolve) => servers[2]!.close(resolve));
    try {
      const client = new SubgraphClient('registry', { registry: `${a},${down},${b}` });
      for (let i = 0; i < 4; i++) await client.request(caller, '{ __typename }');
      expect(seen.sort()).toEqual(['a', 'a', 'b', 'b']);
    } finally {
      for (const server of servers.slice(0, 2)) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    }
  });

  it('never says nothing changed when the connection was lost after the operation was sent', async () => {
    const server: Server = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = new SubgraphClient('registry', { registry: `http://127.0.0.1:${port}` });
      const error = await client.request(caller, 'mutation { x }').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailableError);
      expect((error as Error).message).toBe(
        "Il servizio anagrafe non ha risposto: l'operazione potrebbe essere stata eseguita, verificare prima di riprovare",
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sends a generated operation as its text, with its variables', async () => {
    let received: unknown;
    const server: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received = JSON.parse(body);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { parameterSets: [] } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = new SubgraphClient('config', { config: `http://127.0.0.1:${port}` });
      const data = await client.request(caller, ParameterSetsDocument, { measure: 'REI' });
      expect(data.parameterSets).toEqual([]);
      expect(received).toEqual({
        query: ParameterSetsDocument.toString(),
        variables: { measure: 'REI' },
      });
      expect(String(ParameterSetsDocument)).toMatch(
        /^\s*query ParameterSets\(\$measure: String!\)/,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
