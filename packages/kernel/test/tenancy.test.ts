import { beginTenantTransaction, createOrm, type Orm } from '@sisa/kernel';
import { testDatabase } from '@sisa/testing';

describe('beginTenantTransaction', () => {
  let orm: Orm;

  beforeAll(async () => {
    orm = await createOrm({
      schema: 'config',
      entities: [],
      migrations: [],
      clientUrl: testDatabase().serviceUrls.config!,
      poolMax: 1,
    });
  });
  afterAll(() => orm.close());

  async function settingsIn(options?: { readAudit?: boolean }) {
    const em = orm.em.fork({ clear: true, useContext: false });
    await beginTenantTransaction(em, null, 'test', options);
    const [row] = await em.execute<{ sync: string; actor: string }[]>(
      `select current_setting('synchronous_commit') as sync, current_setting('app.actor') as actor`,
    );
    await em.commit();
    return row!;
  }

  it('lets the read-audit rows of a query commit without waiting for the disk, that transaction only', async () => {
    const server = (
      await orm.em
        .fork()
        .execute<{ s: string }[]>(`select current_setting('synchronous_commit') as s`)
    )[0]!.s;
    expect(server).not.toBe('off');
    expect(await settingsIn({ readAudit: true })).toEqual({ sync: 'off', actor: 'test' });
    // The next transaction on the same (single) pooled connection: the server's setting again.
    expect((await settingsIn()).sync).toBe(server);
    expect((await settingsIn({ readAudit: false })).sync).toBe(server);
  });
});
