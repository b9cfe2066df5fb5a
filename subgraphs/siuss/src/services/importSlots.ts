/** Why an import cannot start now: the HTTP status, an Italian message and when to try again. */
export interface ImportRefusal {
  status: 429 | 503;
  message: string;
  retryAfterSeconds: number;
}

/**
 * Imports allowed to run at once in this process: one per tenant (a comune's second file waits
 * for its first), and `max` in all, so one comune's files never take the service from the others.
 */
export class ImportSlots {
  private readonly running = new Set<string>();

  constructor(private readonly max: number) {}

  /** A slot for the tenant's import (give it back with `release`), or why there is none. */
  take(tenantId: string): { release(): void } | ImportRefusal {
    if (this.running.has(tenantId))
      return {
        status: 429,
        message:
          'È già in corso un\u2019importazione per questo ente: riprovare quando sarà terminata',
        retryAfterSeconds: 30,
      };
    if (this.running.size >= this.max)
      return {
        status: 503,
        message: 'Troppe importazioni in corso: riprovare tra un minuto',
        retryAfterSeconds: 60,
      };
    this.running.add(tenantId);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.running.delete(tenantId);
      },
    };
  }
}
