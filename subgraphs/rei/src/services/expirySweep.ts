import { todayInItaly } from '@sisa/italia';
import type { Logger, Orm } from '@sisa/kernel';

/** How often the sweep looks for benefits whose last month has passed. */
export const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Ends (ACCEPTED or SUSPENDED → ENDED, with an event by «sistema») every application whose last
 * month is before `currentMonth`, in every tenant: the security-definer function of the rei
 * migration does it in one statement, so the service role needs no access across tenants.
 * Returns how many it ended. Idempotent: two instances running it at once end each one once.
 * With `tenantId`, only that tenant's (tests).
 */
export async function endExpiredApplications(
  orm: Orm,
  currentMonth: string,
  tenantId: string | null = null,
): Promise<number> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ ended: number }[]>('select rei.end_expired_applications(?, ?::uuid) as ended', [
      currentMonth,
      tenantId,
    ]);
  return Number(rows[0]?.ended ?? 0);
}

/**
 * Runs the sweep now and every hour (docs/domain/REI.md: "ENDED also when the last month passes"); so an
 * application ends within the hour after midnight of the first day of the month after its last.
 */
export function startExpirySweep(
  orm: Orm,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): () => void {
  // Tests share one database across workers: a sweep there would end other tests' applications.
  const enabled = env.SISA_REI_EXPIRY_SWEEP
    ? env.SISA_REI_EXPIRY_SWEEP !== 'off'
    : env.NODE_ENV !== 'test';
  if (!enabled) return () => undefined;
  const run = async () => {
    try {
      const ended = await endExpiredApplications(orm, todayInItaly().slice(0, 7));
      if (ended) logger.info({ ended }, 'REI applications ended after their last month');
    } catch (error) {
      logger.warn({ err: error }, 'REI expiry sweep failed; retrying at the next run');
    }
  };
  const first = setTimeout(() => void run(), 1000);
  const every = setInterval(() => void run(), SWEEP_INTERVAL_MS);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
