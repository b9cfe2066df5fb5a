import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceUnavailableError, SubgraphClient, createFormatError } from '../src';

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
});
