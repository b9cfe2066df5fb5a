import {
  clientToken,
  createTestTenant,
  startTestPlatform,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';
import {
  errorCode,
  fieldError,
  fieldErrorPaths,
  graphql,
  graphqlOk,
  OPS,
  uniqueKey,
} from './configApi';

interface Item {
  code: string;
  label: string;
  active: boolean;
  position: number;
}
interface List {
  id: string;
  key: string;
  label: string;
  system: boolean;
  items: Item[];
}

describe('value lists through the gateway', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let other: TestTenant;
  let admin: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    tenant = await createTestTenant('Comune Elenchi');
    other = await createTestTenant('Altro Comune');
    admin = await userToken(tenant.id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());

  const save = (input: Record<string, unknown>, token = admin) =>
    graphql<{ saveValueList: List }>(platform.graphqlUrl, OPS.saveList, { i: input }, token);
  const list = async (key: string, token = admin) =>
    (await graphqlOk<{ valueList: List | null }>(platform.graphqlUrl, OPS.list, { k: key }, token))
      .valueList;

  it('serves the system lists to every tenant, seeded from national reference data', async () => {
    const caseworker = await userToken(other.id, ['CASEWORKER']);
    const { valueLists } = await graphqlOk<{ valueLists: List[] }>(
      platform.graphqlUrl,
      OPS.lists,
      {
        keys: [
          'relationship',
          'siuss_service',
          'country',
          'comune',
          'rei_problem',
          'rei_resource',
          'rei_intervention',
          'rei_access_point',
        ],
      },
      caseworker,
    );
    const byKey = new Map(valueLists.map((l) => [l.key, l]));
    expect([...byKey.keys()].sort()).toEqual([
      'comune',
      'country',
      'rei_access_point',
      'rei_intervention',
      'rei_problem',
      'rei_resource',
      'relationship',
      'siuss_service',
    ]);
    expect(valueLists.every((l) => l.system)).toBe(true);
    expect(
      byKey
        .get('relationship')!
        .items.slice(0, 3)
        .map((i) => i.label),
    ).toEqual(['Intestatario della scheda', 'Marito / Moglie', 'Figlio / Figlia']);
    expect(byKey.get('relationship')!.items.find((i) => i.code === '99')?.active).toBe(false);
    expect(byKey.get('siuss_service')!.items.find((i) => i.code === 'A1.16')?.label).toBe(
      'Contributi economici per servizio trasporto e mobilità',
    );
    expect(byKey.get('country')!.items[0]).toMatchObject({
      code: '380',
      label: 'Italia',
      active: true,
    });
    expect(byKey.get('comune')!.items.find((i) => i.code === '015146')?.label).toBe('Milano (MI)');
    expect(byKey.get('comune')!.items.length).toBeGreaterThan(7800);
    expect(byKey.get('rei_access_point')!.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['Segretariato sociale', 'Sportello REI', 'CAF convenzionato']),
    );
  });

  it('creates, updates by key and deactivates (never deletes) the items of a tenant list', async () => {
    const key = uniqueKey('zona');
    const created = await save({
      key,
      label: 'Zone',
      items: [
        { code: 'NORD', label: 'Nord' },
        { code: 'SUD', label: 'Sud' },
        { code: 'EST', label: 'Est' },
      ],
    });
    expect(created.data?.saveValueList).toMatchObject({ key, system: false });

    const updated = await save({
      key,
      label: 'Zone della città',
      items: [
        { code: 'SUD', label: 'Sud e periferia' },
        { code: 'OVEST', label: 'Ovest' },
      ],
    });
    expect(updated.data?.saveValueList.items).toEqual([
      { code: 'SUD', label: 'Sud e periferia', active: true, position: 0 },
      { code: 'OVEST', label: 'Ovest', active: true, position: 1 },
      { code: 'NORD', label: 'Nord', active: false, position: 2 },
      { code: 'EST', label: 'Est', active: false, position: 3 },
    ]);
    expect(updated.data?.saveValueList.id).toBe(created.data?.saveValueList.id);

    const reactivated = await save({
      key,
      label: 'Zone della città',
      items: [{ code: 'NORD', label: 'Nord', active: true }],
    });
    expect(
      reactivated.data?.saveValueList.items.filter((i) => i.active).map((i) => i.code),
    ).toEqual(['NORD']);
    expect(reactivated.data?.saveValueList.items).toHaveLength(4);

    const { auditEvents } = await graphqlOk<{
      auditEvents: { items: { action: string; changes: Record<string, unknown> }[] };
    }>(
      platform.graphqlUrl,
      OPS.audit,
      {
        f: { entity: 'ValueList', entityId: created.data!.saveValueList.id },
        s: { field: 'AT', order: 'ASC' },
      },
      admin,
    );
    expect(auditEvents.items.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    expect(auditEvents.items[1]!.changes).toMatchObject({
      added: ['OVEST'],
      deactivated: ['NORD', 'EST'],
      changed: [{ code: 'SUD', from: 'Sud', to: 'Sud e periferia' }],
      label: { from: 'Zone', to: 'Zone della città' },
    });
  });

  it('validates keys, labels and items with their input paths', async () => {
    const bad = await save({
      key: 'Bad Key',
      label: '',
      items: [
        { code: 'A', label: 'A' },
        { code: 'B', label: ' ' },
        { code: 'A', label: 'Doppio' },
        { code: 'x y', label: 'Spazio' },
      ],
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrorPaths(bad)).toEqual([
      'input.key',
      'input.label',
      'input.items.1.label',
      'input.items.2.code',
      'input.items.3.code',
    ]);
    expect(fieldError(bad, 'input.items.2.code')).toBe('Codice «A» ripetuto');
  });

  it('keeps national lists read-only and lets a tenant override the REI and SIUSS defaults for itself', async () => {
    for (const key of ['relationship', 'country', 'comune']) {
      const refused = await save({ key, label: 'Mio', items: [{ code: 'X', label: 'X' }] });
      expect(fieldError(refused, 'input.key')).toBe(
        `«${key}» è un elenco nazionale di sistema: non si può modificare`,
      );
    }
    const system = (await list('rei_access_point'))!;
    const extended = await save({
      key: 'rei_access_point',
      label: 'Punti di accesso del comune',
      items: [
        ...system.items.filter((i) => i.code !== 'PATRONATO'),
        { code: 'MUNICIPIO_3', label: 'Sportello del Municipio 3' },
      ].map(({ code, label }) => ({ code, label })),
    });
    const mine = extended.data!.saveValueList;
    expect(mine.system).toBe(false);
    expect(mine.items.find((i) => i.code === 'MUNICIPIO_3')?.active).toBe(true);
    // A default the tenant dropped stays, inactive: records may already carry its code.
    expect(mine.items.find((i) => i.code === 'PATRONATO')).toMatchObject({ active: false });
    expect((await list('rei_access_point'))!.label).toBe('Punti di accesso del comune');

    const otherAdmin = await userToken(other.id, ['TENANT_ADMIN']);
    const theirs = (await list('rei_access_point', otherAdmin))!;
    expect(theirs).toMatchObject({ system: true, label: system.label });
    expect(theirs.items.some((i) => i.code === 'MUNICIPIO_3')).toBe(false);
  });

  it('keeps tenant lists apart and lets only admins write', async () => {
    const key = uniqueKey('privato');
    await save({ key, label: 'Privato', items: [{ code: 'A', label: 'A' }] });
    const otherAdmin = await userToken(other.id, ['TENANT_ADMIN']);
    expect(await list(key, otherAdmin)).toBeNull();
    const { valueLists } = await graphqlOk<{ valueLists: List[] }>(
      platform.graphqlUrl,
      OPS.lists,
      {},
      otherAdmin,
    );
    expect(valueLists.map((l) => l.key)).not.toContain(key);
    // The other tenant may use the same key for a list of its own.
    const theirs = await save(
      { key, label: 'Loro', items: [{ code: 'B', label: 'B' }] },
      otherAdmin,
    );
    expect(theirs.data?.saveValueList.items.map((i) => i.code)).toEqual(['B']);
    expect((await list(key))!.items.map((i) => i.code)).toEqual(['A']);

    for (const token of [
      await userToken(tenant.id, ['CASEWORKER']),
      await userToken(tenant.id, ['VIEWER']),
      await clientToken(tenant.id, ['config:read']),
    ]) {
      expect((await list(key, token))!.label).toBe('Privato');
      expect(errorCode(await save({ key, label: 'No', items: [] }, token))).toBe('FORBIDDEN');
    }
  });
});
