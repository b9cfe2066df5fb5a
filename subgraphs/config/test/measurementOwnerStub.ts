import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeMeasurementKey, type IndicatorSpec } from '@sisa/kernel';

export interface StubRequest {
  typename: string;
  spec: IndicatorSpec;
  authorization: string | undefined;
}

export interface MeasurementOwnerStub {
  url: string;
  requests: StubRequest[];
  /** What the next measurements answer. */
  answer: { value: number | null; error: string | null };
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Stands in for a domain subgraph that does not exist yet: answers `_entities` for measurement
 * references with a fixed value and records what it was asked, so a test can check what the
 * config subgraph sends and how it acts on the answer (not the answer itself).
 */
export async function startMeasurementOwnerStub(): Promise<MeasurementOwnerStub> {
  const stub: Omit<MeasurementOwnerStub, 'url' | 'close'> = {
    requests: [],
    answer: { value: 0, error: null },
  };
  const server: Server = createServer(async (req, res) => {
    const payload = JSON.parse(await body(req)) as {
      variables?: { representations?: { __typename: string; spec: string }[] };
    };
    const entities = (payload.variables?.representations ?? []).map((r) => {
      const key = decodeMeasurementKey(r.spec);
      stub.requests.push({
        typename: r.__typename,
        spec: key!.spec,
        authorization: req.headers.authorization,
      });
      return { __typename: r.__typename, ...stub.answer };
    });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { _entities: entities } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
