import { replicaUrls } from '@sisa/kernel';

export interface SubgraphHealth {
  status: 'ok' | 'down';
  latencyMs: number;
  /** For a subgraph run as several processes: how many answer. */
  replicas?: { up: number; total: number };
}

/** Asks one base URL's `/health`; a process that does not answer in time is down. */
async function probe(url: string, timeoutMs: number): Promise<SubgraphHealth> {
  const started = performance.now();
  let ok = false;
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    ok = res.ok;
  } catch {
    // Down.
  }
  return { status: ok ? 'ok' : 'down', latencyMs: Math.round(performance.now() - started) };
}

/**
 * Asks every subgraph's `/health` at once (each of its replicas, when its URL lists several):
 * a subgraph is up while one of its processes answers.
 */
export async function checkSubgraphs(
  urls: Record<string, string>,
  timeoutMs = 2000,
): Promise<{ status: 'ok' | 'degraded'; subgraphs: Record<string, SubgraphHealth> }> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, setting]): Promise<[string, SubgraphHealth]> => {
      const probes = await Promise.all(replicaUrls(setting).map((url) => probe(url, timeoutMs)));
      const up = probes.filter((p) => p.status === 'ok');
      const health: SubgraphHealth = {
        status: up.length > 0 ? 'ok' : 'down',
        latencyMs: Math.min(...(up.length > 0 ? up : probes).map((p) => p.latencyMs)),
      };
      if (probes.length > 1) health.replicas = { up: up.length, total: probes.length };
      return [name, health];
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  const status = entries.every(([, h]) => h.status === 'ok') ? 'ok' : 'degraded';
  return { status, subgraphs };
}
