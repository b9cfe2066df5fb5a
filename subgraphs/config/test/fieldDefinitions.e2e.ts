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
import { startMeasurementOwnerStub, type MeasurementOwnerStub } from './measurementOwnerStub';

interface Field {
  id: string;
  key: string;
  type: string;
  position: number;
  active: boolean;
  listKey: string | null;
}

describe('custom field definitions through the gateway', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let other: TestTenant;
  let admin: string;
  let stub: MeasurementOwnerStub;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    stub = await startMeasurementOwnerStub();
    tenant = await createTestTenant('Comune Campi');
    other = await createTestTenant('Altro Comune');
    admin = await userToken(tenant.id, ['TENANT_ADMIN']);
  });
  afterAll(async () => {
    await platform.close();
    await stub.close();
  });

  const create = (input: Record<string, unknown>, token = admin) =>
    graphql<{ createFieldDefinition: Field }>(
      platform.graphqlUrl,
      OPS.createField,
      { i: input },
      token,
    );
  const createOk = async (input: Record<string, unknown>, token = admin) =>
    (
      await graphqlOk<{ createFieldDefinition: Field }>(
        platform.graphqlUrl,
        OPS.createField,
        { i: input },
        token,
      )
    ).createFieldDefinition;
  const update = (id: string, input: Record<string, unknown>, token = admin) =>
    graphql<{ updateFieldDefinition: Field }>(
      platform.graphqlUrl,
      OPS.updateField,
      { id, i: input },
      token,
    );

  it('creates fields of every kind and lists them by entity and position', async () => {
    const entity = 'REI_PROJECT';
    const text = await createOk({
      entity,
      key: 'iban',
      label: 'IBAN',
      type: 'TEXT',
      pattern: 'IT[0-9]{2}[A-Z][0-9A-Z]{22}',
      section: 'Pagamento',
    });
    const count = await createOk({
      entity,
      key: 'children',
      label: 'Figli a carico',
      type: 'INTEGER',
      min: 0,
      max: 20,
      required: true,
    });
    const relation = await createOk({
      entity,
      key: 'referentRelation',
      label: 'Relazione del referente',
      type: 'SELECT',
      listKey: 'relationship',
    });
    const flag = await createOk({
      entity,
      key: 'hasLawyer',
      label: 'Ha un legale',
      type: 'BOOLEAN',
    });
    const when = await createOk({
      entity,
      key: 'lawyerSince',
      label: 'Assistito dal',
      type: 'DATE',
      visibleWhen: { field: 'hasLawyer', equals: true },
      helpText: 'Data del mandato',
    });
    expect([text, count, relation, flag, when].map((f) => f.position)).toEqual([0, 1, 2, 3, 4]);
    expect(when).toMatchObject({
      visibleWhen: { field: 'hasLawyer', equals: true },
      active: true,
      required: false,
    });
    expect(relation.listKey).toBe('relationship');

    const { fieldDefinitions } = await graphqlOk<{ fieldDefinitions: Field[] }>(
      platform.graphqlUrl,
      OPS.fields,
      { e: entity },
      admin,
    );
    expect(fieldDefinitions.map((f) => f.key)).toEqual([
      'iban',
      'children',
      'referentRelation',
      'hasLawyer',
      'lawyerSince',
    ]);
    const caseworker = await userToken(tenant.id, ['CASEWORKER']);
    const { fieldDefinition } = await graphqlOk<{ fieldDefinition: Field }>(
      platform.graphqlUrl,
      OPS.field,
      { id: text.id },
      caseworker,
    );
    expect(fieldDefinition.key).toBe('iban');
  });

  it('refuses invalid definitions with Italian messages on each input path', async () => {
    const bad = await create({
      entity: 'SUBJECT',
      key: '1Bad key',
      label: ' ',
      type: 'SELECT',
      min: 5,
      max: 1,
      pattern: 'x',
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrorPaths(bad)).toEqual(
      expect.arrayContaining([
        'input.key',
        'input.label',
        'input.listKey',
        'input.min',
        'input.pattern',
      ]),
    );
    expect(fieldError(bad, 'input.listKey')).toMatch(/elenco/i);

    const unknownList = await create({
      entity: 'SUBJECT',
      key: 'area',
      label: 'Zona',
      type: 'MULTI_SELECT',
      listKey: 'inesistente',
    });
    expect(fieldError(unknownList, 'input.listKey')).toBe('Elenco «inesistente» inesistente');
    const range = await create({
      entity: 'SUBJECT',
      key: 'score',
      label: 'Punteggio',
      type: 'DECIMAL',
      min: 10,
      max: 1,
    });
    expect(fieldErrorPaths(range)).toEqual(['input.max']);
    // Patterns are RE2: what needs backtracking (backreferences, lookarounds) does not compile.
    for (const pattern of ['[a-', '(a)\\1', '(?=a)a+', '(?<!b)a', '(?!x).+'])
      expect(
        fieldError(
          await create({ entity: 'SUBJECT', key: 'code', label: 'Codice', type: 'TEXT', pattern }),
          'input.pattern',
        ),
      ).toMatch(/^Espressione regolare non valida o non supportata/);
    const huge = await create({
      entity: 'SUBJECT',
      key: 'code',
      label: 'Codice',
      type: 'TEXT',
      pattern: '(a?){1000}a{1000}',
    });
    expect(fieldError(huge, 'input.pattern')).toMatch(/troppo complessa/);
    const condition = await create({
      entity: 'SUBJECT',
      key: 'note',
      label: 'Nota',
      type: 'TEXT',
      visibleWhen: { field: 'nonEsiste', equals: 'x' },
    });
    expect(fieldErrorPaths(condition)).toEqual(['input.visibleWhen.field']);
    const builtIn = await create({
      entity: 'SUBJECT',
      key: 'pregnant',
      label: 'In gravidanza',
      type: 'BOOLEAN',
      visibleWhen: { field: 'sex', equals: 'F' },
    });
    expect(builtIn.errors).toBeUndefined();

    const duplicate = await create({
      entity: 'SUBJECT',
      key: 'pregnant',
      label: 'Doppione',
      type: 'TEXT',
    });
    expect(fieldError(duplicate, 'input.key')).toBe('Esiste già un campo con questa chiave');
  });

  it('edits and deactivates a field but never changes its key or entity', async () => {
    const key = uniqueKey('note');
    const field = await createOk({ entity: 'HOUSEHOLD', key, label: 'Nota', type: 'LONG_TEXT' });
    const renamed = await update(field.id, {
      entity: 'HOUSEHOLD',
      key,
      label: 'Nota del servizio',
      type: 'LONG_TEXT',
      active: false,
      position: 7,
    });
    expect(renamed.data?.updateFieldDefinition).toMatchObject({
      label: 'Nota del servizio',
      active: false,
      position: 7,
    });

    const rekey = await update(field.id, {
      entity: 'SUBJECT',
      key: 'altro',
      label: 'Nota',
      type: 'LONG_TEXT',
    });
    expect(fieldErrorPaths(rekey).sort()).toEqual(['input.entity', 'input.key']);

    const { auditEvents } = await graphqlOk<{
      auditEvents: { items: { action: string; changes: Record<string, unknown> }[] };
    }>(
      platform.graphqlUrl,
      OPS.audit,
      { f: { entity: 'FieldDefinition', entityId: field.id }, s: { field: 'AT', order: 'ASC' } },
      admin,
    );
    expect(auditEvents.items.map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(auditEvents.items[1]!.changes).toMatchObject({
      key,
      label: { from: 'Nota', to: 'Nota del servizio' },
      active: { from: true, to: false },
    });
  });

  it('refuses a type or list change while records hold values, giving the count', async () => {
    platform.subgraphUrls.rei = stub.url;
    const key = uniqueKey('income');
    const field = await createOk({
      entity: 'REI_APPLICATION',
      key,
      label: 'Reddito dichiarato',
      type: 'INTEGER',
    });
    const asDecimal = {
      entity: 'REI_APPLICATION',
      key,
      label: 'Reddito dichiarato',
      type: 'DECIMAL',
    };

    stub.answer = { value: 3, error: null };
    const refused = await update(field.id, asDecimal);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fieldError(refused, 'input.type')).toBe(
      'Non si può cambiare il tipo: 3 record hanno già un valore per questo campo. Crea un nuovo campo e disattiva questo.',
    );
    const last = stub.requests.at(-1)!;
    expect(last).toMatchObject({
      typename: 'ReiMeasurement',
      spec: {
        entity: 'REI_APPLICATION',
        aggregate: 'COUNT',
        filter: { [`customFields.${key}`]: { isNull: false } },
      },
    });
    expect(last.authorization).toBe(`Bearer ${admin}`);
    const usage = await graphqlOk<{ fieldDefinitionUsage: number }>(
      platform.graphqlUrl,
      OPS.usage,
      { id: field.id },
      admin,
    );
    expect(usage.fieldDefinitionUsage).toBe(3);

    stub.answer = { value: 0, error: null };
    const accepted = await update(field.id, asDecimal);
    expect(accepted.data?.updateFieldDefinition.type).toBe('DECIMAL');

    delete platform.subgraphUrls.rei;
    const unreachable = await update(field.id, { ...asDecimal, type: 'TEXT' });
    expect(fieldError(unreachable, 'input.type')).toMatch(
      /impossibile contare i record che usano il campo \(il servizio «rei», che custodisce questi dati, non è raggiungibile\)/,
    );
    const noUsage = await graphql(platform.graphqlUrl, OPS.usage, { id: field.id }, admin);
    expect(noUsage.errors?.[0]?.message).toBe(
      'Impossibile contare i record: il servizio «rei», che custodisce questi dati, non è raggiungibile',
    );
    // A label-only change needs no count.
    const relabel = await update(field.id, { ...asDecimal, label: 'Reddito' });
    expect(relabel.errors).toBeUndefined();
  });

  it('refuses a type change that an indicator could no longer compute', async () => {
    platform.subgraphUrls.siuss = stub.url;
    stub.answer = { value: 0, error: null };
    const key = uniqueKey('hours');
    const field = await createOk({
      entity: 'SOCIAL_BENEFIT',
      key,
      label: 'Ore di servizio',
      type: 'INTEGER',
    });
    await graphqlOk(
      platform.graphqlUrl,
      OPS.saveIndicator,
      {
        i: {
          key: uniqueKey('ore'),
          label: 'Ore erogate',
          entity: 'SOCIAL_BENEFIT',
          aggregate: 'SUM',
          field: `customFields.${key}`,
        },
      },
      admin,
    );
    const refused = await update(field.id, {
      entity: 'SOCIAL_BENEFIT',
      key,
      label: 'Ore di servizio',
      type: 'TEXT',
    });
    expect(fieldError(refused, 'input.type')).toBe(
      'L\u2019indicatore «Ore erogate» usa questo campo e non sarebbe più calcolabile',
    );
    delete platform.subgraphUrls.siuss;
  });

  it('lets caseworkers, viewers and config:read clients read, and only admins write', async () => {
    const input = { entity: 'SUBJECT', key: uniqueKey('x'), label: 'X', type: 'TEXT' };
    for (const token of [
      await userToken(tenant.id, ['CASEWORKER']),
      await userToken(tenant.id, ['VIEWER']),
      await clientToken(tenant.id, ['config:read']),
    ]) {
      const read = await graphql<{ fieldDefinitions: Field[] }>(
        platform.graphqlUrl,
        OPS.fields,
        {},
        token,
      );
      expect(read.data?.fieldDefinitions.length).toBeGreaterThan(0);
      expect(errorCode(await create(input, token))).toBe('FORBIDDEN');
    }
    expect(errorCode(await create(input, await clientToken(tenant.id, ['config:write'])))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(
        await graphql(
          platform.graphqlUrl,
          OPS.fields,
          {},
          await clientToken(tenant.id, ['registry:read']),
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await graphql(platform.graphqlUrl, OPS.fields, {}))).toBe('UNAUTHENTICATED');
    const platformAdmin = await userToken(tenant.id, ['PLATFORM_ADMIN']);
    expect((await create(input, platformAdmin)).data?.createFieldDefinition.key).toBe(input.key);
    const outside = await create(
      { ...input, key: uniqueKey('y') },
      await userToken(null, ['PLATFORM_ADMIN']),
    );
    expect(errorCode(outside)).toBe('FORBIDDEN');
  });

  it("keeps each tenant's fields apart", async () => {
    const key = uniqueKey('shared');
    const mine = await createOk({ entity: 'SUBJECT', key, label: 'Mio', type: 'TEXT' });
    const otherAdmin = await userToken(other.id, ['TENANT_ADMIN']);
    const theirs = await createOk(
      { entity: 'SUBJECT', key, label: 'Loro', type: 'TEXT' },
      otherAdmin,
    );
    expect(theirs.id).not.toBe(mine.id);

    const { fieldDefinitions } = await graphqlOk<{ fieldDefinitions: Field[] }>(
      platform.graphqlUrl,
      OPS.fields,
      {},
      otherAdmin,
    );
    expect(fieldDefinitions.map((f) => f.id)).toEqual([theirs.id]);
    expect(
      (
        await graphqlOk<{ fieldDefinition: null }>(
          platform.graphqlUrl,
          OPS.field,
          { id: mine.id },
          otherAdmin,
        )
      ).fieldDefinition,
    ).toBeNull();
    expect(
      errorCode(
        await update(mine.id, { entity: 'SUBJECT', key, label: 'Preso', type: 'TEXT' }, otherAdmin),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await graphql(platform.graphqlUrl, OPS.usage, { id: mine.id }, otherAdmin)),
    ).toBe('NOT_FOUND');
    const audit = await graphqlOk<{ auditEvents: { items: { entityId: string }[] } }>(
      platform.graphqlUrl,
      OPS.audit,
      { pp: 200 },
      otherAdmin,
    );
    expect(audit.auditEvents.items.map((e) => e.entityId)).not.toContain(mine.id);
  });
});
