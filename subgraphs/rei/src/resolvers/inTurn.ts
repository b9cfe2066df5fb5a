import type { ReiContext } from '../context';

const queues = new WeakMap<ReiContext, Promise<unknown>>();

/**
 * Runs a request's database reads one at a time. All queries of an operation share its
 * transaction, hence one connection, and DataLoaders of different kinds (events, projects,
 * exports…) or several indicator keys dispatch in the same tick: pg 8 queues overlapping queries
 * with a deprecation warning, and pg 9 refuses them.
 */
export function inTurn<T>(ctx: ReiContext, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(ctx) ?? Promise.resolve()).then(work, work);
  queues.set(
    ctx,
    next.catch(() => undefined),
  );
  return next;
}
