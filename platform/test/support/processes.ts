import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

/** A TCP port free on this machine now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = (server.address() as AddressInfo) ?? { port: 0 };
        server.close(() => resolve(port));
      });
  });
}

/** A package's compiled entry point (`npm test` builds before it runs). */
export function compiledMain(pkg: string): string {
  // Under jest the package resolves to its sources (src/server.ts): the build is beside them.
  const main = join(dirname(require.resolve(pkg)), '..', 'dist', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} mancante: eseguire npm run build`);
  return main;
}
