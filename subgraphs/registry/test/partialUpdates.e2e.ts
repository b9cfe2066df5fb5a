import {
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { apiAs, createSubject, fieldErrorPaths, iseeInput, OPS, type Api } from './registryApi';

interface SubjectView {
  version: number;
  citizenshipCode: string;
  phone: string | null;
  email: string | null;
  firstName: string;
  residence: { street: string | null; municipalityCode: string | null; countryCode: string } | null;
}

/** Updates name only what they change: absent keeps, null clears, a stale version is CONFLICT. */
describe('partial updates of subjects and households', () => {
  let platform: TestPlatform;
  let api: Api;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    const tenantId = (await createTestTenant('Comune Aggiornamenti')).id;
    api = apiAs(platform.graphqlUrl, await userToken(tenantId, ['CASEWORKER']));
  });
  afterAll(() => platform.close());

  it('a new phone number alone keeps email and residence', async () => {
    const subject = await createSubject(api, { email: 'anna@example.it', phone: '02 1234567' });
    const { updateSubject } = await api.ok<{ updateSubject: SubjectView }>(OPS.updateSubject, {
      id: subject.id,
      i: { phone: '333 1234567' },
      v: 1,
    });
    expect(updateSubject).toMatchObject({
      version: 2,
      phone: '333 1234567',
      email: 'anna@example.it',
      residence: { street: 'Via Dante 10', municipalityCode: '015146', countryCode: '380' },
    });
  });

  it('an Albanian citizen updated without citizenship stays Albanian', async () => {
    const subject = await createSubject(api, { citizenshipCode: '008' });
    const { updateSubject } = await api.ok<{ updateSubject: SubjectView }>(OPS.updateSubject, {
      id: subject.id,
      i: { email: 'nuovo@example.it' },
      v: 1,
    });
    expect(updateSubject.citizenshipCode).toBe('008');
  });

  it('a client sending the whole record still works', async () => {
    const subject = await createSubject(api);
    const { updateSubject } = await api.ok<{ updateSubject: SubjectView }>(OPS.updateSubject, {
      id: subject.id,
      i: { ...subject.input, firstName: 'Ludovica' },
      v: 1,
    });
    expect(updateSubject).toMatchObject({ version: 2, firstName: 'Ludovica' });
  });

  it('null clears a nullable field and is refused on a required one, changing nothing', async () => {
    const subject = await createSubject(api, { email: 'x@example.it' });
    const cleared = await api.ok<{ updateSubject: SubjectView }>(OPS.updateSubject, {
      id: subject.id,
      i: { email: null, residence: null },
      v: 1,
    });
    expect(cleared.updateSubject).toMatchObject({ version: 2, email: null, residence: null });
    const refused = await api.call(OPS.updateSubject, {
      id: subject.id,
      i: { firstName: null, citizenshipCode: null, phone: '02 7654321' },
      v: 2,
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fieldErrorPaths(refused).sort()).toEqual(['input.citizenshipCode', 'input.firstName']);
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toMatch(/obbligatorio/);
    const { subject: after } = await api.ok<{ subject: SubjectView }>(OPS.subject, {
      id: subject.id,
    });
    expect(after).toMatchObject({ version: 2, phone: null, citizenshipCode: '380' });
  });

  it('expectedVersion is required, and a stale one is CONFLICT with the current version', async () => {
    const subject = await createSubject(api);
    const missing = await api.call(
      `mutation U($id: ID!) { updateSubject(id: $id, input: { phone: "02 1111111" }) { id } }`,
      { id: subject.id },
    );
    expect(errorCode(missing)).toBe('GRAPHQL_VALIDATION_FAILED');
    await api.ok(OPS.updateSubject, { id: subject.id, i: { phone: '02 2222222' }, v: 1 });
    const stale = await api.call(OPS.updateSubject, {
      id: subject.id,
      i: { phone: '02 3333333' },
      v: 1,
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
  });

  it('household: expectedVersion is required and a stale one carries the current version', async () => {
    const subject = await createSubject(api);
    const { createHousehold } = await api.ok<{ createHousehold: { id: string; version: number } }>(
      OPS.createHousehold,
      { i: { members: [{ subjectId: subject.id, relationship: '1' }] } },
    );
    const missing = await api.call(
      `mutation U($id: ID!) { updateHousehold(id: $id, input: {}) { id } }`,
      { id: createHousehold.id },
    );
    expect(errorCode(missing)).toBe('GRAPHQL_VALIDATION_FAILED');
    const stale = await api.call(OPS.updateHousehold, {
      id: createHousehold.id,
      i: {},
      v: createHousehold.version + 5,
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(createHousehold.version);
  });

  it('ISEE and members: a stale household version is CONFLICT with the current one', async () => {
    const head = await createSubject(api);
    const child = await createSubject(api);
    const { createHousehold } = await api.ok<{ createHousehold: { id: string; version: number } }>(
      OPS.createHousehold,
      { i: { members: [{ subjectId: head.id, relationship: '1' }] } },
    );
    const h = createHousehold.id;
    const recordIsee = `mutation R($h: ID!, $i: IseeInput!, $v: Int) { recordIsee(householdId: $h, input: $i, expectedVersion: $v) { id } }`;
    const addMember = `mutation A($h: ID!, $s: ID!, $v: Int) { addHouseholdMember(householdId: $h, subjectId: $s, relationship: "3", expectedVersion: $v) { version } }`;
    const removeMember = `mutation R($h: ID!, $s: ID!, $v: Int) { removeHouseholdMember(householdId: $h, subjectId: $s, expectedVersion: $v) { version } }`;
    const v = createHousehold.version;
    await api.ok(recordIsee, { h, i: iseeInput(), v });
    const staleIsee = await api.call(recordIsee, { h, i: iseeInput(), v });
    expect(errorCode(staleIsee)).toBe('CONFLICT');
    expect(staleIsee.errors?.[0]?.extensions?.currentVersion).toBe(v + 1);
    const added = await api.ok<{ addHouseholdMember: { version: number } }>(addMember, {
      h,
      s: child.id,
      v: v + 1,
    });
    const staleRemove = await api.call(removeMember, { h, s: child.id, v: v + 1 });
    expect(errorCode(staleRemove)).toBe('CONFLICT');
    expect(staleRemove.errors?.[0]?.extensions?.currentVersion).toBe(
      added.addHouseholdMember.version,
    );
  });
});
