export interface SubgraphHealth {
  status: 'ok' | 'down';
  latencyMs: number;
}

/** Asks every subgraph's `/health` at once; a subgraph that does not answer in time is down. */
export async function checkSubgraphs(
  urls: Record<string, string>,
  timeoutMs = 2000,
): Promise<{ status: 'ok' | 'degraded'; subgraphs: Record<string, SubgraphHealth> }> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]): Promise<[string, SubgraphHealth]> => {
      const started = performance.now();
      try {
        const res = await fetch(new URL('/health', url), {
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.body?.cancel();
        return [
          name,
          { status: res.ok ? 'ok' : 'down', latencyMs: Math.round(performance.now() - started) },
        ];
      } catch {
        return [name, { status: 'down', latencyMs: Math.round(performance.now() - started) }];
      }
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  const status = entries.every(([, h]) => h.status === 'ok') ? 'ok' : 'degraded';
  return { status, subgraphs };
}
