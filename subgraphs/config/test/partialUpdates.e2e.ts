import { createTestTenant, startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';
import { errorCode, fieldErrorPaths, graphql, graphqlOk, OPS, uniqueKey } from './configApi';

const CREATE_USER = `mutation C($i: UserInput!) { createUser(input: $i) { id active fullName roles } }`;
const UPDATE_USER = `mutation U($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id active fullName roles } }`;

interface UserView {
  id: string;
  active: boolean;
  fullName: string;
  roles: string[];
}

/** Configuration updates change what they name: no default may flip a saved value back. */
describe('partial updates of users and custom fields', () => {
  let platform: TestPlatform;
  let admin: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    admin = await userToken((await createTestTenant('Comune Config mod')).id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());

  const call = <T>(query: string, variables: Record<string, unknown>) =>
    graphqlOk<T>(platform.graphqlUrl, query, variables, admin);

  it('a deactivated user renamed without `active` stays deactivated', async () => {
    const { createUser } = await call<{ createUser: UserView }>(CREATE_USER, {
      i: {
        username: `spento.${Date.now()}`,
        fullName: 'Anna Verdi',
        roles: ['CASEWORKER'],
        password: 'una-password-lunga-7',
        active: false,
      },
    });
    expect(createUser.active).toBe(false);
    const { updateUser } = await call<{ updateUser: UserView }>(UPDATE_USER, {
      id: createUser.id,
      i: { fullName: 'Anna Verdi Rossi' },
    });
    expect(updateUser).toMatchObject({
      active: false,
      fullName: 'Anna Verdi Rossi',
      roles: ['CASEWORKER'],
    });
    const refused = await graphql(
      platform.graphqlUrl,
      UPDATE_USER,
      { id: createUser.id, i: { roles: null, active: null } },
      admin,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fieldErrorPaths(refused).sort()).toEqual(['input.active', 'input.roles']);
  });

  it('a field definition relabelled alone keeps required, active and its help text', async () => {
    const { createFieldDefinition: field } = await call<{
      createFieldDefinition: { id: string };
    }>(OPS.createField, {
      i: {
        entity: 'SUBJECT',
        key: uniqueKey('note'),
        label: 'Note',
        type: 'TEXT',
        required: false,
        active: false,
        helpText: 'Testo libero',
      },
    });
    const { updateFieldDefinition } = await call<{
      updateFieldDefinition: { label: string; active: boolean };
    }>(OPS.updateField, { id: field.id, i: { label: 'Annotazioni' } });
    expect(updateFieldDefinition).toMatchObject({ label: 'Annotazioni', active: false });
    const refused = await graphql(
      platform.graphqlUrl,
      OPS.updateField,
      { id: field.id, i: { label: null } },
      admin,
    );
    expect(fieldErrorPaths(refused)).toEqual(['input.label']);
  });
});
