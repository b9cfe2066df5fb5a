import { randomUUID } from 'node:crypto';
import {
  clientToken,
  createTestTenant,
  createTestUser,
  graphqlOk,
  issueToken,
  socialBenefitInput,
  startTestPlatform,
  testDatabase,
  withClient,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';
import {
  createDraftApplication,
  createReiFamily,
  type ReiFamily,
} from '../../src/fixtures/reiFamily';

/**
 * Every operation that returns personal data leaves ONE `read_audit` row per subgraph that
 * answered it (who, when, which records, which special-category fields), recorded with the
 * gateway's own request id, never the one the caller sent.
 */

interface Answer<T> {
  data: T;
  errors?: { extensions?: { code?: string } }[];
  /** The gateway's request id, echoed in `X-Request-Id`. */
  requestId: string;
}

interface AuditRow {
  tenant_id: string;
  request_id: string;
  correlation_id: string | null;
  operation: string | null;
  root_fields: string[];
  actor_kind: string;
  actor_id: string;
  actor: string;
  special_fields: string[];
  /** Record ids by type (each schema has the columns of its own types). */
  subject_ids: string[];
  household_ids: string[];
  rei_application_ids: string[];
  social_benefit_ids: string[];
  transmission_ids: string[];
}

const SCHEMAS = ['registry', 'rei', 'siuss'] as const;
type Schema = (typeof SCHEMAS)[number];

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('read audit', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let other: TestTenant;
  let token: string;
  const caseworker = { subjectId: randomUUID(), name: 'audit.operatore' };
  let family: ReiFamily;
  let subjectIds: string[];
  let applicationId: string;
  let benefitId: string;

  /** Posts `query` to the gateway with the caller's own `X-Request-Id`. */
  async function ask<T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { as?: string; callerRequestId?: string } = {},
  ): Promise<Answer<T>> {
    const response = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.as ?? token}`,
        'x-request-id': options.callerRequestId ?? `caller-${randomUUID()}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: Answer<T>['errors'] };
    return { ...body, requestId: response.headers.get('x-request-id') ?? '' };
  }

  /** The audit rows of a request in each subgraph, read as the schemas' owner. */
  async function rowsOf(requestId: string): Promise<Record<Schema, AuditRow[]>> {
    return withClient(testDatabase().ownerUrl, async (c) => {
      const rows = {} as Record<Schema, AuditRow[]>;
      for (const schema of SCHEMAS) {
        rows[schema] = (
          await c.query<AuditRow>(`select * from ${schema}.read_audit where request_id = $1`, [
            requestId,
          ])
        ).rows;
      }
      return rows;
    });
  }

  beforeAll(async () => {
    platform = await startTestPlatform();
    tenant = await createTestTenant('Comune Audit');
    other = await createTestTenant('Comune Altro');
    token = await issueToken({
      tenantId: tenant.id,
      kind: 'user',
      roles: ['CASEWORKER'],
      ...caseworker,
    });
    family = await createReiFamily(platform.graphqlUrl, token);
    applicationId = (await createDraftApplication(platform.graphqlUrl, token, family)).id;
    subjectIds = (
      await graphqlOk<{ household: { members: { subject: { id: string } }[] } }>(
        platform.graphqlUrl,
        'query($id: ID!) { household(id: $id) { members { subject { id } } } }',
        { id: family.householdId },
        token,
      )
    ).household.members.map((m) => m.subject.id);
    benefitId = (
      await graphqlOk<{ createSocialBenefit: { id: string } }>(
        platform.graphqlUrl,
        'mutation($i: SocialBenefitInput!) { createSocialBenefit(input: $i) { id } }',
        {
          i: socialBenefitInput({
            fiscalCode: family.fiscalCodes[0],
            lastName: family.lastName,
            firstName: 'Giulia',
            birthYear: 1978,
          }),
        },
        token,
      )
    ).createSocialBenefit.id;
  }, 120_000);
  afterAll(() => platform.close());

  it('subjects: one registry row with the page ids, the caller and the gateway request id', async () => {
    const callerRequestId = `caller-${randomUUID()}`;
    const answer = await ask<{ subjects: { items: { id: string }[] } }>(
      'query Page($ids: [ID!]) { subjects(filter: { ids: $ids }, perPage: 25) { items { id firstName lastName } } }',
      { ids: subjectIds },
      { callerRequestId },
    );
    expect(answer.data.subjects.items).toHaveLength(3);
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.requestId).not.toBe(callerRequestId);

    const rows = await rowsOf(answer.requestId);
    expect(rows.registry).toHaveLength(1);
    expect(rows.rei).toHaveLength(0);
    expect(rows.siuss).toHaveLength(0);
    const row = rows.registry[0]!;
    expect(sorted(row.subject_ids)).toEqual(sorted(subjectIds));
    expect(row.household_ids).toEqual([]);
    expect(row).toMatchObject({
      tenant_id: tenant.id,
      actor_kind: 'user',
      actor_id: caseworker.subjectId,
      actor: caseworker.name,
      correlation_id: callerRequestId,
      root_fields: ['subjects'],
      special_fields: [],
    });
    // The id the caller chose is recorded nowhere as a request id.
    const forged = await rowsOf(callerRequestId);
    expect(Object.values(forged).flat()).toEqual([]);
  });

  it('households: one row with the household, and ISEE listed when selected', async () => {
    const plain = await ask<unknown>(
      'query($id: ID!) { households(filter: { ids: [$id] }) { items { id } } }',
      { id: family.householdId },
    );
    const plainRows = (await rowsOf(plain.requestId)).registry;
    expect(plainRows).toHaveLength(1);
    expect(plainRows[0]!.household_ids).toEqual([family.householdId]);
    expect(plainRows[0]!.special_fields).toEqual([]);

    const withIsee = await ask<unknown>(
      `query($id: ID!) { households(filter: { ids: [$id] }) { items { id ...Economy } } }
       fragment Economy on Household { isee { isee isr } }`,
      { id: family.householdId },
    );
    const rows = (await rowsOf(withIsee.requestId)).registry;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.household_ids).toEqual([family.householdId]);
    expect(rows[0]!.special_fields).toEqual(['Household.isee']);
  });

  it('reiApplications: one rei row with the application, REI special fields when selected', async () => {
    const answer = await ask<{ reiApplications: { items: { id: string }[] } }>(
      `query($id: ID!) { reiApplications(filter: { ids: [$id] }) {
         items { id protocolNumber iseeUsed { isee } declarations { disabledMemberWithCarer } } } }`,
      { id: applicationId },
    );
    expect(answer.data.reiApplications.items.map((a) => a.id)).toEqual([applicationId]);
    const rows = await rowsOf(answer.requestId);
    expect(rows.rei).toHaveLength(1);
    expect(rows.rei[0]!.rei_application_ids).toEqual([applicationId]);
    expect(rows.rei[0]!.special_fields).toEqual([
      'ReiApplication.declarations',
      'ReiApplication.iseeUsed',
    ]);
    expect(rows.registry).toHaveLength(0);
  });

  it('socialBenefits: one siuss row with the record, SINA listed when selected', async () => {
    const answer = await ask<{ socialBenefits: { items: { id: string }[] } }>(
      `query($id: ID!) { socialBenefits(filter: { ids: [$id] }) { items { id fiscalCode sina { mobility } } } }`,
      { id: benefitId },
    );
    expect(answer.data.socialBenefits.items.map((b) => b.id)).toEqual([benefitId]);
    const rows = await rowsOf(answer.requestId);
    expect(rows.siuss).toHaveLength(1);
    expect(rows.siuss[0]!.social_benefit_ids).toEqual([benefitId]);
    expect(rows.siuss[0]!.special_fields).toEqual(['SocialBenefit.sina']);
    expect(rows.siuss[0]!.actor).toBe(caseworker.name);
  });

  it('a single read across subgraphs: one row in each subgraph that returned records', async () => {
    const answer = await ask<{
      subject: { reiApplications: { id: string }[]; socialBenefits: { id: string }[] };
    }>(
      `query Card($id: ID!) { subject(id: $id) {
         id fiscalCode households { id }
         reiApplications { id benefit { monthlyAmount } }
         socialBenefits { id serviceCode } } }`,
      { id: family.applicantId },
    );
    expect(answer.data.subject.reiApplications.map((a) => a.id)).toEqual([applicationId]);
    expect(answer.data.subject.socialBenefits.map((b) => b.id)).toEqual([benefitId]);
    const rows = await rowsOf(answer.requestId);
    expect(rows.registry).toHaveLength(1);
    expect(rows.registry[0]!.subject_ids).toEqual([family.applicantId]);
    expect(rows.registry[0]!.household_ids).toEqual([family.householdId]);
    expect(rows.registry[0]!.operation).toContain('Card');
    expect(rows.rei).toHaveLength(1);
    expect(rows.rei[0]!.rei_application_ids).toEqual([applicationId]);
    expect(rows.rei[0]!.root_fields).toEqual(['_entities']);
    expect(rows.rei[0]!.special_fields).toEqual(['ReiApplication.benefit']);
    expect(rows.siuss).toHaveLength(1);
    expect(rows.siuss[0]!.social_benefit_ids).toEqual([benefitId]);
    for (const row of [...rows.registry, ...rows.rei, ...rows.siuss])
      expect(row.request_id).toBe(answer.requestId);
  });

  it('a reference resolved for another subgraph is a read of the registry too', async () => {
    const answer = await ask<unknown>(
      'query($id: ID!) { reiApplication(id: $id) { id applicant { firstName lastName } household { isee { isee } } } }',
      { id: applicationId },
    );
    const rows = await rowsOf(answer.requestId);
    expect(rows.rei.map((r) => r.rei_application_ids)).toEqual([[applicationId]]);
    const registry = rows.registry.flatMap((r) => [...r.subject_ids, ...r.household_ids]);
    expect(sorted(registry)).toEqual(sorted([family.applicantId, family.householdId]));
    expect(rows.registry.flatMap((r) => r.special_fields)).toContain('Household.isee');
  });

  it('writes no row when nothing is returned: an empty page, a refused or failed read', async () => {
    const empty = await ask<{ subjects: { items: unknown[] } }>(
      'query($ids: [ID!]) { subjects(filter: { ids: $ids }) { items { id } } }',
      { ids: [randomUUID()] },
    );
    expect(empty.data.subjects.items).toEqual([]);
    expect(Object.values(await rowsOf(empty.requestId)).flat()).toEqual([]);

    // A client allowed the registry only: the subject is read (one row), REI is refused (none).
    const client = await clientToken(tenant.id, ['registry:read']);
    const partial = await ask<{ subject: { id: string } | null }>(
      'query($id: ID!) { subject(id: $id) { id reiApplications { id } } }',
      { id: family.applicantId },
      { as: client },
    );
    expect(partial.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = await rowsOf(partial.requestId);
    expect(rows.registry).toHaveLength(1);
    expect(rows.registry[0]!.actor_kind).toBe('client');
    expect(rows.rei).toHaveLength(0);

    const refused = await ask<unknown>(
      'query { reiApplications { items { id } } }',
      {},
      { as: client },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(Object.values(await rowsOf(refused.requestId)).flat()).toEqual([]);
  });

  it('keeps the per-subject access log of single reads', async () => {
    const admin = await issueToken({ tenantId: tenant.id, roles: ['TENANT_ADMIN'] });
    await ask('query($id: ID!) { subject(id: $id) { id } }', { id: subjectIds[1] });
    const { subjectAccessLog } = await graphqlOk<{
      subjectAccessLog: { items: { via: string; actor: string }[] };
    }>(
      platform.graphqlUrl,
      'query($id: ID) { subjectAccessLog(filter: { subjectId: $id }) { items { via actor } } }',
      { id: subjectIds[1] },
      admin,
    );
    expect(subjectAccessLog.items).toContainEqual({ via: 'subject', actor: caseworker.name });
  });

  it("a mutation's answer is a read too", async () => {
    const answer = await ask<{ createSubject: { id: string } }>(
      'mutation($i: SubjectInput!) { createSubject(input: $i) { id customFields } }',
      {
        i: {
          fiscalCode: 'RSSMRA80A01F205X',
          firstName: 'Mario',
          lastName: 'Rossi',
          sex: 'M',
          birthDate: '1980-01-01',
          birthPlaceCode: 'F205',
        },
      },
    );
    const rows = (await rowsOf(answer.requestId)).registry;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject_ids: [answer.data.createSubject.id],
      root_fields: ['createSubject'],
      special_fields: ['Subject.customFields'],
    });
  });

  it('a subgraph called directly keeps only a well-formed request id', async () => {
    const read = (requestId: string) =>
      fetch(`${platform.subgraphUrls.registry}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-request-id': requestId,
        },
        body: JSON.stringify({
          query: 'query($id: ID!) { subject(id: $id) { id } }',
          variables: { id: family.applicantId },
        }),
      }).then((r) => r.json() as Promise<{ data?: { subject: { id: string } }; errors?: unknown }>);
    const since = new Date();
    const oversized = await read(`forged-${'x'.repeat(300)}`);
    expect(oversized.errors).toBeUndefined();
    expect(oversized.data?.subject.id).toBe(family.applicantId);
    const wellFormed = `direct-${randomUUID()}`;
    await read(wellFormed);
    const ids = await withClient(testDatabase().ownerUrl, async (c) =>
      (
        await c.query<{ request_id: string }>(
          'select request_id from registry.read_audit where tenant_id = $1 and at >= $2 order by id',
          [tenant.id, since],
        )
      ).rows.map((r) => r.request_id),
    );
    expect(ids).toHaveLength(2);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(ids[1]).toBe(wellFormed);
  });

  it('each tenant sees only its own audit rows, and no service can change or delete one', async () => {
    const answer = await ask('query($id: ID!) { subject(id: $id) { id } }', {
      id: family.applicantId,
    });
    const visibleTo = (tenantId: string) =>
      withClient(testDatabase().serviceUrls.registry!, async (c) => {
        await c.query('begin');
        await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        const { rows } = await c.query<{ n: number }>(
          'select count(*)::int as n from registry.read_audit where request_id = $1',
          [answer.requestId],
        );
        await c.query('rollback');
        return rows[0]!.n;
      });
    expect(await visibleTo(tenant.id)).toBe(1);
    expect(await visibleTo(other.id)).toBe(0);

    // The registry's own role, in the rows' tenant: neither log can be rewritten or erased.
    const changed = await withClient(testDatabase().serviceUrls.registry!, async (c) => {
      await c.query('begin');
      await c.query(`select set_config('app.tenant_id', $1, true)`, [tenant.id]);
      const counts = [
        (
          await c.query(`update registry.read_audit set actor = 'nessuno' where request_id = $1`, [
            answer.requestId,
          ])
        ).rowCount,
        (await c.query('delete from registry.read_audit where request_id = $1', [answer.requestId]))
          .rowCount,
        (
          await c.query(
            `update registry.subject_access set actor = 'nessuno' where request_id = $1`,
            [answer.requestId],
          )
        ).rowCount,
        (
          await c.query('delete from registry.subject_access where request_id = $1', [
            answer.requestId,
          ])
        ).rowCount,
      ];
      await c.query('commit');
      return counts;
    });
    expect(changed).toEqual([0, 0, 0, 0]);
    expect(await visibleTo(tenant.id)).toBe(1);
  });

  it('a file download is a read: the INPS export and a SIUSS transmission file', async () => {
    const download = async (url: string) => {
      const response = await fetch(`${platform.gatewayUrl}${url}`, {
        headers: { authorization: `Bearer ${token}`, 'x-request-id': `caller-${randomUUID()}` },
      });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      return response.headers.get('x-request-id')!;
    };
    const checked = await ask<{ runMunicipalChecks: { status: string } }>(
      'mutation($id: ID!) { runMunicipalChecks(id: $id) { status } }',
      { id: applicationId },
    );
    expect(checked.data.runMunicipalChecks.status).toBe('CHECKS_PASSED');
    const sent = await ask<{ sendToInps: { url: string } }>(
      'mutation($ids: [ID!]!) { sendToInps(ids: $ids) { url } }',
      { ids: [applicationId] },
    );
    const exportRequest = await download(sent.data.sendToInps.url);
    const exportRows = (await rowsOf(exportRequest)).rei;
    expect(exportRows).toHaveLength(1);
    expect(exportRows[0]).toMatchObject({
      rei_application_ids: [applicationId],
      root_fields: ['GET /files/rei/exports'],
      actor: caseworker.name,
    });

    const transmitted = await ask<{ createTransmission: { id: string; files: { url: string }[] } }>(
      'mutation { createTransmission(input: { operatorFiscalCode: "RSSMRA80A01F205X" }) { id files { url } } }',
    );
    expect(transmitted.errors).toBeUndefined();
    const fileRequest = await download(transmitted.data.createTransmission.files[0]!.url);
    const fileRows = (await rowsOf(fileRequest)).siuss;
    expect(fileRows).toHaveLength(1);
    expect(fileRows[0]!.transmission_ids).toEqual([transmitted.data.createTransmission.id]);
    expect(fileRows[0]!.special_fields).toContain('SocialBenefit.sina');
  });

  it("the tenant's admins read each service's log; a caseworker and another tenant cannot", async () => {
    const answer = await ask<unknown>(
      'query Card($id: ID!) { subject(id: $id) { id reiApplications { id declarations { pregnancy } } } }',
      { id: family.applicantId },
    );
    const LOG = `query($f: ReadAuditFilter) {
      registryReadAuditLog(filter: $f) { total items { service requestId actor actorKind rootFields records { type ids } specialFields } }
      reiReadAuditLog(filter: $f) { total items { service records { type ids } specialFields } }
      siussReadAuditLog(filter: $f) { total }
    }`;
    type Log = {
      registryReadAuditLog: { total: number; items: Record<string, unknown>[] };
      reiReadAuditLog: { total: number; items: Record<string, unknown>[] };
      siussReadAuditLog: { total: number };
    };
    const admin = await issueToken({ tenantId: tenant.id, roles: ['TENANT_ADMIN'] });
    const log = await graphqlOk<Log>(
      platform.graphqlUrl,
      LOG,
      { f: { requestId: answer.requestId } },
      admin,
    );
    expect(log.registryReadAuditLog).toEqual({
      total: 1,
      items: [
        {
          service: 'registry',
          requestId: answer.requestId,
          actor: caseworker.name,
          actorKind: 'user',
          rootFields: ['subject'],
          records: [{ type: 'Subject', ids: [family.applicantId] }],
          specialFields: [],
        },
      ],
    });
    expect(log.reiReadAuditLog.items).toEqual([
      {
        service: 'rei',
        records: [{ type: 'ReiApplication', ids: [applicationId] }],
        specialFields: ['ReiApplication.declarations'],
      },
    ]);
    expect(log.siussReadAuditLog.total).toBe(0);
    // Who read this subject, across every operation (lists included).
    const bySubject = await graphqlOk<Log>(
      platform.graphqlUrl,
      LOG,
      { f: { recordId: family.applicantId } },
      admin,
    );
    expect(bySubject.registryReadAuditLog.total).toBeGreaterThanOrEqual(4);

    const refused = await ask<unknown>(LOG, { f: { requestId: answer.requestId } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherAdmin = await issueToken({ tenantId: other.id, roles: ['TENANT_ADMIN'] });
    const elsewhere = await graphqlOk<Log>(
      platform.graphqlUrl,
      LOG,
      { f: { requestId: answer.requestId } },
      otherAdmin,
    );
    expect(elsewhere.registryReadAuditLog.total).toBe(0);
    expect(elsewhere.reiReadAuditLog.total).toBe(0);
  });

  it('switchTenant leaves an event in the tenant entered and in the platform history', async () => {
    const admin = await createTestUser(null, ['PLATFORM_ADMIN']);
    const { login } = await graphqlOk<{ login: { token: string } }>(
      platform.graphqlUrl,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: admin.username, p: admin.password },
    );
    const switched = await ask<{ switchTenant: { token: string } }>(
      'mutation($t: ID!) { switchTenant(tenantId: $t) { token } }',
      { t: other.id },
      { as: login.token },
    );
    expect(switched.errors).toBeUndefined();

    const events = `query { auditEvents(filter: { action: SWITCH_TENANT }) { items { actor entity entityId changes } } }`;
    type Events = {
      auditEvents: { items: { actor: string; entityId: string; changes: { requestId: string } }[] };
    };
    const tenantAdmin = await issueToken({ tenantId: other.id, roles: ['TENANT_ADMIN'] });
    const inTenant = await graphqlOk<Events>(platform.graphqlUrl, events, {}, tenantAdmin);
    expect(inTenant.auditEvents.items).toEqual([
      expect.objectContaining({
        actor: admin.username,
        entityId: other.id,
        changes: expect.objectContaining({ requestId: switched.requestId, to: other.id }),
      }),
    ]);
    const inPlatform = await graphqlOk<Events>(platform.graphqlUrl, events, {}, login.token);
    expect(inPlatform.auditEvents.items.map((e) => e.changes.requestId)).toContain(
      switched.requestId,
    );
    // The first tenant's admins see nothing of it.
    const firstAdmin = await issueToken({ tenantId: tenant.id, roles: ['TENANT_ADMIN'] });
    const inFirst = await graphqlOk<Events>(platform.graphqlUrl, events, {}, firstAdmin);
    expect(inFirst.auditEvents.items).toEqual([]);
  });
});
