/** Why heavy work cannot start now: the HTTP status, an Italian message and when to try again. */
export interface SlotRefusal {
  status: 429 | 503;
  message: string;
  retryAfterSeconds: number;
}

/** What each refusal says: the tenant's own work still running, or the service full. */
export interface SlotMessages {
  tenantBusy: string;
  serviceBusy: string;
}

/**
 * Heavy work (an import, a transmission preview) allowed to run at once in this process: one per
 * tenant (a comune's second request waits for its first), and `max` in all, so one comune never
 * takes the service, and its few bulk connections, from the others.
 */
export class TenantSlots {
  private readonly running = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly messages: SlotMessages,
  ) {}

  /** A slot for the tenant's work (give it back with `release`), or why there is none. */
  take(tenantId: string): { release(): void } | SlotRefusal {
    if (this.running.has(tenantId))
      return { status: 429, message: this.messages.tenantBusy, retryAfterSeconds: 30 };
    if (this.running.size >= this.max)
      return { status: 503, message: this.messages.serviceBusy, retryAfterSeconds: 60 };
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

/** Imports: `SISA_IMPORT_MAX_CONCURRENT` in all (importLimits.ts). */
export function importSlots(max: number): TenantSlots {
  return new TenantSlots(max, {
    tenantBusy: 'È già in corso un’importazione per questo ente: riprovare quando sarà terminata',
    serviceBusy: 'Troppe importazioni in corso: riprovare tra un minuto',
  });
}

/**
 * Transmission previews: each reads every record to send in one snapshot (seconds for a large
 * comune) on a bulk connection; two at once in all leave the others to imports and transmissions.
 */
export const PREVIEWS_AT_ONCE = 2;

export function previewSlots(): TenantSlots {
  return new TenantSlots(PREVIEWS_AT_ONCE, {
    tenantBusy:
      'È già in corso un’anteprima dell’invio per questo ente: riprovare quando sarà terminata',
    serviceBusy: 'Troppe anteprime in corso: riprovare tra un minuto',
  });
}
