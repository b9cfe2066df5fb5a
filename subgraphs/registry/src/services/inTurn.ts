import type { RegistryContext } from '../context';

const queues = new WeakMap<RegistryContext, Promise<unknown>>();

/**
 * Runs a request's database work one piece at a time. Every query of an operation shares its
 * transaction, hence one connection, and DataLoaders of different kinds dispatch in the same
 * tick: pg queues overlapping queries today but refuses them from version 9.
 */
export function inTurn<T>(ctx: RegistryContext, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(ctx) ?? Promise.resolve()).then(work, work);
  queues.set(
    ctx,
    next.catch(() => undefined),
  );
  return next;
}
