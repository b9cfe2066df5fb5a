import { randomInt } from 'node:crypto';
import { computeFiscalCode } from '@sisa/italia';
import {
  createTestTenant,
  startTestPlatform,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';
import { errorCode, fieldError, graphql, graphqlOk, OPS, uniqueKey } from './configApi';

const CREATE_SUBJECT = `mutation C($i: SubjectInput!) { createSubject(input: $i) { id customFields } }`;

function subject(customFields: Record<string, unknown>) {
  const person = {
    firstName: 'Anna',
    lastName: 'Verdi',
    sex: 'F' as const,
    birthDate: new Date(Date.UTC(1950, 0, 1) + randomInt(0, 60 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10),
    birthPlaceCode: 'F205',
  };
  return { ...person, fiscalCode: computeFiscalCode(person), citizenshipCode: '380', customFields };
}

/** With the registry running: the data a field definition governs lives there, and obeys it. */
describe('custom fields against the subgraph that stores their values', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let admin: string;
  let caseworker: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    tenant = await createTestTenant('Comune Valori');
    admin = await userToken(tenant.id, ['TENANT_ADMIN']);
    caseworker = await userToken(tenant.id, ['CASEWORKER']);
  });
  afterAll(() => platform.close());

  const createSubject = (customFields: Record<string, unknown>, token = caseworker) =>
    graphql<{ createSubject: { id: string; customFields: Record<string, unknown> } }>(
      platform.graphqlUrl,
      CREATE_SUBJECT,
      { i: subject(customFields) },
      token,
    );

  it('counts the records holding a value and refuses a type change while there are any', async () => {
    const key = uniqueKey('livello');
    const { createFieldDefinition: field } = await graphqlOk<{
      createFieldDefinition: { id: string };
    }>(
      platform.graphqlUrl,
      OPS.createField,
      {
        i: { entity: 'SUBJECT', key, label: 'Livello di bisogno', type: 'INTEGER', min: 1, max: 5 },
      },
      admin,
    );
    expect(
      (
        await graphqlOk<{ fieldDefinitionUsage: number }>(
          platform.graphqlUrl,
          OPS.usage,
          { id: field.id },
          admin,
        )
      ).fieldDefinitionUsage,
    ).toBe(0);

    for (const customFields of [{ [key]: 3 }, { [key]: 5 }, {}])
      expect((await createSubject(customFields)).errors).toBeUndefined();
    const outOfRange = await createSubject({ [key]: 9 });
    expect(fieldError(outOfRange, `input.customFields.${key}`)).toBe('Massimo 5');

    expect(
      (
        await graphqlOk<{ fieldDefinitionUsage: number }>(
          platform.graphqlUrl,
          OPS.usage,
          { id: field.id },
          admin,
        )
      ).fieldDefinitionUsage,
    ).toBe(2);
    const refused = await graphql(
      platform.graphqlUrl,
      OPS.updateField,
      { id: field.id, i: { entity: 'SUBJECT', key, label: 'Livello', type: 'TEXT' } },
      admin,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fieldError(refused, 'input.type')).toMatch(
      /^Non si può cambiare il tipo: 2 record hanno già un valore/,
    );

    // Another tenant's records never count.
    const other = await createTestTenant('Altro Comune');
    const otherAdmin = await userToken(other.id, ['TENANT_ADMIN']);
    const { createFieldDefinition: theirs } = await graphqlOk<{
      createFieldDefinition: { id: string };
    }>(
      platform.graphqlUrl,
      OPS.createField,
      { i: { entity: 'SUBJECT', key, label: 'Livello', type: 'INTEGER' } },
      otherAdmin,
    );
    const changed = await graphql(
      platform.graphqlUrl,
      OPS.updateField,
      { id: theirs.id, i: { entity: 'SUBJECT', key, label: 'Livello', type: 'TEXT' } },
      otherAdmin,
    );
    expect(changed.errors).toBeUndefined();
  });

  it('has the registry honour a deactivation at once, keeping the stored values', async () => {
    const key = uniqueKey('nota');
    const input = { entity: 'SUBJECT', key, label: 'Nota', type: 'TEXT' };
    const { createFieldDefinition: field } = await graphqlOk<{
      createFieldDefinition: { id: string };
    }>(platform.graphqlUrl, OPS.createField, { i: input }, admin);
    const kept = await createSubject({ [key]: 'prima' });
    expect(kept.data?.createSubject.customFields).toEqual({ [key]: 'prima' });

    await graphqlOk(
      platform.graphqlUrl,
      OPS.updateField,
      { id: field.id, i: { ...input, active: false } },
      admin,
    );
    const refused = await createSubject({ [key]: 'dopo' });
    expect(fieldError(refused, `input.customFields.${key}`)).toBe(
      'Campo non più attivo: non si può modificare',
    );
    const { subject: stored } = await graphqlOk<{
      subject: { customFields: Record<string, unknown> };
    }>(
      platform.graphqlUrl,
      'query S($id: ID!) { subject(id: $id) { customFields } }',
      { id: kept.data!.createSubject.id },
      caseworker,
    );
    expect(stored.customFields).toEqual({ [key]: 'prima' });
  });

  it('matches a hostile pattern in linear time: no comune waits on another', async () => {
    const key = uniqueKey('codice');
    // Accepted: RE2 compiles it to a program without backtracking. The backtracking engine took
    // 11 s on 28 characters (doubling with each one more), holding every comune's requests.
    await graphqlOk(
      platform.graphqlUrl,
      OPS.createField,
      { i: { entity: 'SUBJECT', key, label: 'Codice', type: 'TEXT', pattern: '^((a+))+$' } },
      admin,
    );
    const other = await createTestTenant('Comune Vicino');
    const neighbour = await userToken(other.id, ['CASEWORKER']);
    let attacking = true;
    let slowest = 0;
    const neighbourWorks = (async () => {
      while (attacking) {
        const started = Date.now();
        await graphqlOk(platform.graphqlUrl, '{ subjects(perPage: 1) { total } }', {}, neighbour);
        slowest = Math.max(slowest, Date.now() - started);
      }
    })();
    const hostile = await createSubject({ [key]: `${'a'.repeat(28)}!` });
    attacking = false;
    await neighbourWorks;
    expect(slowest).toBeLessThan(2000);
    expect(fieldError(hostile, `input.customFields.${key}`)).toBe('Formato non valido');
    const longest = await createSubject({ [key]: `${'a'.repeat(999)}!` });
    expect(fieldError(longest, `input.customFields.${key}`)).toBe('Formato non valido');
    const good = await createSubject({ [key]: 'a'.repeat(999) });
    expect(good.data?.createSubject.customFields).toEqual({ [key]: 'a'.repeat(999) });
  });
});
