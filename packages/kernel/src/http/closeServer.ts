import type { Server } from 'node:http';

/**
 * Stops accepting connections, closes idle keep-alive ones at once, lets requests in flight
 * finish for up to `graceMs`, then closes whatever is left.
 */
export function closeHttpServer(server: Server, graceMs = 5000): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
