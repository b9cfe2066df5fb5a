import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';
import { ReplicaSet, replicaUrls, sentNothing } from '../src/http/replicas';

/** A port nothing listens on (taken, then freed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('ReplicaSet', () => {
  it('reads a comma-separated URL setting', () => {
    expect(replicaUrls(' http://a:1/ , http://b:2,,')).toEqual(['http://a:1', 'http://b:2']);
    expect(() => new ReplicaSet(' , ')).toThrow('Nessun indirizzo');
  });

  it('takes the replicas in turn', () => {
    const set = new ReplicaSet('http://a,http://b,http://c');
    expect([0, 1, 2, 3].map(() => set.order()[0])).toEqual([
      'http://a',
      'http://b',
      'http://c',
      'http://a',
    ]);
    expect(set.order()).toEqual(['http://b', 'http://c', 'http://a']);
  });

  it('tries a replica found down last, until its pause is over', () => {
    let now = 1000;
    const set = new ReplicaSet('http://a,http://b,http://c', 2000, () => now);
    set.markDown('http://a');
    expect(set.order()).toEqual(['http://b', 'http://c', 'http://a']);
    expect(set.order()).toEqual(['http://b', 'http://c', 'http://a']);
    expect(set.order()).toEqual(['http://c', 'http://b', 'http://a']);
    now += 2000;
    expect(set.order()).toEqual(['http://a', 'http://b', 'http://c']);
  });

  describe('send, on real connections', () => {
    let answering: Server;
    let dropping: Server;
    let up = '';
    let drops = '';
    const received: string[] = [];

    beforeAll(async () => {
      answering = createServer((req, res) => {
        received.push(req.url!);
        res.end('ok');
      });
      // Reads the request, then closes the connection without an answer: the request was sent.
      dropping = createServer((req) => {
        received.push(`dropped ${req.url}`);
        req.socket.destroy();
      });
      for (const server of [answering, dropping])
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      up = `http://127.0.0.1:${(answering.address() as AddressInfo).port}`;
      drops = `http://127.0.0.1:${(dropping.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      for (const server of [answering, dropping])
        await new Promise((resolve) => server.close(resolve));
    });
    beforeEach(() => received.splice(0));

    const get = (path: string) => async (baseUrl: string) => {
      const res = await request(`${baseUrl}${path}`);
      return res.body.text();
    };

    it('moves past a refused connection and skips that replica for a while', async () => {
      const down = `http://127.0.0.1:${await closedPort()}`;
      const set = new ReplicaSet(`${down},${up}`);
      expect(await set.send(get('/1'))).toBe('ok');
      expect(set.order()).toEqual([up, down]);
      expect(await set.send(get('/2'))).toBe('ok');
      expect(received).toEqual(['/1', '/2']);
    });

    it('never sends again a request whose connection was lost after it was sent', async () => {
      const set = new ReplicaSet(`${drops},${up}`);
      const error = await set.send(get('/once')).catch((e: unknown) => e);
      expect(sentNothing(error)).toBe(false);
      expect(received).toEqual(['dropped /once']);
      // That replica is not believed down: it accepted the connection.
      expect(set.order()).toEqual([up, drops]);
    });

    it('tries one replica only when asked not to retry (a streamed body)', async () => {
      const down = `http://127.0.0.1:${await closedPort()}`;
      const set = new ReplicaSet(`${down},${up}`);
      const error = await set.send(get('/body'), { retry: false }).catch((e: unknown) => e);
      expect(sentNothing(error)).toBe(true);
      expect(received).toEqual([]);
      expect(set.order()[0]).toBe(up);
    });

    it('fails with the last error when every replica refuses', async () => {
      const set = new ReplicaSet(
        `http://127.0.0.1:${await closedPort()},http://127.0.0.1:${await closedPort()}`,
      );
      await expect(set.send(get('/x'))).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    });

    it('sees through fetch to a refused connection', async () => {
      const error = await fetch(`http://127.0.0.1:${await closedPort()}/`).catch((e: unknown) => e);
      expect(sentNothing(error)).toBe(true);
    });
  });
});
