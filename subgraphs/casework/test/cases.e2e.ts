import {
  apiAs,
  clientToken,
  createTestTenant,
  errorCode,
  startTestPlatform,
  testDatabase,
  userToken,
  withClient,
  type Api,
  type TestPlatform,
} from '@sisa/testing';
import type { Role } from '@sisa/kernel';
import { dayInItaly, newSubject, staff, type Staff } from './support/world';

const CASE = `id number access status openedAt closedAt closureReason version areas
  subject { id } household { id } responsible { id fullName fiscalCode }
  team { user { id } role since until } problems { id scope code member { id } } resources { id code }
  referral { id status }`;
const OPEN = `mutation O($i: OpenSocialCaseInput!) { openSocialCase(input: $i) { ${CASE} } }`;
const GET = `query G($id: ID!) { socialCase(id: $id) { ${CASE} } }`;
const LIST = `query L($f: SocialCaseFilter) { socialCases(filter: $f) { total items { id number access areas } } }`;
const TEAM = `mutation T($id: ID!, $m: [CaseTeamMemberInput!]!, $v: Int!) { setCaseTeam(id: $id, members: $m, expectedVersion: $v) { ${CASE} } }`;
const UPDATE = `mutation U($id: ID!, $i: SocialCaseUpdateInput!, $v: Int!) { updateSocialCase(id: $id, input: $i, expectedVersion: $v) { ${CASE} } }`;
const CLOSE = `mutation C($id: ID!, $d: Date!, $r: String!, $v: Int!) { closeSocialCase(id: $id, closedAt: $d, reason: $r, expectedVersion: $v) { ${CASE} } }`;
const REOPEN = `mutation R($id: ID!, $v: Int!) { reopenSocialCase(id: $id, expectedVersion: $v) { id status version } }`;
const SUSPEND = `mutation S($id: ID!, $v: Int!) { suspendSocialCase(id: $id, expectedVersion: $v) { id status version } }`;
const PROBLEM = `mutation P($c: ID!, $i: CaseProblemInput!) { saveCaseProblem(caseId: $c, input: $i) { id scope code member { id } } }`;
const ENTRY = `id occurredAt kind text confidentiality signedAt participants author { id } amends { id }`;
const WRITE = `mutation W($c: ID!, $i: DiaryEntryInput!) { writeDiaryEntry(caseId: $c, input: $i) { ${ENTRY} } }`;
const EDIT = `mutation E($id: ID!, $i: DiaryEntryUpdateInput!) { updateDiaryEntry(id: $id, input: $i) { ${ENTRY} } }`;
const SIGN = `mutation S($id: ID!) { signDiaryEntry(id: $id) { ${ENTRY} } }`;
const AMEND = `mutation A($id: ID!, $i: DiaryEntryInput!) { amendDiaryEntry(id: $id, input: $i) { ${ENTRY} } }`;
const DIARY = `query D($id: ID!, $f: DiaryFilter) { socialCase(id: $id) { access diary(filter: $f) { total items { ${ENTRY} } } } }`;
const ACCESS_LOG = `query A($id: ID!) { caseAccessLog(caseId: $id) { total items { actor operation rootFields specialFields } } }`;
const SUBJECT_CASES = `query S($id: ID!) { subject(id: $id) { id socialCases { id number access } } }`;

type Case = {
  id: string;
  number: string;
  access: string;
  status: string;
  version: number;
  areas: string[];
  responsible: { id: string; fullName: string; fiscalCode: string | null };
  team: { user: { id: string }; role: string; since: string; until: string | null }[];
  problems: { id: string; scope: string; code: string; member: { id: string } | null }[];
  household: { id: string } | null;
  referral: { id: string; status: string } | null;
  closureReason: string | null;
};
type Entry = {
  id: string;
  text: string;
  signedAt: string | null;
  confidentiality: string;
  amends: { id: string } | null;
};

function fieldsOf(result: { errors?: { extensions?: Record<string, unknown> }[] }): string[] {
  const errors = (result.errors?.[0]?.extensions?.fieldErrors ?? []) as { field: string }[];
  return errors.map((e) => e.field);
}

const daysAgo = (n: number) => dayInItaly(-n);
const yesterday = () => daysAgo(1);
const entry = (over: Record<string, unknown> = {}) => ({
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  kind: 'COLLOQUIO',
  text: 'Colloquio con la madre sulla frequenza scolastica del figlio.',
  participants: ['Madre', 'Assistente sociale'],
  ...over,
});

describe('Cartella sociale: presa in carico, équipe, diario, chi vede che cosa', () => {
  let platform: TestPlatform;
  let url: string;
  let tenantA: string;
  let admin: Api;
  let anna: { id: string; api: Api }; // responsible
  let bruno: { id: string; api: Api }; // team member
  let carla: { id: string; api: Api }; // caseworker not on the team
  let sara: { id: string; api: Api }; // supervisor
  let viewer: Api;
  let reader: Api;
  let otherTenant: Api;
  let subjectId: string;
  let otherSubjectId: string;
  let householdId: string;
  let memberId: string;

  const person = (roles: Role[]): Promise<Staff> => staff(url, tenantA, roles);

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'casework']);
    url = platform.graphqlUrl;
    tenantA = (await createTestTenant('Comune A cartelle')).id;
    const tenantB = (await createTestTenant('Comune B cartelle')).id;
    admin = apiAs(url, await userToken(tenantA, ['TENANT_ADMIN']));
    anna = await person(['CASEWORKER']);
    bruno = await person(['CASEWORKER']);
    carla = await person(['CASEWORKER']);
    sara = await person(['CASE_SUPERVISOR']);
    viewer = apiAs(url, await userToken(tenantA, ['VIEWER']));
    reader = apiAs(url, await clientToken(tenantA, ['casework:read']));
    otherTenant = apiAs(url, await userToken(tenantB, ['CASEWORKER']));
    subjectId = await newSubject(anna.api, 'Mario', '1980-01-01');
    memberId = await newSubject(anna.api, 'Luca', '2012-05-04');
    otherSubjectId = await newSubject(anna.api, 'Gianni', '1975-03-02');
    const { createHousehold } = await anna.api.ok<{ createHousehold: { id: string } }>(
      `mutation H($i: HouseholdInput!) { createHousehold(input: $i) { id } }`,
      {
        i: {
          members: [
            { subjectId, relationship: '1', since: '2020-01-01' },
            { subjectId: memberId, relationship: '3', since: '2020-01-01' },
          ],
        },
      },
    );
    householdId = createHousehold.id;
  }, 120_000);
  afterAll(() => platform?.close());

  let caseId: string;

  it('opens a case from a referral: number per year, responsible, équipe, household, and one per person', async () => {
    const { createReferral } = await carla.api.ok<{ createReferral: { id: string } }>(
      `mutation C($i: ReferralInput!) { createReferral(input: $i) { id } }`,
      {
        i: {
          source: 'SCUOLA',
          urgency: 'HIGH',
          subjectId,
          description: 'Assenze ripetute del figlio.',
          receivedAt: `${daysAgo(3)}T10:00:00Z`,
        },
      },
    );
    // Not taken in charge before it was reported.
    const early = await bruno.api.call(OPEN, {
      i: {
        subjectId,
        responsibleId: anna.id,
        openedAt: daysAgo(4),
        areas: ['MINORI_FAMIGLIA'],
        referralId: createReferral.id,
      },
    });
    expect(fieldsOf(early)).toEqual(['input.openedAt']);
    const { openSocialCase } = await bruno.api.ok<{ openSocialCase: Case }>(OPEN, {
      i: {
        subjectId,
        householdId,
        responsibleId: anna.id,
        openedAt: yesterday(),
        areas: ['MINORI_FAMIGLIA'],
        referralId: createReferral.id,
      },
    });
    caseId = openSocialCase.id;
    expect(openSocialCase.number).toMatch(new RegExp(`^CS/${yesterday().slice(0, 4)}/\\d{6}$`));
    expect(openSocialCase).toMatchObject({
      status: 'OPEN',
      access: 'CONTENT',
      areas: ['MINORI_FAMIGLIA'],
      household: { id: householdId },
      referral: { id: createReferral.id, status: 'ACCEPTED' },
      responsible: { id: anna.id, fullName: 'Utente di Prova', fiscalCode: null },
    });
    // The responsible leads; who opened it joins the équipe.
    expect(openSocialCase.team.map((m) => [m.user.id, m.role])).toEqual([
      [anna.id, 'RESPONSIBLE'],
      [bruno.id, 'MEMBER'],
    ]);
    const second = await sara.api.call(OPEN, {
      i: { subjectId, responsibleId: sara.id, openedAt: yesterday(), areas: ['ANZIANI'] },
    });
    expect(fieldsOf(second)).toEqual(['input.subjectId']);
    expect(JSON.stringify(second.errors)).toContain(openSocialCase.number);
  });

  it('opens one case per person even when two openings race', async () => {
    const person = await newSubject(anna.api, 'Piero', '1966-06-06');
    const open = () =>
      anna.api.call<{ openSocialCase: Case }>(OPEN, {
        i: { subjectId: person, responsibleId: anna.id, openedAt: yesterday(), areas: ['ANZIANI'] },
      });
    const results = await Promise.all([open(), open(), open()]);
    expect(results.filter((r) => r.data?.openSocialCase).length).toBe(1);
    for (const r of results.filter((r) => !r.data?.openSocialCase))
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(errorCode(r));
    const { socialCases } = await sara.api.ok<{ socialCases: { total: number } }>(LIST, {
      f: { subjectId: person },
    });
    expect(socialCases.total).toBe(1);
  });

  it('refuses a bad opening with every field error and opens nothing', async () => {
    const result = await anna.api.call(OPEN, {
      i: {
        subjectId: otherSubjectId,
        householdId,
        responsibleId: '00000000-0000-4000-8000-000000000000',
        openedAt: '2999-01-01',
        areas: ['SPAZIALE'],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result).sort()).toEqual(
      ['input.areas[0]', 'input.householdId', 'input.openedAt', 'input.responsibleId'].sort(),
    );
    const cases = await sara.api.ok<{ socialCases: { total: number } }>(LIST, {
      f: { subjectId: otherSubjectId },
    });
    expect(cases.socialCases.total).toBe(0);
    // A viewer or an administrator does not take anyone in charge.
    for (const who of [viewer, admin])
      expect(
        errorCode(
          await who.call(OPEN, {
            i: {
              subjectId: otherSubjectId,
              responsibleId: anna.id,
              openedAt: yesterday(),
              areas: ['ANZIANI'],
            },
          }),
        ),
      ).toBe('FORBIDDEN');
  });

  it('shows a caseworker off the équipe only that the case exists; supervisors all; admins existence; clients metadata', async () => {
    const seen = async (api: Api) =>
      (await api.ok<{ socialCase: Case }>(GET, { id: caseId })).socialCase;
    expect((await seen(carla.api)).access).toBe('EXISTENCE');
    expect(await seen(carla.api)).toMatchObject({
      areas: [],
      team: [],
      household: null,
      referral: null,
      responsible: { id: anna.id },
    });
    expect((await seen(sara.api)).access).toBe('CONTENT');
    expect((await seen(admin)).access).toBe('EXISTENCE');
    expect(await seen(reader)).toMatchObject({ access: 'METADATA', areas: ['MINORI_FAMIGLIA'] });
    expect(errorCode(await viewer.call(GET, { id: caseId }))).toBe('FORBIDDEN');
    // Through the registry: the person's cases, as each may see them.
    const viaSubject = await carla.api.ok<{ subject: { socialCases: { access: string }[] } }>(
      SUBJECT_CASES,
      { id: subjectId },
    );
    expect(viaSubject.subject.socialCases.map((c) => c.access)).toEqual(['EXISTENCE']);
    const mine = await bruno.api.ok<{ socialCases: { items: { id: string }[] } }>(LIST, {
      f: { mine: true },
    });
    expect(mine.socialCases.items.map((c) => c.id)).toEqual([caseId]);
    expect(
      (await carla.api.ok<{ socialCases: { total: number } }>(LIST, { f: { mine: true } }))
        .socialCases.total,
    ).toBe(0);
  });

  it('keeps the diary: drafts to their author, signed entries immutable, amendments, restricted entries, search', async () => {
    const { writeDiaryEntry: draft } = await bruno.api.ok<{ writeDiaryEntry: Entry }>(WRITE, {
      c: caseId,
      i: entry(),
    });
    expect(draft.signedAt).toBeNull();
    // Only its author sees and changes a draft.
    expect(
      (await anna.api.ok<{ socialCase: { diary: { total: number } } }>(DIARY, { id: caseId }))
        .socialCase.diary.total,
    ).toBe(0);
    expect(errorCode(await anna.api.call(SIGN, { id: draft.id }))).toBe('NOT_FOUND');
    await bruno.api.ok(EDIT, {
      id: draft.id,
      i: entry({ text: 'Visita a casa: la madre riferisce difficoltà con gli orari.' }),
    });
    // A restricted draft stays restricted when a change does not name it; only what is named changes.
    const { writeDiaryEntry: restrictedDraft } = await bruno.api.ok<{ writeDiaryEntry: Entry }>(
      WRITE,
      {
        c: caseId,
        i: entry({ confidentiality: 'RESTRICTED', text: 'Riferisce violenza in famiglia.' }),
      },
    );
    const { updateDiaryEntry: kept } = await bruno.api.ok<{
      updateDiaryEntry: Entry & { confidentiality: string; text: string; kind: string };
    }>(EDIT, { id: restrictedDraft.id, i: { text: 'Riferisce violenza in famiglia da mesi.' } });
    expect(kept).toMatchObject({
      confidentiality: 'RESTRICTED',
      text: 'Riferisce violenza in famiglia da mesi.',
      kind: 'COLLOQUIO',
    });
    const cleared = await bruno.api.call(EDIT, { id: restrictedDraft.id, i: { text: null } });
    expect(errorCode(cleared)).toBe('BAD_USER_INPUT');
    expect(
      (cleared.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((e) => e.field),
    ).toEqual(['input.text']);
    const { signDiaryEntry: signed } = await bruno.api.ok<{ signDiaryEntry: Entry }>(SIGN, {
      id: draft.id,
    });
    expect(signed.signedAt).not.toBeNull();
    // Signed: no one changes it, not even its author, nor the database's own service role.
    expect(errorCode(await bruno.api.call(EDIT, { id: draft.id, i: entry() }))).toBe('FORBIDDEN');
    expect(errorCode(await bruno.api.call(SIGN, { id: draft.id }))).toBe('FORBIDDEN');
    await withClient(testDatabase().serviceUrls.casework!, async (client) => {
      await client.query('begin');
      await client.query("select set_config('app.tenant_id', $1, true)", [tenantA]);
      await expect(
        client.query(`update casework.diary_entry set text = 'x' where id = $1`, [draft.id]),
      ).rejects.toThrow(/firmata/);
      await client.query('rollback');
    });
    const { amendDiaryEntry: amendment } = await anna.api.ok<{ amendDiaryEntry: Entry }>(AMEND, {
      id: draft.id,
      i: entry({
        text: 'Rettifica: la visita era domiciliare, non un colloquio.',
        kind: 'VISITA_DOMICILIARE',
      }),
    });
    expect(amendment.amends).toEqual({ id: draft.id });
    await anna.api.ok(SIGN, { id: amendment.id });
    // A restricted entry: its author, the responsible and supervisors read it; the rest of the équipe does not.
    const { writeDiaryEntry: secret } = await bruno.api.ok<{ writeDiaryEntry: Entry }>(WRITE, {
      c: caseId,
      i: entry({
        text: 'Sospetto maltrattamento riferito dalla maestra.',
        confidentiality: 'RESTRICTED',
      }),
    });
    await bruno.api.ok(SIGN, { id: secret.id });
    const texts = async (api: Api, f?: Record<string, unknown>) =>
      (
        await api.ok<{ socialCase: { diary: { items: Entry[] } } }>(DIARY, { id: caseId, f })
      ).socialCase.diary.items.map((e) => e.id);
    expect(await texts(anna.api)).toEqual(
      expect.arrayContaining([draft.id, amendment.id, secret.id]),
    );
    expect(await texts(sara.api)).toContain(secret.id);
    const dario = await person(['CASEWORKER']);
    const { socialCase } = await anna.api.ok<{ socialCase: Case }>(GET, { id: caseId });
    await anna.api.ok(TEAM, {
      id: caseId,
      v: socialCase.version,
      m: [
        ...socialCase.team.map((t) => ({
          userId: t.user.id,
          role: t.role,
          since: t.since,
          until: t.until,
        })),
        { userId: dario.id, role: 'CONSULTANT', since: yesterday() },
      ],
    });
    expect(await texts(dario.api)).toEqual(expect.arrayContaining([draft.id, amendment.id]));
    expect(await texts(dario.api)).not.toContain(secret.id);
    // Out of the équipe, no diary at all; search finds Italian stems.
    expect(await texts(carla.api)).toEqual([]);
    expect(await texts(anna.api, { q: 'visite colloqui' })).toEqual([amendment.id]);
    expect(await texts(anna.api, { q: 'maltrattamenti' })).toEqual([secret.id]);
    expect(errorCode(await anna.api.call(DIARY, { id: caseId, f: { q: 'x'.repeat(201) } }))).toBe(
      'BAD_USER_INPUT',
    );
    // Bad entries: every field error.
    const bad = await bruno.api.call(WRITE, {
      c: caseId,
      i: entry({
        kind: 'SEDUTA_SPIRITICA',
        text: ' ',
        occurredAt: '2999-01-01T10:00:00Z',
        participants: Array(51).fill('x'),
      }),
    });
    expect(fieldsOf(bad).sort()).toEqual([
      'input.kind',
      'input.occurredAt',
      'input.participants',
      'input.text',
    ]);
    expect(errorCode(await carla.api.call(WRITE, { c: caseId, i: entry() }))).toBe('FORBIDDEN');
  });

  it('ends access at once for who leaves the équipe', async () => {
    const { socialCase } = await anna.api.ok<{ socialCase: Case }>(GET, { id: caseId });
    expect((await bruno.api.ok<{ socialCase: Case }>(GET, { id: caseId })).socialCase.access).toBe(
      'CONTENT',
    );
    const team = socialCase.team.map((t) => ({
      userId: t.user.id,
      role: t.role,
      since: t.since,
      until: t.user.id === bruno.id ? yesterday() : t.until,
    }));
    await anna.api.ok(TEAM, { id: caseId, v: socialCase.version, m: team });
    expect((await bruno.api.ok<{ socialCase: Case }>(GET, { id: caseId })).socialCase.access).toBe(
      'EXISTENCE',
    );
    expect(
      (await bruno.api.ok<{ socialCase: { diary: { total: number } } }>(DIARY, { id: caseId }))
        .socialCase.diary.total,
    ).toBe(0);
    expect(errorCode(await bruno.api.call(WRITE, { c: caseId, i: entry() }))).toBe('FORBIDDEN');
  });

  it('directs the case: team rules, stale versions, problems by scope, suspension, closure, reopening, history', async () => {
    let { socialCase } = await anna.api.ok<{ socialCase: Case }>(GET, { id: caseId });
    // Only the responsible or a supervisor sets the équipe; two responsibles at once are refused.
    expect(
      errorCode(await carla.api.call(TEAM, { id: caseId, v: socialCase.version, m: [] })),
    ).toBe('FORBIDDEN');
    const twoLeads = await sara.api.call(TEAM, {
      id: caseId,
      v: socialCase.version,
      m: [
        { userId: anna.id, role: 'RESPONSIBLE', since: yesterday() },
        { userId: sara.id, role: 'RESPONSIBLE', since: yesterday() },
      ],
    });
    expect(fieldsOf(twoLeads)).toEqual(['members[1].role']);
    const stranger = await sara.api.call(TEAM, {
      id: caseId,
      v: socialCase.version,
      m: [
        { userId: '00000000-0000-4000-8000-000000000000', role: 'RESPONSIBLE', since: yesterday() },
      ],
    });
    expect(fieldsOf(stranger)).toEqual(['members[0].userId']);
    // Writes name a version: a stale one is a conflict, and changes only what they name.
    const updated = await anna.api.ok<{ updateSocialCase: Case }>(UPDATE, {
      id: caseId,
      v: socialCase.version,
      i: { areas: ['MINORI_FAMIGLIA', 'ADULTI_DISAGIO'] },
    });
    expect(updated.updateSocialCase).toMatchObject({
      areas: ['MINORI_FAMIGLIA', 'ADULTI_DISAGIO'],
      household: { id: householdId },
    });
    expect(
      errorCode(
        await anna.api.call(UPDATE, {
          id: caseId,
          v: socialCase.version,
          i: { areas: ['ANZIANI'] },
        }),
      ),
    ).toBe('CONFLICT');
    // Problems: a member of the case's household for the MEMBER scope, codes from the list.
    const member = await anna.api.ok<{ saveCaseProblem: Case['problems'][number] }>(PROBLEM, {
      c: caseId,
      i: { scope: 'MEMBER', memberId, code: 'SCOLASTICA', since: '2026-01-01' },
    });
    expect(member.saveCaseProblem).toMatchObject({ scope: 'MEMBER', member: { id: memberId } });
    const wrong = await anna.api.call(PROBLEM, {
      c: caseId,
      i: { scope: 'MEMBER', memberId: otherSubjectId, code: 'NON_ESISTE' },
    });
    expect(fieldsOf(wrong).sort()).toEqual(['input.code', 'input.memberId']);
    // Suspend, close with a reason, reopen; a closed case takes no diary.
    ({ socialCase } = await anna.api.ok<{ socialCase: Case }>(GET, { id: caseId }));
    const suspended = await anna.api.ok<{ suspendSocialCase: Case }>(SUSPEND, {
      id: caseId,
      v: socialCase.version,
    });
    expect(suspended.suspendSocialCase.status).toBe('SUSPENDED');
    expect(
      fieldsOf(
        await anna.api.call(CLOSE, {
          id: caseId,
          d: yesterday(),
          r: ' ',
          v: suspended.suspendSocialCase.version,
        }),
      ),
    ).toEqual(['reason']);
    expect(
      errorCode(
        await carla.api.call(CLOSE, {
          id: caseId,
          d: yesterday(),
          r: 'x',
          v: suspended.suspendSocialCase.version,
        }),
      ),
    ).toBe('FORBIDDEN');
    const closed = await anna.api.ok<{ closeSocialCase: Case }>(CLOSE, {
      id: caseId,
      d: new Date().toISOString().slice(0, 10),
      r: 'Obiettivi raggiunti',
      v: suspended.suspendSocialCase.version,
    });
    expect(closed.closeSocialCase).toMatchObject({
      status: 'CLOSED',
      closureReason: 'Obiettivi raggiunti',
    });
    expect(fieldsOf(await anna.api.call(WRITE, { c: caseId, i: entry() }))).toEqual(['caseId']);
    const reopened = await sara.api.ok<{ reopenSocialCase: Case }>(REOPEN, {
      id: caseId,
      v: closed.closeSocialCase.version,
    });
    expect(reopened.reopenSocialCase.status).toBe('OPEN');
    const { socialCase: withHistory } = await sara.api.ok<{
      socialCase: { history: { action: string; by: string }[] };
    }>(`query H($id: ID!) { socialCase(id: $id) { history { action by } } }`, { id: caseId });
    expect(withHistory.history.map((h) => h.action)).toEqual(
      expect.arrayContaining([
        'OPENED',
        'TEAM_SET',
        'UPDATED',
        'PROBLEM_SAVED',
        'SUSPENDED',
        'CLOSED',
        'REOPENED',
      ]),
    );
  });

  it('changes only what a problem’s update names', async () => {
    const SAVE = `mutation P($c: ID!, $i: CaseProblemInput!) { saveCaseProblem(caseId: $c, input: $i) { id code description since resolvedAt } }`;
    type Problem = {
      id: string;
      code: string;
      description: string | null;
      since: string | null;
      resolvedAt: string | null;
    };
    const { saveCaseProblem: created } = await anna.api.ok<{ saveCaseProblem: Problem }>(SAVE, {
      c: caseId,
      i: {
        scope: 'HOUSEHOLD',
        code: 'ABITATIVA',
        description: 'Sfratto annunciato',
        since: '2026-01-10',
      },
    });
    const { saveCaseProblem: resolved } = await anna.api.ok<{ saveCaseProblem: Problem }>(SAVE, {
      c: caseId,
      i: { id: created.id, scope: 'HOUSEHOLD', code: 'ABITATIVA', resolvedAt: '2026-02-01' },
    });
    expect(resolved).toEqual({ ...created, resolvedAt: '2026-02-01' });
    const { saveCaseProblem: cleared } = await anna.api.ok<{ saveCaseProblem: Problem }>(SAVE, {
      c: caseId,
      i: { id: created.id, scope: 'HOUSEHOLD', code: 'ABITATIVA', description: null },
    });
    expect(cleared).toEqual({ ...resolved, description: null });
  });

  it('lists who read the case’s content, to its responsible, supervisors and admins only', async () => {
    await sara.api.ok(DIARY, { id: caseId });
    const log = await anna.api.ok<{
      caseAccessLog: {
        total: number;
        items: { operation: string | null; rootFields: string[]; specialFields: string[] }[];
      };
    }>(ACCESS_LOG, { id: caseId });
    // The caller's own operation name, not the gateway's plan's.
    expect(log.caseAccessLog.items[0]!.operation).toBe(/^query (\w+)/.exec(DIARY)![1]);
    expect(log.caseAccessLog.total).toBeGreaterThan(3);
    expect(log.caseAccessLog.items.some((i) => i.specialFields.includes('SocialCase.diary'))).toBe(
      true,
    );
    expect(
      (await admin.ok<{ caseAccessLog: { total: number } }>(ACCESS_LOG, { id: caseId }))
        .caseAccessLog.total,
    ).toBeGreaterThan(0);
    expect(errorCode(await carla.api.call(ACCESS_LOG, { id: caseId }))).toBe('FORBIDDEN');
    expect(errorCode(await reader.call(ACCESS_LOG, { id: caseId }))).toBe('FORBIDDEN');
  });

  it('measures cases and referrals for the dashboard: counts by responsible and area, medians of days', async () => {
    const PREVIEW = `query P($i: IndicatorInput!) { indicatorPreview(input: $i) { __typename decimalValue groups { key value } error } }`;
    type Preview = {
      indicatorPreview: {
        __typename: string;
        decimalValue: string | null;
        groups: { key: string; value: number }[];
        error: string | null;
      };
    };
    const preview = async (i: Record<string, unknown>) =>
      (await admin.ok<Preview>(PREVIEW, { i: { key: 'anteprima', label: 'Anteprima', ...i } }))
        .indicatorPreview;
    const byResponsible = await preview({
      entity: 'SOCIAL_CASE',
      aggregate: 'COUNT',
      groupBy: 'responsible',
      filter: { status: 'OPEN' },
    });
    expect(byResponsible).toMatchObject({
      __typename: 'CaseworkMeasurement',
      error: null,
      groups: [{ key: 'Utente di Prova', value: 2 }],
    });
    const byArea = await preview({
      entity: 'SOCIAL_CASE',
      aggregate: 'COUNT',
      groupBy: 'mainArea',
    });
    expect(byArea.groups).toEqual([
      { key: 'ANZIANI', value: 1 },
      { key: 'MINORI_FAMIGLIA', value: 1 },
    ]);
    const median = await preview({
      entity: 'SOCIAL_CASE',
      aggregate: 'MEDIAN',
      field: 'daysFromReferral',
    });
    expect(median.decimalValue).toBe('2.00');
    const bySource = await preview({ entity: 'REFERRAL', aggregate: 'COUNT', groupBy: 'source' });
    expect(bySource.groups).toEqual([{ key: 'SCUOLA', value: 1 }]);
  });

  it('never shows or changes another comune’s case, through any operation', async () => {
    const { socialCase } = await anna.api.ok<{ socialCase: Case }>(GET, { id: caseId });
    expect(
      (await otherTenant.ok<{ socialCase: Case | null }>(GET, { id: caseId })).socialCase,
    ).toBeNull();
    expect(
      (await otherTenant.ok<{ socialCases: { total: number } }>(LIST, { f: { ids: [caseId] } }))
        .socialCases.total,
    ).toBe(0);
    const v = socialCase.version;
    for (const [op, vars] of [
      [UPDATE, { id: caseId, v, i: { areas: ['ANZIANI'] } }],
      [TEAM, { id: caseId, v, m: [] }],
      [SUSPEND, { id: caseId, v }],
      [CLOSE, { id: caseId, d: yesterday(), r: 'x', v }],
      [REOPEN, { id: caseId, v }],
      [PROBLEM, { c: caseId, i: { scope: 'HOUSEHOLD', code: 'ECONOMICA' } }],
      [WRITE, { c: caseId, i: entry() }],
      [ACCESS_LOG, { id: caseId }],
    ] as const)
      expect(errorCode(await otherTenant.call(op, vars))).toBe('NOT_FOUND');
    expect((await anna.api.ok<{ socialCase: Case }>(GET, { id: caseId })).socialCase.version).toBe(
      v,
    );
  });
});
