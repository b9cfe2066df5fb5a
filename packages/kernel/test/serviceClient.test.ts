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
