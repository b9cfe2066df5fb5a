import {
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { apiAs, createSubject, fieldErrorPaths, OPS, subjectInput, type Api } from './registryApi';

const SAVE_LIST = `mutation S($i: ValueListInput!) { saveValueList(input: $i) { key } }`;

/**
 * Custom fields of subjects and households: definitions are created through the gateway (config
 * subgraph), values validated by the registry on every write, filtered by JSON containment.
 */
describe('registry custom fields', () => {
  let platform: TestPlatform;
  let api: Api;
  let admin: Api;
  let plain: Api;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    const tenantId = (await createTestTenant('Comune Campi')).id;
    api = apiAs(platform.graphqlUrl, await userToken(tenantId, ['CASEWORKER']));
    admin = apiAs(platform.graphqlUrl, await userToken(tenantId, ['TENANT_ADMIN']));
    plain = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune Senza Campi')).id, ['CASEWORKER']),
    );
    await admin.ok(SAVE_LIST, {
      i: {
        key: 'school',
        label: 'Scuola frequentata',
        items: [
          { code: 'PRIMARY', label: 'Primaria' },
          { code: 'SECONDARY', label: 'Secondaria' },
        ],
      },
    });
    for (const input of [
      {
        entity: 'SUBJECT',
        key: 'caseNumber',
        label: 'Numero di cartella',
        type: 'TEXT',
        required: true,
      },
      { entity: 'SUBJECT', key: 'school', label: 'Scuola', type: 'SELECT', listKey: 'school' },
      {
        entity: 'SUBJECT',
        key: 'pregnant',
        label: 'In gravidanza',
        type: 'BOOLEAN',
        visibleWhen: { field: 'sex', equals: 'F' },
      },
      { entity: 'HOUSEHOLD', key: 'rent', label: 'Affitto mensile', type: 'DECIMAL', min: 0 },
    ]) {
      await admin.ok(OPS.createField, { i: input });
    }
  });
  afterAll(() => platform.close());

  it('works with no custom field defined: values are an empty object, unknown keys refused', async () => {
    const { createSubject: created } = await plain.ok<{ createSubject: { customFields: object } }>(
      OPS.createSubject,
      { i: subjectInput() },
    );
    expect(created.customFields).toEqual({});
    const unknown = await plain.call(OPS.createSubject, {
      i: subjectInput({ customFields: { nope: 1 } }),
    });
    expect(fieldErrorPaths(unknown)).toEqual(['input.customFields.nope']);
  });

  it('validates values on create: required, list codes, types, visibility on built-in fields', async () => {
    const missing = await api.call(OPS.createSubject, {
      i: subjectInput({ sex: 'M', customFields: { school: 'UNIVERSITY', pregnant: true } }),
    });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(fieldErrorPaths(missing).sort()).toEqual([
      'input.customFields.caseNumber',
      'input.customFields.pregnant',
      'input.customFields.school',
    ]);
    const { createSubject: ok } = await api.ok<{
      createSubject: { id: string; customFields: object };
    }>(OPS.createSubject, {
      i: subjectInput({
        sex: 'F',
        customFields: { caseNumber: ' C-001 ', school: 'PRIMARY', pregnant: true },
      }),
    });
    expect(ok.customFields).toEqual({ caseNumber: 'C-001', school: 'PRIMARY', pregnant: true });
  });

  it('merges values on update and records each changed key in the history', async () => {
    const created = await createSubject(api, {
      customFields: { caseNumber: 'C-002', school: 'PRIMARY' },
    });
    const { updateSubject } = await api.ok<{ updateSubject: { customFields: object } }>(
      OPS.updateSubject,
      {
        id: created.id,
        i: { ...created.input, customFields: { school: 'SECONDARY' } },
        v: 1,
      },
    );
    expect(updateSubject.customFields).toEqual({ caseNumber: 'C-002', school: 'SECONDARY' });
    const cleared = await api.call(OPS.updateSubject, {
      id: created.id,
      i: { ...created.input, customFields: { caseNumber: null } },
      v: 2,
    });
    expect(fieldErrorPaths(cleared)).toEqual(['input.customFields.caseNumber']);
    const { subject } = await api.ok<{
      subject: { history: { changes: Record<string, unknown> }[] };
    }>(OPS.subjectHistory, { id: created.id });
    expect(subject.history[0]!.changes).toEqual({
      'customFields.school': { from: 'PRIMARY', to: 'SECONDARY' },
    });
  });

  it('filters subjects by custom values (JSON containment), refusing undefined keys', async () => {
    const a = await createSubject(api, {
      customFields: { caseNumber: 'F-1', school: 'SECONDARY' },
    });
    const list = async (customFields: object) =>
      (
        await api.ok<{ subjects: { items: { id: string }[] } }>(OPS.subjects, {
          f: { customFields },
        })
      ).subjects.items.map((s) => s.id);
    expect(await list({ caseNumber: 'F-1' })).toEqual([a.id]);
    expect(await list({ caseNumber: 'F-1', school: 'PRIMARY' })).toEqual([]);
    expect(
      fieldErrorPaths(await api.call(OPS.subjects, { f: { customFields: { nope: 1 } } })),
    ).toEqual(['filter.customFields']);
  });

  it('validates, updates and filters household custom fields', async () => {
    const head = await createSubject(api, { customFields: { caseNumber: 'H-1' } });
    const bad = await api.call(OPS.createHousehold, {
      i: { members: [{ subjectId: head.id, relationship: '1' }], customFields: { rent: -10 } },
    });
    expect(fieldErrorPaths(bad)).toEqual(['input.customFields.rent']);
    const { createHousehold } = await api.ok<{
      createHousehold: { id: string; customFields: object; version: number };
    }>(OPS.createHousehold, {
      i: { members: [{ subjectId: head.id, relationship: '1' }], customFields: { rent: '450.50' } },
    });
    expect(createHousehold.customFields).toEqual({ rent: '450.50' });
    const stale = await api.call(OPS.updateHousehold, {
      id: createHousehold.id,
      i: { customFields: { rent: 500 } },
      v: 7,
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const { updateHousehold } = await api.ok<{
      updateHousehold: { customFields: object; version: number };
    }>(OPS.updateHousehold, {
      id: createHousehold.id,
      i: { customFields: { rent: 500 } },
      v: 1,
    });
    expect(updateHousehold).toEqual({
      id: createHousehold.id,
      customFields: { rent: '500' },
      version: 2,
    });
    const { households } = await api.ok<{ households: { items: { id: string }[] } }>(
      OPS.households,
      { f: { customFields: { rent: 500 } } },
    );
    expect(households.items).toEqual([{ id: createHousehold.id }]);
  });
});
