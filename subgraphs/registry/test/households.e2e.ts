import {
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { apiAs, createSubject, fieldErrorPaths, iseeInput, OPS, type Api } from './registryApi';
import { todayInItaly } from '@sisa/italia';

interface MemberView {
  relationship: string;
  since: string | null;
  until: string | null;
  subject: { id: string };
}
interface HouseholdView {
  id: string;
  version: number;
  members: MemberView[];
  memberHistory: MemberView[];
  membersOn: { subject: { id: string }; relationship: string }[];
  isee: { dsuProtocol: string; isee: string; kind: string } | null;
  iseeOn: { dsuProtocol: string } | null;
  iseeHistory: { dsuProtocol: string }[];
  history: { version: number; action: string; changes: Record<string, unknown> }[];
}

describe('households through the gateway', () => {
  let platform: TestPlatform;
  let api: Api;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    api = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune Nuclei')).id, ['CASEWORKER']),
    );
  });
  afterAll(() => platform.close());

  async function household(id: string, on?: string): Promise<HouseholdView> {
    return (await api.ok<{ household: HouseholdView }>(OPS.household, { id, on })).household;
  }

  it('creates a household with members and relationship codes from the system list', async () => {
    const father = await createSubject(api, { birthDate: '1975-04-02' });
    const child = await createSubject(api, { birthDate: '2010-09-12' });
    const { createHousehold } = await api.ok<{ createHousehold: HouseholdView }>(
      OPS.createHousehold,
      {
        i: {
          members: [
            { subjectId: father.id, relationship: '1', since: '2010-01-01' },
            { subjectId: child.id, relationship: '3', since: '2010-09-12' },
          ],
        },
      },
    );
    expect(createHousehold.version).toBe(1);
    expect(
      createHousehold.members.map((m) => [m.subject.id, m.relationship, m.since, m.until]),
    ).toEqual(
      expect.arrayContaining([
        [father.id, '1', '2010-01-01', null],
        [child.id, '3', '2010-09-12', null],
      ]),
    );
    const { subject } = await api.ok<{ subject: { households: { id: string }[] } }>(
      `query S($id: ID!) { subject(id: $id) { households { id } } }`,
      {
        id: child.id,
      },
    );
    expect(subject.households).toEqual([{ id: createHousehold.id }]);
  });

  it('refuses unknown relationships, a second intestatario, repeated and busy subjects', async () => {
    const a = await createSubject(api);
    const b = await createSubject(api);
    const unknown = await api.call(OPS.createHousehold, {
      i: { members: [{ subjectId: a.id, relationship: 'XX' }] },
    });
    expect(fieldErrorPaths(unknown)).toEqual(['input.members.0.relationship']);
    const twoHeads = await api.call(OPS.createHousehold, {
      i: {
        members: [
          { subjectId: a.id, relationship: '1' },
          { subjectId: b.id, relationship: '1' },
        ],
      },
    });
    expect(fieldErrorPaths(twoHeads)).toEqual(['input.members.1.relationship']);
    const twice = await api.call(OPS.createHousehold, {
      i: {
        members: [
          { subjectId: a.id, relationship: '1' },
          { subjectId: a.id, relationship: '2' },
        ],
      },
    });
    expect(fieldErrorPaths(twice)).toContain('input.members.0.subjectId');
    expect(errorCode(await api.call(OPS.createHousehold, { i: { members: [] } }))).toBe(
      'BAD_USER_INPUT',
    );
    // 51 people (ids need not exist: the bound is checked before anything is read).
    const crowd = Array.from({ length: 51 }, (_, i) => ({
      subjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      relationship: i === 0 ? '1' : '2',
    }));
    const tooMany = await api.call(OPS.createHousehold, { i: { members: crowd } });
    expect(tooMany.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.members', message: 'Un nucleo ha al massimo 50 componenti (sarebbero 51)' },
    ]);

    await api.ok(OPS.createHousehold, { i: { members: [{ subjectId: a.id, relationship: '1' }] } });
    const busy = await api.call(OPS.createHousehold, {
      i: { members: [{ subjectId: a.id, relationship: '1' }] },
    });
    expect(busy.errors?.[0]?.extensions?.fieldErrors).toEqual([
      {
        field: 'input.members.0.subjectId',
        message: expect.stringMatching(/già parte di un nucleo/),
      },
    ]);
  });

  it('keeps the membership history when a member leaves and joins another household', async () => {
    const mother = await createSubject(api, { birthDate: '1970-01-01', sex: 'F' });
    const son = await createSubject(api, { birthDate: '1995-01-01', sex: 'M' });
    const home = (
      await api.ok<{ createHousehold: HouseholdView }>(OPS.createHousehold, {
        i: {
          members: [
            { subjectId: mother.id, relationship: '1', since: '1995-01-01' },
            { subjectId: son.id, relationship: '3', since: '1995-01-01' },
          ],
        },
      })
    ).createHousehold;

    const left = '2017-09-01';
    const { removeHouseholdMember } = await api.ok<{ removeHouseholdMember: HouseholdView }>(
      OPS.removeMember,
      { h: home.id, s: son.id, until: left },
    );
    expect(removeHouseholdMember.members.map((m) => m.subject.id)).toEqual([mother.id]);
    expect(removeHouseholdMember.memberHistory).toHaveLength(2);

    const early = await api.call(OPS.createHousehold, {
      i: { members: [{ subjectId: son.id, relationship: '1', since: '2017-08-01' }] },
    });
    expect(fieldErrorPaths(early)).toEqual(['input.members.0.since']);
    const own = (
      await api.ok<{ createHousehold: HouseholdView }>(OPS.createHousehold, {
        i: { members: [{ subjectId: son.id, relationship: '1', since: left }] },
      })
    ).createHousehold;

    const then = await household(home.id, '2016-06-01');
    expect(then.membersOn.map((m) => m.subject.id).sort()).toEqual([mother.id, son.id].sort());
    expect((await household(home.id, left)).membersOn.map((m) => m.subject.id)).toEqual([
      mother.id,
    ]);
    const { subject } = await api.ok<{
      subject: { memberships: { household: { id: string }; until: string | null }[] };
    }>(`query S($id: ID!) { subject(id: $id) { memberships { household { id } until } } }`, {
      id: son.id,
    });
    expect(subject.memberships).toEqual([
      { household: { id: own.id }, until: null },
      { household: { id: home.id }, until: left },
    ]);
    const history = (await household(home.id)).history;
    expect(history.map((r) => [r.version, r.action])).toEqual([
      [2, 'MEMBER_REMOVED'],
      [1, 'CREATE'],
    ]);
    expect(history[0]!.changes).toEqual({
      [`members.${son.id}`]: {
        from: { relationship: '3', since: '1995-01-01', until: null },
        to: { relationship: '3', since: '1995-01-01', until: left },
      },
    });
  });

  it('adds and removes members with the mutation arguments as error fields', async () => {
    const head = await createSubject(api);
    const other = await createSubject(api, { birthDate: '1960-01-01' });
    const { createHousehold } = await api.ok<{ createHousehold: HouseholdView }>(
      OPS.createHousehold,
      { i: { members: [{ subjectId: head.id, relationship: '1' }] } },
    );
    const future = await api.call(OPS.addMember, {
      h: createHousehold.id,
      s: other.id,
      r: '2',
      since: '2999-01-01',
    });
    expect(fieldErrorPaths(future)).toEqual(['since']);
    expect(
      fieldErrorPaths(
        await api.call(OPS.addMember, { h: createHousehold.id, s: other.id, r: '1' }),
      ),
    ).toEqual(['relationship']);
    const { addHouseholdMember } = await api.ok<{ addHouseholdMember: HouseholdView }>(
      OPS.addMember,
      { h: createHousehold.id, s: other.id, r: '2' },
    );
    expect(addHouseholdMember.members.find((m) => m.subject.id === other.id)).toMatchObject({
      relationship: '2',
      since: todayInItaly(),
      until: null,
    });
    expect(addHouseholdMember.version).toBe(2);
    expect(
      fieldErrorPaths(
        await api.call(OPS.removeMember, {
          h: createHousehold.id,
          s: other.id,
          until: '1999-01-01',
        }),
      ),
    ).toEqual(['until']);
    const { removeHouseholdMember } = await api.ok<{ removeHouseholdMember: HouseholdView }>(
      OPS.removeMember,
      { h: createHousehold.id, s: other.id },
    );
    expect(removeHouseholdMember.members.map((m) => m.subject.id)).toEqual([head.id]);
    expect(
      fieldErrorPaths(await api.call(OPS.removeMember, { h: createHousehold.id, s: other.id })),
    ).toEqual(['subjectId']);
  });

  it('ends the memberships of a deleted subject', async () => {
    const a = await createSubject(api);
    const b = await createSubject(api);
    const { createHousehold } = await api.ok<{ createHousehold: HouseholdView }>(
      OPS.createHousehold,
      {
        i: {
          members: [
            { subjectId: a.id, relationship: '1' },
            { subjectId: b.id, relationship: '2' },
          ],
        },
      },
    );
    await api.ok(OPS.deleteSubject, { id: b.id });
    const after = await household(createHousehold.id);
    expect(after.members.map((m) => m.subject.id)).toEqual([a.id]);
    expect(after.history[0]!.action).toBe('MEMBER_REMOVED');
    expect(
      errorCode(await api.call(OPS.addMember, { h: createHousehold.id, s: b.id, r: '2' })),
    ).toBe('NOT_FOUND');
  });

  it('records ISEE attestations; the current one is the valid one with the latest DSU date', async () => {
    const a = await createSubject(api);
    const { createHousehold } = await api.ok<{ createHousehold: HouseholdView }>(
      OPS.createHousehold,
      { i: { members: [{ subjectId: a.id, relationship: '1' }] } },
    );
    const h = createHousehold.id;
    expect(createHousehold.isee).toBeNull();
    const year = new Date().getUTCFullYear();
    const old = iseeInput({
      dsuDate: `${year - 2}-02-01`,
      validUntil: `${year - 1}-01-15`,
      isee: '9000',
    });
    const ordinary = iseeInput({
      dsuDate: `${year - 1}-12-20`,
      validUntil: `${year + 1}-01-15`,
      isee: '5100.5',
    });
    const current = iseeInput({
      kind: 'CURRENT',
      dsuDate: `${year - 1}-12-28`,
      validUntil: `${year + 1}-01-15`,
      isee: '2800',
    });
    for (const input of [ordinary, old, current]) await api.ok(OPS.recordIsee, { h, i: input });

    const view = await household(h, `${year - 2}-06-01`);
    expect(view.isee).toMatchObject({
      dsuProtocol: current.dsuProtocol,
      isee: '2800.00',
      kind: 'CURRENT',
    });
    expect(view.iseeOn).toEqual({ dsuProtocol: old.dsuProtocol });
    expect(view.iseeHistory.map((a) => a.dsuProtocol)).toEqual([
      current.dsuProtocol,
      ordinary.dsuProtocol,
      old.dsuProtocol,
    ]);
    expect(view.version).toBe(4);
    expect(view.history[0]!.action).toBe('ISEE_RECORDED');

    const duplicate = await api.call(OPS.recordIsee, { h, i: current });
    expect(fieldErrorPaths(duplicate)).toEqual(['input.dsuProtocol']);
    const invalid = await api.call(OPS.recordIsee, {
      h,
      i: iseeInput({ isee: '-5', validUntil: '2000-01-01' }),
    });
    expect(fieldErrorPaths(invalid)).toEqual(['input.validUntil', 'input.isee']);
  });

  it('lists households by member, text, valid ISEE and ids', async () => {
    const tenant = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune Elenchi')).id, ['CASEWORKER']),
    );
    const a = await createSubject(tenant, { lastName: 'Quartararo' });
    const b = await createSubject(tenant, { lastName: 'Bellini' });
    const ha = (
      await tenant.ok<{ createHousehold: { id: string } }>(OPS.createHousehold, {
        i: { members: [{ subjectId: a.id, relationship: '1' }] },
      })
    ).createHousehold.id;
    const hb = (
      await tenant.ok<{ createHousehold: { id: string } }>(OPS.createHousehold, {
        i: { members: [{ subjectId: b.id, relationship: '1' }] },
      })
    ).createHousehold.id;
    await tenant.ok(OPS.recordIsee, { h: hb, i: iseeInput() });
    const list = async (f: Record<string, unknown>) =>
      (
        await tenant.ok<{ households: { total: number; items: { id: string }[] } }>(
          OPS.households,
          { f },
        )
      ).households;
    expect((await list({ memberId: a.id })).items).toEqual([{ id: ha }]);
    expect((await list({ q: 'quartar' })).items).toEqual([{ id: ha }]);
    expect((await list({ hasValidIsee: true })).items).toEqual([{ id: hb }]);
    expect((await list({ hasValidIsee: false })).items).toEqual([{ id: ha }]);
    expect((await list({})).total).toBe(2);
    expect((await list({ ids: [hb] })).items).toEqual([{ id: hb }]);
  });
});
