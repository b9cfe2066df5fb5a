import { computeFiscalCode } from '@sisa/italia';
import {
  createTestTenant,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  testDatabase,
  userToken,
  withClient,
  type TestPlatform,
} from '@sisa/testing';

const LOGIN = `mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const CREATE = `mutation C($i: UserInput!) { createUser(input: $i) { id fiscalCode } }`;
const UPDATE = `mutation U($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id fullName fiscalCode } }`;
const USER = `query U($id: ID!) { user(id: $id) { id fiscalCode } }`;

const ROSSI = computeFiscalCode({
  lastName: 'Rossi',
  firstName: 'Mario',
  sex: 'M',
  birthDate: '1980-01-01',
  birthPlaceCode: 'F205',
});
const BIANCHI = computeFiscalCode({
  lastName: 'Bianchi',
  firstName: 'Anna',
  sex: 'F',
  birthDate: '1975-06-15',
  birthPlaceCode: 'H501',
});

async function savedFiscalCode(id: string): Promise<string | null> {
  const { rows } = await withClient(testDatabase().ownerUrl, (c) =>
    c.query<{ fiscal_code: string | null }>(
      'select fiscal_code from config.app_user where id = $1',
      [id],
    ),
  );
  return rows[0]!.fiscal_code;
}

describe("the user's codice fiscale (CFOperatore proposed by the console)", () => {
  let platform: TestPlatform;
  let tenantA: Awaited<ReturnType<typeof createTestTenant>>;
  let tenantB: Awaited<ReturnType<typeof createTestTenant>>;
  let adminA: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    tenantA = await createTestTenant('Comune CF A');
    tenantB = await createTestTenant('Comune CF B');
    adminA = await userToken(tenantA.id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());

  async function createUser(fiscalCode?: string | null) {
    const username = `cf.${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
    const { createUser } = await graphqlOk<{ createUser: { id: string; fiscalCode: string } }>(
      platform.graphqlUrl,
      CREATE,
      {
        i: {
          username,
          fullName: 'Mario Rossi',
          roles: ['CASEWORKER'],
          password: 'una-password-lunga',
          ...(fiscalCode === undefined ? {} : { fiscalCode }),
        },
      },
      adminA,
    );
    return { ...createUser, username };
  }

  it('is set at creation (upper case, no spaces) and the user reads it in me', async () => {
    const spaced = `${ROSSI.slice(0, 6)} ${ROSSI.slice(6)}`.toLowerCase();
    const user = await createUser(spaced);
    expect(user.fiscalCode).toBe(ROSSI);
    expect(await savedFiscalCode(user.id)).toBe(ROSSI);
    const { login } = await graphqlOk<{ login: { token: string } }>(platform.graphqlUrl, LOGIN, {
      u: user.username,
      p: 'una-password-lunga',
    });
    const { me } = await graphqlOk<{ me: { fiscalCode: string } }>(
      platform.graphqlUrl,
      '{ me { fiscalCode } }',
      {},
      login.token,
    );
    expect(me.fiscalCode).toBe(ROSSI);
  });

  it('is optional: none at creation, absent in an update keeps it, null clears it, audited', async () => {
    const user = await createUser();
    expect(user.fiscalCode).toBeNull();
    const set = await graphqlOk<{ updateUser: { fiscalCode: string } }>(
      platform.graphqlUrl,
      UPDATE,
      { id: user.id, i: { fiscalCode: BIANCHI } },
      adminA,
    );
    expect(set.updateUser.fiscalCode).toBe(BIANCHI);
    const kept = await graphqlOk<{ updateUser: { fullName: string; fiscalCode: string } }>(
      platform.graphqlUrl,
      UPDATE,
      { id: user.id, i: { fullName: 'Anna Bianchi' } },
      adminA,
    );
    expect(kept.updateUser).toMatchObject({ fullName: 'Anna Bianchi', fiscalCode: BIANCHI });
    const cleared = await graphqlOk<{ updateUser: { fiscalCode: string | null } }>(
      platform.graphqlUrl,
      UPDATE,
      { id: user.id, i: { fiscalCode: null } },
      adminA,
    );
    expect(cleared.updateUser.fiscalCode).toBeNull();
    expect(await savedFiscalCode(user.id)).toBeNull();
    const { rows } = await withClient(testDatabase().ownerUrl, (c) =>
      c.query<{ changes: Record<string, unknown> }>(
        `select changes from config.audit_event where entity = 'User' and entity_id = $1 and action = 'UPDATE' order by id`,
        [user.id],
      ),
    );
    expect(rows.map((r) => r.changes.fiscalCode)).toEqual([
      { from: null, to: BIANCHI },
      undefined,
      { from: BIANCHI, to: null },
    ]);
  });

  it('refuses an invalid or oversized code on input.fiscalCode, in Italian, changing nothing', async () => {
    const user = await createUser(ROSSI);
    const wrongCheck = ROSSI.slice(0, 15) + (ROSSI.endsWith('A') ? 'B' : 'A');
    for (const fiscalCode of [wrongCheck, 'RSSMRA80', 'X'.repeat(10_000)]) {
      const result = await graphql(
        platform.graphqlUrl,
        UPDATE,
        { id: user.id, i: { fiscalCode } },
        adminA,
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      const errors = result.errors?.[0]?.extensions?.fieldErrors ?? [];
      expect(errors.map((e) => e.field)).toEqual(['input.fiscalCode']);
      expect(errors[0]!.message).toMatch(/^Codice fiscale non valido/);
    }
    expect(await savedFiscalCode(user.id)).toBe(ROSSI);
    const created = await graphql(
      platform.graphqlUrl,
      CREATE,
      {
        i: {
          username: `cf.bad.${Date.now()}`,
          fullName: 'Mario Rossi',
          roles: ['CASEWORKER'],
          password: 'una-password-lunga',
          fiscalCode: wrongCheck,
        },
      },
      adminA,
    );
    expect(errorCode(created)).toBe('BAD_USER_INPUT');
    expect(created.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.field)).toEqual([
      'input.fiscalCode',
    ]);
  });

  it("stays inside the user's tenant", async () => {
    const user = await createUser(ROSSI);
    const adminB = await userToken(tenantB.id, ['TENANT_ADMIN']);
    const other = await graphqlOk<{ user: null }>(
      platform.graphqlUrl,
      USER,
      { id: user.id },
      adminB,
    );
    expect(other.user).toBeNull();
    const { users } = await graphqlOk<{ users: { items: { fiscalCode: string | null }[] } }>(
      platform.graphqlUrl,
      '{ users(perPage: 200) { items { fiscalCode } } }',
      {},
      adminB,
    );
    expect(users.items.map((u) => u.fiscalCode)).not.toContain(ROSSI);
    const cross = await graphql(
      platform.graphqlUrl,
      UPDATE,
      { id: user.id, i: { fiscalCode: BIANCHI } },
      adminB,
    );
    expect(errorCode(cross)).toBe('NOT_FOUND');
    const own = await graphqlOk<{ user: { fiscalCode: string } }>(
      platform.graphqlUrl,
      USER,
      { id: user.id },
      adminA,
    );
    expect(own.user.fiscalCode).toBe(ROSSI);
  });
});
