/**
 * A service run as several processes (`SISA_REPLICAS`): its URL setting lists their base URLs,
 * comma-separated (`SISA_REGISTRY_URL=http://127.0.0.1:4001,http://127.0.0.1:4101`). Callers
 * (the gateway's subgraph fetcher and file proxy, `SubgraphClient`) spread requests over them in
 * turn and move to the next one only when a request could not even connect: then nothing was
 * sent, so trying it elsewhere cannot run it twice. A replica found down is tried last for a
 * short while, so one that was killed costs one refused connection, not one per request.
 */

/** How long a replica that refused a connection is tried last (it is restarted after ~1 s). */
export const REPLICA_DOWN_MS = 2000;

/** The base URLs of a URL setting: comma-separated, blanks and trailing slashes dropped. */
export function replicaUrls(setting: string): string[] {
  return setting
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

/** The replicas of one service as one process sees them: whose turn it is, which are down. */
export class ReplicaSet {
  readonly urls: readonly string[];
  private next = 0;
  private readonly downUntil = new Map<string, number>();

  constructor(
    setting: string,
    private readonly downForMs = REPLICA_DOWN_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.urls = replicaUrls(setting);
    if (this.urls.length === 0) throw new Error(`Nessun indirizzo in "${setting}"`);
  }

  /**
   * The order in which one request tries the replicas: starting from the next in turn, those
   * believed up first, then those found down lately (if every one is down, one may be back).
   */
  order(): string[] {
    const start = this.next;
    this.next = (this.next + 1) % this.urls.length;
    const turn = [...this.urls.slice(start), ...this.urls.slice(0, start)];
    const time = this.now();
    const isDown = (url: string) => (this.downUntil.get(url) ?? 0) > time;
    return [...turn.filter((url) => !isDown(url)), ...turn.filter(isDown)];
  }

  markDown(url: string): void {
    this.downUntil.set(url, this.now() + this.downForMs);
  }

  markUp(url: string): void {
    this.downUntil.delete(url);
  }

  /**
   * Sends one request: `send(baseUrl)` on the replica in turn; on an error that left nothing
   * sent (`sentNothing`) the replica is marked down and the next one is tried. Any other error
   * (a connection lost mid-request, an answer) is the caller's: the request may have run.
   * `retry: false` tries one replica only (a request whose body cannot be sent twice).
   */
  async send<T>(
    send: (baseUrl: string) => Promise<T>,
    { retry = true }: { retry?: boolean } = {},
  ): Promise<T> {
    let lastError: unknown;
    for (const url of retry ? this.order() : this.order().slice(0, 1)) {
      try {
        const result = await send(url);
        this.markUp(url);
        return result;
      } catch (error) {
        if (!sentNothing(error)) throw error;
        this.markDown(url);
        lastError = error;
      }
    }
    throw lastError;
  }
}

/** Node's errors of a connection that never opened (no byte of the request left). */
const NOT_CONNECTED_SYSCALLS = new Set(['connect', 'getaddrinfo']);

/**
 * Whether an error means the request never left: the connection was refused, reset or timed out
 * while opening, or the name did not resolve. Looks through `fetch`'s wrapper (`cause`).
 */
export function sentNothing(error: unknown): boolean {
  for (let e = error as { code?: string; syscall?: string; cause?: unknown } | undefined; e;) {
    if (e.code === 'UND_ERR_CONNECT_TIMEOUT') return true;
    if (typeof e.syscall === 'string' && NOT_CONNECTED_SYSCALLS.has(e.syscall)) return true;
    e = typeof e.cause === 'object' && e.cause !== null ? (e.cause as typeof e) : undefined;
  }
  return false;
}

const sets = new Map<string, ReplicaSet>();

/**
 * The process's one `ReplicaSet` for a URL setting: every client of a service in this process
 * shares its turn and what it learned of replicas down.
 */
export function replicaSet(setting: string): ReplicaSet {
  let set = sets.get(setting);
  if (!set) {
    set = new ReplicaSet(setting);
    sets.set(setting, set);
  }
  return set;
}
