import { createTestTenant, startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';
import { apiAs, createSubject, OPS, type Api } from './registryApi';

interface Page {
  total: number;
  items: { id: string; lastName: string; fiscalCode: string }[];
}

/** `subjects(filter: { q })` tolerates one typo in a last-name word, ranked after exact matches. */
describe('subject search with one typo', () => {
  let platform: TestPlatform;
  let tenant: Api;
  let other: Api;
  const ids: Record<string, string> = {};
  const codes: Record<string, string> = {};
  let otherHoxha: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    tenant = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune Refusi')).id, ['CASEWORKER']),
    );
    other = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune Altro')).id, ['CASEWORKER']),
    );
    for (const [key, over] of Object.entries({
      hoxha: { lastName: 'Hoxha', firstName: 'Ardit', sex: 'M' as const },
      rossi: { lastName: 'Rossi', firstName: 'Mario', sex: 'M' as const },
      rossini: { lastName: 'Rossini', firstName: 'Paola', sex: 'F' as const },
      // One edit from "rossi", and before it in alphabetical order.
      rosi: { lastName: 'Rosi', firstName: 'Carla', sex: 'F' as const },
      russi: { lastName: 'Russi', firstName: 'Anna', sex: 'F' as const },
      // Two edits from "rossi".
      russo: { lastName: 'Russo', firstName: 'Luca', sex: 'M' as const },
    })) {
      const created = await createSubject(tenant, { ...over, birthDate: '1980-03-04' });
      ids[key] = created.id;
      codes[key] = created.input.fiscalCode;
    }
    otherHoxha = (
      await createSubject(other, { lastName: 'Hoxha', firstName: 'Ardit', sex: 'M' as const })
    ).id;
  });
  afterAll(() => platform.close());

  const search = async (api: Api, q: string): Promise<Page> =>
    (
      await api.ok<{ subjects: Page }>(OPS.subjects, {
        f: { q },
        s: { field: 'LAST_NAME', order: 'ASC' },
      })
    ).subjects;
  const idsOf = (page: Page) => page.items.map((s) => s.id);

  it('finds a last name one edit away: missing, extra, wrong or swapped letter', async () => {
    for (const q of ['hoxa', 'hoxhha', 'hoxka', 'hxoha', 'HÒXA', 'ardit hoxa'])
      expect([q, idsOf(await search(tenant, q))]).toEqual([q, [ids.hoxha]]);
  });

  it('lists exact and prefix matches first, then typo matches, each group in the sort order', async () => {
    const page = await search(tenant, 'rossi');
    expect(page.items.map((s) => s.lastName)).toEqual(['Rossi', 'Rossini', 'Rosi', 'Russi']);
    expect(page.total).toBe(4);
    // Exact matches only in the first group, whatever the sort.
    const byName = (
      await tenant.ok<{ subjects: Page }>(OPS.subjects, {
        f: { q: 'rossi' },
        s: { field: 'LAST_NAME', order: 'DESC' },
      })
    ).subjects;
    expect(byName.items.map((s) => s.lastName)).toEqual(['Rossini', 'Rossi', 'Russi', 'Rosi']);
  });

  it('does not match a word two edits away, short words or first names', async () => {
    expect((await search(tenant, 'hoza')).total).toBe(0); // x→z and no h
    expect((await search(tenant, 'ruzzi')).total).toBe(0); // two letters wrong
    expect((await search(tenant, 'rsi')).total).toBe(0); // three letters (Rosi): exact only
    expect((await search(tenant, 'ardti')).total).toBe(0); // a first name: exact only
  });

  it("never finds another tenant's subject", async () => {
    expect(idsOf(await search(tenant, 'hoxa'))).toEqual([ids.hoxha]);
    expect(idsOf(await search(other, 'hoxa'))).toEqual([otherHoxha]);
    expect(idsOf(await search(other, 'rossi'))).toEqual([]);
  });

  it('searches fiscal codes as before: exact, no typo', async () => {
    const code = codes.hoxha!;
    expect(idsOf(await search(tenant, code.toLowerCase()))).toEqual([ids.hoxha]);
    expect(idsOf(await search(tenant, code.slice(0, 9)))).toEqual([ids.hoxha]);
    // One wrong character in the code's digits finds nothing.
    const wrong = code.slice(0, 6) + (code[6] === '9' ? '1' : '9') + code.slice(7);
    expect((await search(tenant, wrong)).total).toBe(0);
  });
});
