import type { EntityManager } from '@mikro-orm/postgresql';

export const protocolRepository = {
  /**
   * The next protocol number of the tenant for `year`, e.g. `REI/2018/000123`. The upsert takes
   * the counter row's lock until the transaction ends, so numbers never repeat; a rolled-back
   * operation gives its number back.
   */
  async next(em: EntityManager, tenantId: string, year: number): Promise<string> {
    const rows = await em.execute<{ last_number: number }[]>(
      `insert into rei.protocol_counter (tenant_id, year, last_number) values (?, ?, 1)
       on conflict (tenant_id, year) do update set last_number = rei.protocol_counter.last_number + 1
       returning last_number`,
      [tenantId, year],
    );
    return `REI/${year}/${String(rows[0]!.last_number).padStart(6, '0')}`;
  },
};
