import {
  createTestTenant,
  errorCode,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { apiAs, createSubject, iseeInput, OPS, type Api } from './registryApi';

/** Another tenant's subjects and households do not exist, whichever way they are asked for. */
describe('registry tenant isolation', () => {
  let platform: TestPlatform;
  let milano: Api;
  let sesto: Api;
  let subject: Awaited<ReturnType<typeof createSubject>>;
  let householdId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    milano = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune A')).id, ['TENANT_ADMIN']),
    );
    sesto = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune B')).id, ['TENANT_ADMIN']),
    );
    subject = await createSubject(milano, { lastName: 'Isolato' });
    householdId = (
      await milano.ok<{ createHousehold: { id: string } }>(OPS.createHousehold, {
        i: { members: [{ subjectId: subject.id, relationship: '1' }] },
      })
    ).createHousehold.id;
    await milano.ok(OPS.recordIsee, { h: householdId, i: iseeInput() });
  });
  afterAll(() => platform.close());

  it('reads nothing of another tenant by id, fiscal code, search or list', async () => {
    expect((await sesto.ok(OPS.subject, { id: subject.id })).subject).toBeNull();
    expect(
      (await sesto.ok(OPS.subjectByFiscalCode, { fc: subject.input.fiscalCode }))
        .subjectByFiscalCode,
    ).toBeNull();
    expect(
      (await sesto.ok<{ subjects: { total: number } }>(OPS.subjects, { f: { q: 'isolato' } }))
        .subjects.total,
    ).toBe(0);
    expect(
      (await sesto.ok<{ subjects: { total: number } }>(OPS.subjects, { f: { ids: [subject.id] } }))
        .subjects.total,
    ).toBe(0);
    expect(
      (
        await sesto.ok<{ subjects: { total: number } }>(OPS.subjects, {
          f: { fiscalCode: subject.input.fiscalCode },
        })
      ).subjects.total,
    ).toBe(0);
    expect((await sesto.ok(OPS.household, { id: householdId })).household).toBeNull();
    expect(
      (
        await sesto.ok<{ households: { total: number } }>(OPS.households, {
          f: { memberId: subject.id },
        })
      ).households.total,
    ).toBe(0);
    expect(
      (await sesto.ok<{ households: { total: number } }>(OPS.households, {})).households.total,
    ).toBe(0);
    expect(
      (
        await sesto.ok<{ subjectAccessLog: { total: number } }>(OPS.accessLog, {
          f: { subjectId: subject.id },
        })
      ).subjectAccessLog.total,
    ).toBe(0);
  });

  it('answers NOT_FOUND to writes on another tenant\u2019s records', async () => {
    expect(
      errorCode(await sesto.call(OPS.updateSubject, { id: subject.id, i: subject.input, v: 1 })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await sesto.call(OPS.deleteSubject, { id: subject.id }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await sesto.call(OPS.updateHousehold, { id: householdId, i: { customFields: {} }, v: 1 }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await sesto.call(OPS.recordIsee, { h: householdId, i: iseeInput() }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await sesto.call(OPS.removeMember, { h: householdId, s: subject.id }))).toBe(
      'NOT_FOUND',
    );
    const own = await createSubject(sesto);
    expect(errorCode(await sesto.call(OPS.addMember, { h: householdId, s: own.id, r: '2' }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(
        await sesto.call(OPS.createHousehold, {
          i: { members: [{ subjectId: subject.id, relationship: '1' }] },
        }),
      ),
    ).toBe('NOT_FOUND');
    // …and the record is untouched.
    expect(
      (
        await milano.ok<{ subject: { version: number; archivedAt: null } }>(OPS.subject, {
          id: subject.id,
        })
      ).subject,
    ).toMatchObject({ version: 1, archivedAt: null });
  });

  it('lets the same fiscal code exist once in each tenant', async () => {
    const { createSubject: copy } = await sesto.ok<{ createSubject: { id: string } }>(
      OPS.createSubject,
      { i: subject.input },
    );
    expect(copy.id).not.toBe(subject.id);
    expect(
      (
        await sesto.ok<{ subjectByFiscalCode: { id: string } }>(OPS.subjectByFiscalCode, {
          fc: subject.input.fiscalCode,
        })
      ).subjectByFiscalCode.id,
    ).toBe(copy.id);
    expect(
      (
        await milano.ok<{ subjectByFiscalCode: { id: string } }>(OPS.subjectByFiscalCode, {
          fc: subject.input.fiscalCode,
        })
      ).subjectByFiscalCode.id,
    ).toBe(subject.id);
  });

  it('resolves no federated reference of another tenant', async () => {
    const token = await userToken((await createTestTenant('Comune C')).id, ['CASEWORKER']);
    const data = await graphqlOk<{ _entities: unknown[] }>(
      `${platform.subgraphUrls.registry}/graphql`,
      `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id } ... on Household { id } } }`,
      {
        r: [
          { __typename: 'Subject', id: subject.id },
          { __typename: 'Household', id: householdId },
        ],
      },
      token,
    );
    expect(data._entities).toEqual([null, null]);
  });
});
