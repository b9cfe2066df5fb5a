import {
  clientToken,
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { SUBJECT_SORT } from '../src/resolvers/sorts';
import { apiAs, createSubject, fieldErrorPaths, OPS, subjectInput, type Api } from './registryApi';

interface SubjectView {
  id: string;
  fiscalCode: string;
  firstName: string;
  lastName: string;
  version: number;
  archivedAt: string | null;
  birthPlaceName: string | null;
  customFields: Record<string, unknown>;
  residence: {
    municipalityName: string | null;
    regionCode: string | null;
    countryCode: string;
  } | null;
}

describe('subjects through the gateway', () => {
  let platform: TestPlatform;
  let api: Api;
  let admin: Api;
  let tenantId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    tenantId = (await createTestTenant('Comune Anagrafe')).id;
    api = apiAs(platform.graphqlUrl, await userToken(tenantId, ['CASEWORKER']));
    admin = apiAs(platform.graphqlUrl, await userToken(tenantId, ['TENANT_ADMIN']));
  });
  afterAll(() => platform.close());

  it('creates a subject, normalising the code and deriving names of places', async () => {
    const input = subjectInput({ firstName: 'Nicolò', lastName: 'Dell\u2019Acqua' });
    const { createSubject } = await api.ok<{ createSubject: SubjectView }>(OPS.createSubject, {
      i: { ...input, fiscalCode: input.fiscalCode.toLowerCase() },
    });
    expect(createSubject).toMatchObject({
      fiscalCode: input.fiscalCode,
      firstName: 'Nicolò',
      version: 1,
      archivedAt: null,
      birthPlaceName: 'Milano',
      customFields: {},
      residence: { municipalityName: 'Milano', regionCode: '03', countryCode: '380' },
    });
  });

  it('reports every invalid datum as a field error in Italian', async () => {
    const input = subjectInput({ sex: 'M' });
    const result = await api.call(OPS.createSubject, {
      i: {
        ...input,
        sex: 'F',
        birthPlaceCode: 'Z999',
        citizenshipCode: '999',
        residence: { municipalityCode: '123456' },
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrorPaths(result)).toEqual(
      expect.arrayContaining([
        'input.sex',
        'input.birthPlaceCode',
        'input.citizenshipCode',
        'input.residence.municipalityCode',
      ]),
    );
    const wrongCheck = await api.call(OPS.createSubject, {
      i: {
        ...input,
        fiscalCode: `${input.fiscalCode.slice(0, 15)}${input.fiscalCode[15] === 'A' ? 'B' : 'A'}`,
      },
    });
    expect(wrongCheck.errors?.[0]?.extensions?.fieldErrors?.[0]).toEqual({
      field: 'input.fiscalCode',
      message: expect.stringMatching(/controllo/i),
    });
  });

  it('keeps the fiscal code unique in the tenant', async () => {
    const { input } = await createSubject(api);
    const again = await api.call(OPS.createSubject, { i: { ...input, firstName: 'Altro' } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.fiscalCode', message: 'Esiste già un soggetto con questo codice fiscale' },
    ]);
  });

  it('updates with optimistic concurrency and keeps every revision', async () => {
    const { id, input } = await createSubject(api, { phone: null });
    const first = await api.ok<{ updateSubject: SubjectView }>(OPS.updateSubject, {
      id,
      i: { ...input, phone: '02 1234567' },
      v: 1,
    });
    expect(first.updateSubject.version).toBe(2);
    const stale = await api.call(OPS.updateSubject, {
      id,
      i: { ...input, phone: '02 7654321' },
      v: 1,
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    await api.ok(OPS.updateSubject, {
      id,
      i: {
        ...input,
        phone: '02 1234567',
        residence: { countryCode: '250', street: '1 rue de Rivoli' },
      },
      v: 2,
    });

    const { subject } = await api.ok<{
      subject: {
        history: {
          version: number;
          action: string;
          changedBy: string;
          changes: Record<string, unknown>;
        }[];
      };
    }>(OPS.subjectHistory, { id });
    expect(subject.history.map((r) => [r.version, r.action])).toEqual([
      [3, 'UPDATE'],
      [2, 'UPDATE'],
      [1, 'CREATE'],
    ]);
    expect(subject.history[1]!.changes).toEqual({ phone: { from: null, to: '02 1234567' } });
    expect(subject.history[0]!.changes).toMatchObject({
      'residence.countryCode': { from: '380', to: '250' },
      'residence.municipalityCode': { from: '015146', to: null },
    });
    expect(subject.history[0]!.changedBy).toBe('test.user');
    expect(subject.history[2]!.changes).toMatchObject({
      fiscalCode: { from: null, to: input.fiscalCode },
    });
  });

  it('writes nothing for an update that changes nothing', async () => {
    const { id, input } = await createSubject(api);
    const { updateSubject } = await api.ok<{ updateSubject: SubjectView }>(OPS.updateSubject, {
      id,
      i: input,
      v: 1,
    });
    expect(updateSubject.version).toBe(1);
  });

  it('archives on delete: kept for history, hidden from lists and from the fiscal code lookup', async () => {
    const { id, input } = await createSubject(api, { lastName: 'Archiviato' });
    expect(
      (await api.ok<{ deleteSubject: boolean }>(OPS.deleteSubject, { id })).deleteSubject,
    ).toBe(true);
    const { subject } = await api.ok<{ subject: SubjectView }>(OPS.subject, { id });
    expect(subject.archivedAt).not.toBeNull();
    expect(
      (
        await api.ok<{ subjectByFiscalCode: null }>(OPS.subjectByFiscalCode, {
          fc: input.fiscalCode,
        })
      ).subjectByFiscalCode,
    ).toBeNull();
    const { subjects } = await api.ok<{ subjects: { total: number } }>(OPS.subjects, {
      f: { fiscalCode: input.fiscalCode },
    });
    expect(subjects.total).toBe(0);
    const searched = await api.ok<{ subjects: { total: number } }>(OPS.subjects, {
      f: { q: 'archiviato' },
    });
    expect(searched.subjects.total).toBe(0);
    expect(errorCode(await api.call(OPS.deleteSubject, { id }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(OPS.updateSubject, { id, i: input, v: 2 }))).toBe('NOT_FOUND');
    // The person can be registered again (the archived record stays in the history).
    await createSubject(api, { ...input });
  });

  it('finds subjects by fiscal code, whatever the case', async () => {
    const { id, input } = await createSubject(api);
    const { subjectByFiscalCode } = await api.ok<{ subjectByFiscalCode: { id: string } }>(
      OPS.subjectByFiscalCode,
      {
        fc: ` ${input.fiscalCode.toLowerCase()} `,
      },
    );
    expect(subjectByFiscalCode.id).toBe(id);
  });

  describe('search and lists', () => {
    let tenant: Api;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      tenant = apiAs(
        platform.graphqlUrl,
        await userToken((await createTestTenant('Comune Ricerca')).id, ['CASEWORKER']),
      );
      for (const [key, over] of Object.entries({
        nicolo: {
          firstName: 'Nicolò',
          lastName: 'Zanella',
          sex: 'M' as const,
          birthDate: '1980-05-01',
        },
        nicola: {
          firstName: 'Nicola',
          lastName: 'Zanetti',
          sex: 'M' as const,
          birthDate: '1990-05-01',
        },
        dangelo: {
          firstName: 'Anna',
          lastName: 'D\u2019Angelo',
          sex: 'F' as const,
          birthDate: '1970-05-01',
        },
        zoe: {
          firstName: 'Zoë',
          lastName: 'Àlvarez',
          sex: 'F' as const,
          birthDate: '2001-05-01',
          birthPlaceCode: 'Z131',
          citizenshipCode: '724',
        },
      })) {
        ids[key] = (await createSubject(tenant, over)).id;
      }
    });

    const search = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      (
        await tenant.ok<{ subjects: { total: number; items: { id: string; lastName: string }[] } }>(
          OPS.subjects,
          { f: filter, ...extra },
        )
      ).subjects;

    it('ignores accents and case: "nicolo" finds Nicolò', async () => {
      expect((await search({ q: 'nicolo' })).items.map((s) => s.id)).toEqual([ids.nicolo]);
      expect((await search({ q: 'NICOL' })).items.map((s) => s.id)).toEqual([
        ids.nicolo,
        ids.nicola,
      ]);
      expect((await search({ q: 'alvarez zoe' })).items.map((s) => s.id)).toEqual([ids.zoe]);
      expect((await search({ q: "d'angelo" })).items.map((s) => s.id)).toEqual([ids.dangelo]);
      expect((await search({ q: 'dangelo' })).total).toBe(1);
    });

    it('searches the fiscal code too', async () => {
      const { subject } = await tenant.ok<{ subject: { fiscalCode: string } }>(OPS.subject, {
        id: ids.zoe,
      });
      expect(
        (await search({ q: subject.fiscalCode.slice(0, 9).toLowerCase() })).items.map((s) => s.id),
      ).toEqual([ids.zoe]);
      // A search's rows are the subject as read on its own.
      const found = await tenant.ok<{ subjects: { items: unknown[] } }>(OPS.subjectsFull, {
        f: { q: 'alvarez' },
      });
      const { subject: full } = await tenant.ok<{ subject: unknown }>(OPS.subject, {
        id: ids.zoe,
      });
      expect(found.subjects.items).toEqual([full]);
    });

    it('filters by last name prefix, sex, citizenship, birth dates and ids', async () => {
      expect((await search({ lastName: 'zan' })).total).toBe(2);
      expect((await search({ lastName: 'alv' })).items.map((s) => s.id)).toEqual([ids.zoe]);
      expect((await search({ sex: 'F' })).total).toBe(2);
      expect((await search({ citizenshipCode: '724' })).items.map((s) => s.id)).toEqual([ids.zoe]);
      expect((await search({ bornFrom: '1975-01-01', bornTo: '1995-01-01' })).total).toBe(2);
      expect((await search({ ids: [ids.nicolo, ids.zoe] })).total).toBe(2);
    });

    it('sorts and pages', async () => {
      const byName = await search({}, { s: { field: 'LAST_NAME', order: 'ASC' } });
      expect(byName.items.map((s) => s.lastName)).toEqual([
        'Àlvarez',
        'D\u2019Angelo',
        'Zanella',
        'Zanetti',
      ]);
      const page2 = await search({}, { s: { field: 'BIRTH_DATE', order: 'DESC' }, p: 2, pp: 3 });
      expect(page2).toEqual({ total: 4, items: [expect.objectContaining({ id: ids.dangelo })] });
      // A search counts every match in the same statement, and still past its last page.
      expect(await search({ q: 'zan' }, { p: 2, pp: 1 })).toEqual({
        total: 2,
        items: [expect.objectContaining({ lastName: 'Zanetti' })],
      });
      expect(await search({ q: 'zan' }, { p: 3, pp: 1 })).toEqual({ total: 2, items: [] });
      // A search with the list's other filters and another sort.
      const byBirth = await search({ q: 'zan' }, { s: { field: 'BIRTH_DATE', order: 'DESC' } });
      expect(byBirth.items.map((s) => s.id)).toEqual([ids.nicola, ids.nicolo]);
      expect(await search({ q: 'zan', sex: 'M', bornFrom: '1985-01-01' })).toEqual({
        total: 1,
        items: [expect.objectContaining({ id: ids.nicola })],
      });
      expect(await search({ q: 'zan', ids: [ids.nicolo, ids.zoe] })).toEqual({
        total: 1,
        items: [expect.objectContaining({ id: ids.nicolo })],
      });
      expect((await search({ q: 'a', bornTo: '1975-01-01' })).items.map((s) => s.id)).toEqual([
        ids.dangelo,
      ]);
    });

    it('sorts by every value of SubjectSortField, both ways', async () => {
      const collator = new Intl.Collator('it');
      const compare = (a: unknown, b: unknown) =>
        typeof a === 'string' && typeof b === 'string' && !/^[0-9a-f-]{36}$|^\d{4}-/.test(a)
          ? collator.compare(a, b)
          : String(a) < String(b)
            ? -1
            : String(a) > String(b)
              ? 1
              : 0;
      for (const [value, property] of Object.entries(SUBJECT_SORT.fields)) {
        const read = async (order: 'ASC' | 'DESC') =>
          (
            await tenant.ok<{ subjects: { items: Record<string, string>[] } }>(OPS.subjectsSorted, {
              s: { field: value, order },
            })
          ).subjects.items;
        const asc = await read('ASC');
        const desc = await read('DESC');
        expect(asc).toHaveLength(4);
        const values = asc.map((s) => s[property]);
        expect([...values].sort(compare)).toEqual(values);
        // Ties fall back to the id in the same direction: DESC is ASC reversed.
        expect(desc.map((s) => s.id)).toEqual(asc.map((s) => s.id).reverse());
      }
    });

    it('refuses a sort field the list does not offer before any subgraph runs', async () => {
      const bad = await tenant.call(OPS.subjects, { s: { field: 'custom_fields', order: 'ASC' } });
      expect(bad.status).toBe(400);
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.extensions!.fieldErrors).toEqual([
        {
          field: 's.field',
          message: `"custom_fields" non è un valore di SubjectSortField: usare ${Object.keys(SUBJECT_SORT.fields).join(', ')}`,
        },
      ]);
      // The field names of the old SortInput are not values of the enum.
      const camel = await tenant.call(OPS.subjects, { s: { field: 'lastName' } });
      expect(fieldErrorPaths(camel)).toEqual(['s.field']);
      const literal = await tenant.call('{ subjects(sort: { field: PASSWORD }) { total } }');
      expect(literal.status).toBe(400);
      expect(errorCode(literal)).toBe('GRAPHQL_VALIDATION_FAILED');
      const string = await tenant.call('{ subjects(sort: { field: "LAST_NAME" }) { total } }');
      expect(errorCode(string)).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('access', () => {
    it('lets viewers and read clients read, not write', async () => {
      const viewer = apiAs(platform.graphqlUrl, await userToken(tenantId, ['VIEWER']));
      const reader = apiAs(platform.graphqlUrl, await clientToken(tenantId, ['registry:read']));
      const { id } = await createSubject(api);
      expect((await viewer.ok<{ subject: { id: string } }>(OPS.subject, { id })).subject.id).toBe(
        id,
      );
      expect((await reader.ok<{ subject: { id: string } }>(OPS.subject, { id })).subject.id).toBe(
        id,
      );
      expect(errorCode(await viewer.call(OPS.createSubject, { i: subjectInput() }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await reader.call(OPS.deleteSubject, { id }))).toBe('FORBIDDEN');
      const writer = apiAs(platform.graphqlUrl, await clientToken(tenantId, ['registry:write']));
      await createSubject(writer);
      const otherScope = apiAs(platform.graphqlUrl, await clientToken(tenantId, ['rei:read']));
      expect(errorCode(await otherScope.call(OPS.subject, { id }))).toBe('FORBIDDEN');
    });

    it('logs every read of a subject record; only a tenant admin reads the log', async () => {
      const { id, input } = await createSubject(api);
      await api.ok(OPS.subject, { id });
      await api.ok(OPS.subjectByFiscalCode, { fc: input.fiscalCode });
      await api.ok(OPS.subjects, { f: { ids: [id] } }); // a list is a search, not a read of the record
      const { subjectAccessLog } = await admin.ok<{
        subjectAccessLog: {
          total: number;
          items: { subjectId: string; actor: string; actorKind: string; via: string; at: string }[];
        };
      }>(OPS.accessLog, { f: { subjectId: id } });
      expect(subjectAccessLog.total).toBe(2);
      expect(subjectAccessLog.items.map((a) => a.via)).toEqual(['subjectByFiscalCode', 'subject']);
      expect(subjectAccessLog.items[0]).toMatchObject({
        subjectId: id,
        actor: 'test.user',
        actorKind: 'user',
      });
      expect(errorCode(await api.call(OPS.accessLog, {}))).toBe('FORBIDDEN');
    });
  });
});
