import { performance } from 'node:perf_hooks';
import {
  ConfigClient,
  createLogger,
  type ForwardedCaller,
  type ParameterSet,
  type TenantConfig,
} from '@sisa/kernel';
import {
  clientToken,
  createTestTenant,
  startTestPlatform,
  testDatabase,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';
import { graphqlOk, OPS, uniqueKey } from './configApi';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `ready` holds; returns the milliseconds it took (or Infinity after 5 s). */
async function timeUntil<T>(read: () => Promise<T>, ready: (value: T) => boolean): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < 5000) {
    if (ready(await read())) return performance.now() - started;
    await sleep(5);
  }
  return Infinity;
}

/** How configuration reaches the other subgraphs: the kernel's config client, cached, kept fresh by NOTIFY. */
describe('configuration distribution', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let admin: string;
  let listening: ConfigClient;
  let deaf: ConfigClient;
  let caller: ForwardedCaller;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    tenant = await createTestTenant('Comune Distribuzione');
    admin = await userToken(tenant.id, ['TENANT_ADMIN']);
    // As the rei subgraph would run it: its own service role listens, the caller's token reads.
    const options = {
      subgraphUrls: platform.subgraphUrls,
      logger: createLogger('test', 'silent'),
      listKeys: ['relationship'],
    };
    listening = new ConfigClient({ ...options, databaseUrl: testDatabase().serviceUrls.rei });
    deaf = new ConfigClient(options);
    await listening.start();
    caller = {
      authorization: `Bearer ${await clientToken(tenant.id, ['rei:write'])}`,
      requestId: 'distribution-test',
    };
  });
  afterAll(async () => {
    await listening.stop();
    await deaf.stop();
    await platform.close();
  });

  it('serves the tenant configuration to any caller of the tenant, with the lists its fields use', async () => {
    const listKey = uniqueKey('esito');
    await graphqlOk(
      platform.graphqlUrl,
      OPS.saveList,
      { i: { key: listKey, label: 'Esiti', items: [{ code: 'OK', label: 'Positivo' }] } },
      admin,
    );
    await graphqlOk(
      platform.graphqlUrl,
      OPS.createField,
      { i: { entity: 'REI_APPLICATION', key: 'esito', label: 'Esito', type: 'SELECT', listKey } },
      admin,
    );
    const off = await graphqlOk<{ createFieldDefinition: { id: string } }>(
      platform.graphqlUrl,
      OPS.createField,
      {
        i: {
          entity: 'REI_APPLICATION',
          key: 'vecchio',
          label: 'Vecchio',
          type: 'TEXT',
          visibleWhen: { field: 'esito', equals: 'OK' },
        },
      },
      admin,
    );
    await graphqlOk(
      platform.graphqlUrl,
      OPS.updateField,
      {
        id: off.createFieldDefinition.id,
        i: {
          entity: 'REI_APPLICATION',
          key: 'vecchio',
          label: 'Vecchio',
          type: 'TEXT',
          active: false,
          visibleWhen: { field: 'esito', equals: 'OK' },
        },
      },
      admin,
    );

    const config = await deaf.forTenant(caller, tenant.id);
    expect(config.version).toBeGreaterThanOrEqual(4);
    expect(
      config.fieldDefinitions('REI_APPLICATION').map((d) => [d.key, d.active, d.visibleWhen]),
    ).toEqual([
      ['esito', true, null],
      ['vecchio', false, { field: 'esito', equals: 'OK' }],
    ]);
    expect(config.valueList(listKey)?.system).toBe(false);
    expect(config.valueList('relationship')?.system).toBe(true);
    expect(config.valueList('comune')).toBeUndefined();
    // The shared validation runs on what the client received.
    expect(config.validate('REI_APPLICATION', { esito: 'KO' }).errors).toEqual([
      { field: 'customFields.esito', message: 'Valore non presente nell\u2019elenco' },
    ]);
    expect(config.validate('REI_APPLICATION', { esito: 'OK' }).errors).toEqual([]);
  });

  it('shows a change committed through the gateway to a listening subgraph within one second', async () => {
    const before = await listening.forTenant(caller, tenant.id);
    const stale = await deaf.forTenant(caller, tenant.id);
    const key = uniqueKey('nuovo');
    await graphqlOk(
      platform.graphqlUrl,
      OPS.createField,
      { i: { entity: 'SUBJECT', key, label: 'Nuovo', type: 'BOOLEAN' } },
      admin,
    );

    let seen: TenantConfig | null = null;
    const elapsed = await timeUntil(
      async () => (seen = await listening.forTenant(caller, tenant.id)),
      (config) => config.definitions.some((d) => d.key === key),
    );
    console.log(
      `configuration change visible to a listening subgraph after ${elapsed.toFixed(1)} ms`,
    );
    expect(elapsed).toBeLessThan(1000);
    expect(seen!.version).toBeGreaterThan(before.version);
    // Without the notification the cache would have served the old version for minutes.
    expect((await deaf.forTenant(caller, tenant.id)).version).toBe(stale.version);
  });

  it('shows a new parameter set within one second too (platform-wide announcement)', async () => {
    const measure = `DIST_${Date.now().toString(36).toUpperCase()}`;
    expect(await listening.parameterSets(caller, measure)).toEqual([]);
    await graphqlOk(
      platform.graphqlUrl,
      OPS.saveParameterSet,
      {
        i: { code: `${measure}-1`, measure, validFrom: '2024-01-01', values: { soglia: '10.00' } },
      },
      await userToken(null, ['PLATFORM_ADMIN']),
    );
    const elapsed = await timeUntil(
      () => listening.parameterSets(caller, measure),
      (sets: ParameterSet[]) => sets.length === 1,
    );
    expect(elapsed).toBeLessThan(1000);
  });

  it("announces a tenant's change to that tenant only, and a rolled-back change to nobody", async () => {
    const other = await createTestTenant('Comune Silenzioso');
    const otherCaller = {
      authorization: `Bearer ${await userToken(other.id, ['VIEWER'])}`,
      requestId: 'other',
    };
    const otherBefore = await listening.forTenant(otherCaller, other.id);
    const mineBefore = await listening.forTenant(caller, tenant.id);

    // Refused (and rolled back): no version grows.
    await expect(
      graphqlOk(
        platform.graphqlUrl,
        OPS.createField,
        { i: { entity: 'SUBJECT', key: 'Non Valida', label: 'X', type: 'TEXT' } },
        admin,
      ),
    ).rejects.toThrow(/BAD_USER_INPUT/);
    const read = await graphqlOk<{ tenantConfiguration: { version: number } }>(
      platform.graphqlUrl,
      OPS.tenantConfiguration,
      { k: [] },
      admin,
    );
    expect(read.tenantConfiguration.version).toBe(mineBefore.version);

    await graphqlOk(
      platform.graphqlUrl,
      OPS.saveIndicator,
      { i: { key: uniqueKey('ind'), label: 'Totale', entity: 'SUBJECT', aggregate: 'COUNT' } },
      admin,
    );
    const elapsed = await timeUntil(
      () => listening.forTenant(caller, tenant.id),
      (config) => config.version > mineBefore.version,
    );
    expect(elapsed).toBeLessThan(1000);
    expect((await listening.forTenant(otherCaller, other.id)).version).toBe(otherBefore.version);
  });
});
