import { randomUUID } from 'node:crypto';
import {
  apiAs,
  clientToken,
  errorCode,
  graphql,
  issueToken,
  startTestPlatform,
  userToken,
  type Api,
  type GraphQLResult,
  type TestPlatform,
} from '@sisa/testing';
import type { Scope } from '@sisa/kernel';
import {
  caseWorld,
  dayInItaly,
  newSubject,
  staff,
  yesterday,
  type CaseWorld,
  type Staff,
} from './support/world';

/**
 * An outsider's attacks on casework, through the real gateway (and, for federation, straight at
 * the subgraphs as the gateway would call them). Every test asserts the SECURE behaviour: a
 * failing one is an open hole.
 *
 * The holes these tests found when they were written are closed (see the CHANGELOG of 2026-12-07):
 * the case's history and referral at METADATA, downgraded amendments, a chunked oversize upload
 * breaking the next one, racing openings, usernames and triage notes for API clients.
 */

const ENTRY = `id occurredAt kind text confidentiality signedAt participants author { id } amends { id text }`;
const WRITE = `mutation W($c: ID!, $i: DiaryEntryInput!) { writeDiaryEntry(caseId: $c, input: $i) { ${ENTRY} } }`;
const EDIT = `mutation E($id: ID!, $i: DiaryEntryUpdateInput!) { updateDiaryEntry(id: $id, input: $i) { ${ENTRY} } }`;
const SIGN = `mutation S($id: ID!) { signDiaryEntry(id: $id) { ${ENTRY} } }`;
const AMEND = `mutation A($id: ID!, $i: DiaryEntryInput!) { amendDiaryEntry(id: $id, input: $i) { ${ENTRY} } }`;
const DIARY = `query D($id: ID!, $f: DiaryFilter, $p: Int, $pp: Int) { socialCase(id: $id) { access diary(filter: $f, page: $p, perPage: $pp) { total items { ${ENTRY} } } } }`;
const CONTENT = `query C($id: ID!) { socialCase(id: $id) { id number access closureReason
  diary { total items { text } } assessments { id score band } documents { id }
  history { action changes } referral { id description personDescription } } }`;
const GET = `query G($id: ID!) { socialCase(id: $id) { id number access version team { user { id } role since until } } }`;
const LIST = `query L($f: SocialCaseFilter, $p: Int, $pp: Int) { socialCases(filter: $f, page: $p, perPage: $pp) { total items { id number status access } } }`;
const OPEN = `mutation O($i: OpenSocialCaseInput!) { openSocialCase(input: $i) { id number version } }`;
const TEAM = `mutation T($id: ID!, $m: [CaseTeamMemberInput!]!, $v: Int!) { setCaseTeam(id: $id, members: $m, expectedVersion: $v) { id version } }`;
const UPDATE = `mutation U($id: ID!, $i: SocialCaseUpdateInput!, $v: Int!) { updateSocialCase(id: $id, input: $i, expectedVersion: $v) { id version } }`;
const CLOSE = `mutation C($id: ID!, $d: Date!, $r: String!, $v: Int!) { closeSocialCase(id: $id, closedAt: $d, reason: $r, expectedVersion: $v) { id status version } }`;
const PROBLEM = `mutation P($c: ID!, $i: CaseProblemInput!) { saveCaseProblem(caseId: $c, input: $i) { id } }`;
const ACCESS_LOG = `query A($id: ID!) { caseAccessLog(caseId: $id) { total items { actor } } }`;
const SUBJECT_CASES = `query S($id: ID!) { subject(id: $id) { id socialCases { id number access diary { total } } } }`;
const CASEWORKERS = `{ caseworkers { id username fullName fiscalCode lastLoginAt lockedUntil } }`;
const SAVE_FORM = `mutation F($i: AssessmentFormInput!) { saveAssessmentForm(input: $i) { key version } }`;
const RECORD = `mutation R($c: ID!, $k: String!, $a: JSON!, $d: Date!) { recordAssessment(caseId: $c, formKey: $k, answers: $a, assessedAt: $d) { id score band } }`;
const REFERRAL = `mutation C($i: ReferralInput!) { createReferral(input: $i) { id status } }`;
const REFERRALS = `{ referrals { total items { id description } } }`;

const FORM = {
  key: 'autonomia',
  label: 'Autonomia della persona',
  items: [
    {
      key: 'igiene',
      label: 'Cura di sé',
      options: [
        { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
        { code: 'DIPENDENTE', label: 'Dipendente', score: 2 },
      ],
    },
  ],
  bands: [
    { min: 0, max: 1, label: 'Autonomo' },
    { min: 2, max: 4, label: 'Bisogno di sostegno' },
  ],
};

const entry = (over: Record<string, unknown> = {}) => ({
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  kind: 'COLLOQUIO',
  text: 'Colloquio ordinario con la persona.',
  participants: ['Assistente sociale'],
  ...over,
});

const tomorrow = () => dayInItaly(1);
const daysAgo = (n: number) => dayInItaly(-n);
let birthCounter = 0;
/** A fresh birth date, so every subject of the file has its own codice fiscale. */
const birth = () => {
  birthCounter += 1;
  const d = new Date(Date.UTC(1950, 0, 1) + birthCounter * 86_400_000 * 37);
  return d.toISOString().slice(0, 10);
};

/** Whether the answer carries no data at `key` (an error or null). */
const noData = (result: GraphQLResult<Record<string, unknown>>, key: string) =>
  !result.data || result.data[key] === null || result.data[key] === undefined;

describe('Casework under attack', () => {
  let platform: TestPlatform;
  let url: string;
  let a: CaseWorld;
  let b: CaseWorld;
  let supervisor: Staff;
  let viewer: Api;
  let platformAdmin: Api;
  let readClient: Api;
  let referralClient: Api;
  let registryClient: Api;
  let tokens: { b: string; viewer: string; readClient: string; member: string };

  /** Calls a subgraph's `/graphql` directly, as the gateway would. */
  const direct = (name: 'casework' | 'config', query: string, variables: object, token: string) =>
    graphql<Record<string, unknown>>(
      `${platform.subgraphUrls[name]}/graphql`,
      query,
      variables as Record<string, unknown>,
      token,
    );

  /** A new case of a new subject in world `a`, opened by `opener` on `openedAt`. */
  async function newCase(opener: Staff = a.member, openedAt = yesterday()) {
    const subjectId = await newSubject(a.responsible.api, 'Luca', birth());
    const { openSocialCase } = await opener.api.ok<{
      openSocialCase: { id: string; number: string; version: number };
    }>(OPEN, {
      i: { subjectId, responsibleId: a.responsible.id, openedAt, areas: ['ADULTI_DISAGIO'] },
    });
    return { subjectId, ...openSocialCase };
  }

  /** A signed entry by `author` in case `caseId`. */
  async function signedEntry(author: Api, caseId: string, over: Record<string, unknown> = {}) {
    const { writeDiaryEntry } = await author.ok<{ writeDiaryEntry: { id: string } }>(WRITE, {
      c: caseId,
      i: entry(over),
    });
    await author.ok(SIGN, { id: writeDiaryEntry.id });
    return writeDiaryEntry.id;
  }

  beforeAll(async () => {
    process.env.SISA_CASEWORK_DOCUMENT_MAX_MB = '1';
    platform = await startTestPlatform(['config', 'registry', 'casework']);
    url = platform.graphqlUrl;
    a = await caseWorld(url, 'Comune bersaglio');
    b = await caseWorld(url, 'Comune attaccante');
    supervisor = await staff(url, a.tenantId, ['CASE_SUPERVISOR']);
    await a.admin.ok(SAVE_FORM, { i: FORM });
    const token = (roles: string[], subjectId?: string) =>
      issueToken({ tenantId: a.tenantId, roles: roles as never, subjectId });
    tokens = {
      b: await issueToken({ tenantId: b.tenantId, roles: ['CASEWORKER'], subjectId: b.member.id }),
      viewer: await userToken(a.tenantId, ['VIEWER']),
      readClient: await clientToken(a.tenantId, ['casework:read' as Scope]),
      member: await token(['CASEWORKER'], a.member.id),
    };
    viewer = apiAs(url, tokens.viewer);
    platformAdmin = apiAs(url, await token(['PLATFORM_ADMIN']));
    readClient = apiAs(url, tokens.readClient);
    referralClient = apiAs(url, await clientToken(a.tenantId, ['casework:referrals' as Scope]));
    registryClient = apiAs(
      url,
      await clientToken(a.tenantId, ['registry:read' as Scope, 'casework:write' as Scope]),
    );
    // Content in the target case: a signed entry, an assessment, a restricted entry.
    await signedEntry(a.member.api, a.caseId, { text: 'Segreto ordinario del diario' });
    await a.member.api.ok(RECORD, {
      c: a.caseId,
      k: 'autonomia',
      a: { igiene: 'DIPENDENTE' },
      d: yesterday(),
    });
  }, 180_000);
  afterAll(async () => {
    delete process.env.SISA_CASEWORK_DOCUMENT_MAX_MB;
    await platform?.close();
  });

  describe('tenant crossing', () => {
    it('another comune reads nothing of a case: query, list, subject, access log', async () => {
      const other = b.member.api;
      expect(noData(await other.call(GET, { id: a.caseId }), 'socialCase')).toBe(true);
      const list = await other.ok<{ socialCases: { items: { id: string }[] } }>(LIST, {
        f: { ids: [a.caseId] },
      });
      expect(list.socialCases.items).toEqual([]);
      const subj = await other.call<{ subject: { socialCases: unknown[] } | null }>(SUBJECT_CASES, {
        id: a.subjectId,
      });
      expect(subj.data?.subject?.socialCases ?? []).toEqual([]);
      expect(errorCode(await other.call(ACCESS_LOG, { id: a.caseId }))).toBe('NOT_FOUND');
    });

    it('another comune writes nothing into a case: NOT_FOUND everywhere, no number leaked', async () => {
      const other = b.member.api;
      const { number } = (
        await a.member.api.ok<{ socialCase: { number: string } }>(GET, {
          id: a.caseId,
        })
      ).socialCase;
      const attempts = [
        await other.call(WRITE, { c: a.caseId, i: entry() }),
        await other.call(PROBLEM, {
          c: a.caseId,
          i: { scope: 'HOUSEHOLD', code: 'ABITATIVA', since: yesterday() },
        }),
        await other.call(TEAM, {
          id: a.caseId,
          v: 1,
          m: [{ userId: b.member.id, role: 'RESPONSIBLE', since: yesterday() }],
        }),
        await other.call(CLOSE, { id: a.caseId, d: yesterday(), r: 'x', v: 1 }),
        await other.call(UPDATE, { id: a.caseId, i: { areas: ['ADULTI_DISAGIO'] }, v: 1 }),
        await other.call(RECORD, {
          c: a.caseId,
          k: 'autonomia',
          a: { igiene: 'AUTONOMO' },
          d: yesterday(),
        }),
      ];
      for (const result of attempts) {
        expect(result.data ?? null).toBeNull();
        expect(JSON.stringify(result.errors)).not.toContain(number);
      }
      expect(attempts.map(errorCode)).toEqual(attempts.map(() => 'NOT_FOUND'));
      // Opening a case for the other comune's subject finds no such subject, and no case number.
      const open = await other.call(OPEN, {
        i: {
          subjectId: a.subjectId,
          responsibleId: b.member.id,
          openedAt: yesterday(),
          areas: ['ADULTI_DISAGIO'],
        },
      });
      expect(errorCode(open)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(open.errors)).not.toContain(number);
    });

    it('federation: _entities of another comune’s case, referral, user, form answer null', async () => {
      const { createReferral } = await referralClient.ok<{ createReferral: { id: string } }>(
        REFERRAL,
        {
          i: {
            source: 'SCUOLA',
            urgency: 'LOW',
            personDescription: 'Alunno',
            description: 'Testo riservato della segnalazione',
          },
        },
      );
      const cases = await direct(
        'casework',
        `query E($r: [_Any!]!) { _entities(representations: $r) {
          ... on SocialCase { id number status diary { total items { text } } }
          ... on Referral { id description } } }`,
        {
          r: [
            { __typename: 'SocialCase', id: a.caseId },
            { __typename: 'Referral', id: createReferral.id },
          ],
        },
        tokens.b,
      );
      expect(cases.data?._entities).toEqual([null, null]);
      const config = await direct(
        'config',
        `query E($r: [_Any!]!) { _entities(representations: $r) {
          ... on User { id username fullName } ... on AssessmentForm { key version label } } }`,
        {
          r: [
            { __typename: 'User', id: a.responsible.id },
            { __typename: 'AssessmentForm', key: 'autonomia', version: 1 },
          ],
        },
        tokens.b,
      );
      expect(config.data?._entities).toEqual([null, null]);
    });

    it('a token with no tenant, or another tenant’s subgraph call without a token, reads nothing', async () => {
      const anon = await direct(
        'casework',
        `query E($r: [_Any!]!) { _entities(representations: $r) { ... on SocialCase { id number } } }`,
        { r: [{ __typename: 'SocialCase', id: a.caseId }] },
        '',
      );
      expect((anon.data?._entities as unknown[] | undefined)?.[0] ?? null).toBeNull();
      const noTenant = apiAs(url, await userToken(null, ['CASEWORKER']));
      expect(noData(await noTenant.call(GET, { id: a.caseId }), 'socialCase')).toBe(true);
    });
  });

  describe('role escalation', () => {
    it('a VIEWER sees nothing of casework, not even through the subject or the colleagues', async () => {
      expect(noData(await viewer.call(GET, { id: a.caseId }), 'socialCase')).toBe(true);
      expect(noData(await viewer.call(LIST, {}), 'socialCases')).toBe(true);
      const subj = await viewer.call<{ subject: { socialCases: unknown[] } | null }>(
        SUBJECT_CASES,
        { id: a.subjectId },
      );
      expect(subj.data?.subject?.socialCases ?? []).toEqual([]);
      expect(errorCode(await viewer.call(CASEWORKERS))).toBe('FORBIDDEN');
      expect(
        (
          await direct(
            'casework',
            `query E($r: [_Any!]!) { _entities(representations: $r) { ... on SocialCase { id number } } }`,
            { r: [{ __typename: 'SocialCase', id: a.caseId }] },
            tokens.viewer,
          )
        ).data?._entities,
      ).toEqual([null]);
    });

    it('a TENANT_ADMIN administers, reads no content, writes nothing', async () => {
      const { data } = await a.admin.call<{ socialCase: Record<string, unknown> }>(CONTENT, {
        id: a.caseId,
      });
      expect(data?.socialCase).toMatchObject({
        access: 'EXISTENCE',
        diary: { total: 0, items: [] },
        assessments: [],
        documents: [],
        history: [],
      });
      expect(errorCode(await a.admin.call(WRITE, { c: a.caseId, i: entry() }))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await a.admin.call(RECORD, {
            c: a.caseId,
            k: 'autonomia',
            a: { igiene: 'AUTONOMO' },
            d: yesterday(),
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await a.admin.call(OPEN, {
            i: {
              subjectId: a.subjectId,
              responsibleId: a.responsible.id,
              openedAt: yesterday(),
              areas: ['ADULTI_DISAGIO'],
            },
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('a PLATFORM_ADMIN without a support grant reads nothing of casework', async () => {
      const got = await platformAdmin.call(CONTENT, { id: a.caseId });
      expect(got.data?.socialCase ?? null).toBeNull();
      expect(errorCode(got)).toBe('FORBIDDEN');
      expect(errorCode(await platformAdmin.call(ACCESS_LOG, { id: a.caseId }))).toBe('FORBIDDEN');
      expect(noData(await platformAdmin.call(LIST, {}), 'socialCases')).toBe(true);
    });

    it('casework:read reads metadata only: no diary, assessment, document, nor their traces in history', async () => {
      const { data } = await readClient.call<{
        socialCase: {
          access: string;
          diary: { total: number };
          assessments: unknown[];
          documents: unknown[];
          history: { action: string; changes: unknown }[];
        };
      }>(CONTENT, { id: a.caseId });
      expect(data?.socialCase).toMatchObject({
        access: 'METADATA',
        diary: { total: 0 },
        assessments: [],
        documents: [],
      });
      // The history must not carry the content it hides elsewhere: the assessment's score and band.
      const history = JSON.stringify(data?.socialCase.history);
      expect(history).not.toContain('Bisogno di sostegno');
      expect(history).not.toMatch(/"score"/);
    });

    it('casework:read does not read the referral’s text (what the school wrote) through the case', async () => {
      const { createReferral } = await referralClient.ok<{ createReferral: { id: string } }>(
        REFERRAL,
        {
          i: {
            source: 'SCUOLA',
            urgency: 'HIGH',
            personDescription: 'Alunna di 8 anni',
            description: 'Lividi sulle braccia, racconta di litigi violenti in casa.',
          },
        },
      );
      const subjectId = await newSubject(a.responsible.api, 'Giulia', birth());
      const { openSocialCase } = await a.member.api.ok<{ openSocialCase: { id: string } }>(OPEN, {
        i: {
          subjectId,
          responsibleId: a.responsible.id,
          openedAt: new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' }),
          areas: ['ADULTI_DISAGIO'],
          referralId: createReferral.id,
        },
      });
      const { data } = await readClient.call<{
        socialCase: { referral: { description: string | null } | null };
      }>(CONTENT, { id: openSocialCase.id });
      expect(JSON.stringify(data?.socialCase?.referral ?? null)).not.toContain('Lividi');
    });

    it('API clients never read the access log, write the diary, or list referrals they did not send', async () => {
      for (const client of [readClient, referralClient, registryClient]) {
        expect(noData(await client.call(ACCESS_LOG, { id: a.caseId }), 'caseAccessLog')).toBe(true);
        const write = await client.call(WRITE, { c: a.caseId, i: entry() });
        expect(write.data ?? null).toBeNull();
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(write));
      }
      const listed = await readClient.call<{ referrals: { items: unknown[] } }>(REFERRALS);
      expect(listed.data?.referrals?.items ?? []).toEqual([]);
      expect(noData(await referralClient.call(GET, { id: a.caseId }), 'socialCase')).toBe(true);
      expect(noData(await registryClient.call(GET, { id: a.caseId }), 'socialCase')).toBe(true);
      const subj = await registryClient.call<{ subject: { socialCases: unknown[] } | null }>(
        SUBJECT_CASES,
        { id: a.subjectId },
      );
      expect(subj.data?.subject?.socialCases ?? []).toEqual([]);
    });

    it('a caseworker off the équipe reads neither content nor the access log', async () => {
      const { data } = await a.outsider.api.call<{ socialCase: Record<string, unknown> }>(CONTENT, {
        id: a.caseId,
      });
      expect(data?.socialCase).toMatchObject({
        access: 'EXISTENCE',
        diary: { total: 0 },
        assessments: [],
        history: [],
      });
      expect(errorCode(await a.outsider.api.call(ACCESS_LOG, { id: a.caseId }))).toBe('FORBIDDEN');
    });
    it('nobody of another comune, nor a viewer, becomes responsible or joins an équipe', async () => {
      const viewerUser = await staff(url, a.tenantId, ['VIEWER']);
      const subjectId = await newSubject(a.responsible.api, 'Marta', birth());
      for (const responsibleId of [b.member.id, viewerUser.id, randomUUID()]) {
        const open = await a.member.api.call(OPEN, {
          i: { subjectId, responsibleId, openedAt: yesterday(), areas: ['ADULTI_DISAGIO'] },
        });
        expect(errorCode(open)).toBe('BAD_USER_INPUT');
      }
      const { version } = (
        await a.responsible.api.ok<{ socialCase: { version: number } }>(GET, { id: a.caseId })
      ).socialCase;
      for (const userId of [b.member.id, viewerUser.id]) {
        const team = await a.responsible.api.call(TEAM, {
          id: a.caseId,
          v: version,
          m: [
            { userId: a.responsible.id, role: 'RESPONSIBLE', since: yesterday() },
            { userId, role: 'MEMBER', since: yesterday() },
          ],
        });
        expect(errorCode(team)).toBe('BAD_USER_INPUT');
      }
    });
    it('the school’s client follows its referral’s status, not the triage note nor the registry id', async () => {
      const { createReferral } = await referralClient.ok<{ createReferral: { id: string } }>(
        REFERRAL,
        {
          i: {
            source: 'SCUOLA',
            urgency: 'LOW',
            personDescription: 'Alunno di 10 anni',
            description: 'Spesso senza merenda.',
          },
        },
      );
      const id = createReferral.id;
      const subjectId = await newSubject(a.responsible.api, 'Nicola', birth());
      await a.member.api.ok(
        `mutation L($id: ID!, $s: ID!) { linkReferralSubject(id: $id, subjectId: $s) { id } }`,
        { id, s: subjectId },
      );
      await a.member.api.ok(`mutation S($id: ID!) { startReferralTriage(id: $id) { id } }`, { id });
      await a.member.api.ok(
        `mutation T($id: ID!, $n: String) { triageReferral(id: $id, decision: NOT_ACCEPT, note: $n) { id } }`,
        { id, n: 'Famiglia già nota al servizio per maltrattamenti' },
      );
      const seen = await referralClient.call<{ referral: Record<string, unknown> | null }>(
        `query G($id: ID!) { referral(id: $id) { id status triageNote subject { id } socialCase { id } } }`,
        { id },
      );
      expect(seen.data?.referral?.status).toBe('NOT_ACCEPTED');
      expect(JSON.stringify(seen.data)).not.toContain('maltrattamenti');
      expect(JSON.stringify(seen.data)).not.toContain(subjectId);
    });
  });

  describe('dated équipe', () => {
    it('who left the équipe, or joins tomorrow, reads and writes no content today', async () => {
      const c = await newCase(a.responsible, daysAgo(30));
      const leaver = await staff(url, a.tenantId, ['CASEWORKER']);
      const future = await staff(url, a.tenantId, ['CASEWORKER']);
      const current = (
        await a.responsible.api.ok<{ socialCase: { version: number } }>(GET, {
          id: c.id,
        })
      ).socialCase;
      const team = await a.responsible.api.call(TEAM, {
        id: c.id,
        v: current.version,
        m: [
          { userId: a.responsible.id, role: 'RESPONSIBLE', since: daysAgo(30) },
          { userId: leaver.id, role: 'MEMBER', since: daysAgo(30), until: daysAgo(2) },
          { userId: future.id, role: 'MEMBER', since: tomorrow() },
        ],
      });
      // A future start may be refused outright; if accepted, it must not open the case today.
      if (errorCode(team)) {
        expect(errorCode(team)).toBe('BAD_USER_INPUT');
        await a.responsible.api.ok(TEAM, {
          id: c.id,
          v: current.version,
          m: [
            { userId: a.responsible.id, role: 'RESPONSIBLE', since: daysAgo(30) },
            { userId: leaver.id, role: 'MEMBER', since: daysAgo(30), until: daysAgo(2) },
          ],
        });
      }
      for (const who of [leaver, future]) {
        const { data } = await who.api.call<{ socialCase: { access: string } }>(CONTENT, {
          id: c.id,
        });
        expect(data?.socialCase.access).toBe('EXISTENCE');
        expect(errorCode(await who.api.call(WRITE, { c: c.id, i: entry() }))).toBe('FORBIDDEN');
        const upload = await fetch(
          `${platform.gatewayUrl}/files/casework/cases/${c.id}/documents?title=x&kind=ALTRO`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${await issueToken({
                tenantId: a.tenantId,
                roles: ['CASEWORKER'],
                subjectId: who.id,
              })}`,
              'content-type': 'application/pdf',
            },
            body: Buffer.from('%PDF-1.7\nx'),
          },
        );
        expect(upload.status).toBe(403);
      }
    });
  });

  describe('diary drafts and restricted entries', () => {
    it('someone else’s draft is neither read, updated, signed nor amended', async () => {
      const { writeDiaryEntry } = await a.responsible.api.ok<{ writeDiaryEntry: { id: string } }>(
        WRITE,
        { c: a.caseId, i: entry({ text: 'Bozza privata del responsabile' }) },
      );
      const id = writeDiaryEntry.id;
      for (const other of [a.member.api, supervisor.api]) {
        const diary = await other.ok<{ socialCase: { diary: { items: { id: string }[] } } }>(
          DIARY,
          { id: a.caseId, f: { q: 'bozza privata' } },
        );
        expect(diary.socialCase.diary.items.map((e) => e.id)).not.toContain(id);
        expect(errorCode(await other.call(SIGN, { id }))).toBe('NOT_FOUND');
        expect(errorCode(await other.call(EDIT, { id, i: entry({ text: 'riscritto' }) }))).toBe(
          'NOT_FOUND',
        );
        expect((await other.call(AMEND, { id, i: entry() })).data ?? null).toBeNull();
      }
    });

    it('a RESTRICTED entry stays hidden from the équipe: no read, search, amend, nor `amends`', async () => {
      const id = await signedEntry(supervisor.api, a.caseId, {
        text: 'Riservato: violenza domestica denunciata',
        confidentiality: 'RESTRICTED',
      });
      const diary = await a.member.api.ok<{ socialCase: { diary: { items: { id: string }[] } } }>(
        DIARY,
        { id: a.caseId, f: { q: 'violenza domestica' } },
      );
      expect(diary.socialCase.diary.items).toEqual([]);
      expect(errorCode(await a.member.api.call(AMEND, { id, i: entry() }))).toBe('NOT_FOUND');
      // The responsible (who reads it) amends it: the member must not reach it through `amends`.
      const { amendDiaryEntry } = await a.responsible.api.ok<{
        amendDiaryEntry: { id: string };
      }>(AMEND, { id, i: entry({ text: 'Rettifica', confidentiality: 'RESTRICTED' }) });
      await a.responsible.api.ok(SIGN, { id: amendDiaryEntry.id });
      const later = await a.member.api.ok<{
        socialCase: { diary: { items: { id: string; amends: unknown }[] } };
      }>(DIARY, { id: a.caseId, perPage: 200 });
      expect(later.socialCase.diary.items.map((e) => e.id)).not.toContain(amendDiaryEntry.id);
    });

    it('an amendment of a RESTRICTED entry cannot be downgraded to NORMAL (it would publish it)', async () => {
      const id = await signedEntry(supervisor.api, a.caseId, {
        text: 'Riservato: diagnosi psichiatrica',
        confidentiality: 'RESTRICTED',
      });
      // The responsible reads it, amends it "correcting" it into a NORMAL entry copying the text.
      const result = await a.responsible.api.call<{
        amendDiaryEntry: { id: string; confidentiality: string };
      }>(AMEND, {
        id,
        i: entry({
          text: 'Riservato: diagnosi psichiatrica (rettifica)',
          confidentiality: 'NORMAL',
        }),
      });
      if (errorCode(result)) {
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
      } else {
        expect(result.data?.amendDiaryEntry.confidentiality).toBe('RESTRICTED');
      }
    });

    it('the `amends` link never leads the équipe to a RESTRICTED entry: its amendments are restricted too', async () => {
      const id = await signedEntry(a.responsible.api, a.caseId, {
        text: 'Riservato: nota del responsabile',
        confidentiality: 'RESTRICTED',
      });
      // Not even its author makes a NORMAL correction of it (that would publish what it repeats).
      const downgrade = await a.responsible.api.call(AMEND, {
        id,
        i: entry({ text: 'Annotazione corretta', confidentiality: 'NORMAL' }),
      });
      expect(errorCode(downgrade)).toBe('BAD_USER_INPUT');
      const { amendDiaryEntry } = await a.responsible.api.ok<{
        amendDiaryEntry: { id: string };
      }>(AMEND, { id, i: entry({ text: 'Annotazione corretta', confidentiality: 'RESTRICTED' }) });
      await a.responsible.api.ok(SIGN, { id: amendDiaryEntry.id });
      const seen = await a.member.api.ok<{
        socialCase: { diary: { items: { id: string; amends: { text: string } | null }[] } };
      }>(DIARY, { id: a.caseId, perPage: 200 });
      expect(seen.socialCase.diary.items.map((e) => e.id)).not.toContain(amendDiaryEntry.id);
      expect(JSON.stringify(seen)).not.toContain('nota del responsabile');
    });
  });

  describe('input bombs', () => {
    it('huge text, participants and team arrays are field errors, nothing written', async () => {
      const before = (
        await a.member.api.ok<{ socialCase: { diary: { total: number } } }>(DIARY, {
          id: a.caseId,
        })
      ).socialCase.diary.total;
      const big = await a.member.api.call(WRITE, {
        c: a.caseId,
        i: entry({ text: 'x'.repeat(300_000) }),
      });
      expect(errorCode(big)).toBe('BAD_USER_INPUT');
      const crowd = await a.member.api.call(WRITE, {
        c: a.caseId,
        i: entry({ participants: Array.from({ length: 10_000 }, (_, i) => `P${i}`) }),
      });
      expect(errorCode(crowd)).toBe('BAD_USER_INPUT');
      const after = (
        await a.member.api.ok<{ socialCase: { diary: { total: number } } }>(DIARY, {
          id: a.caseId,
        })
      ).socialCase.diary.total;
      expect(after).toBe(before);
      const { version } = (
        await a.responsible.api.ok<{ socialCase: { version: number } }>(GET, {
          id: a.caseId,
        })
      ).socialCase;
      const team = await a.responsible.api.call(TEAM, {
        id: a.caseId,
        v: version,
        m: Array.from({ length: 5_000 }, () => ({
          userId: randomUUID(),
          role: 'MEMBER',
          since: yesterday(),
        })),
      });
      expect(errorCode(team)).toBe('BAD_USER_INPUT');
      const areas = await a.responsible.api.call(UPDATE, {
        id: a.caseId,
        v: version,
        i: { areas: Array.from({ length: 10_000 }, (_, i) => `A${i}`) },
      });
      expect(errorCode(areas)).toBe('BAD_USER_INPUT');
    });

    it('assessment answers with thousands of keys or deep nesting are field errors', async () => {
      const wide = Object.fromEntries(
        Array.from({ length: 5_000 }, (_, i) => [`k${i}`, 'AUTONOMO']),
      );
      const record = (answers: unknown) =>
        a.member.api.call(RECORD, { c: a.caseId, k: 'autonomia', a: answers, d: yesterday() });
      expect(errorCode(await record({ igiene: 'AUTONOMO', ...wide }))).toBe('BAD_USER_INPUT');
      let deep: unknown = 'AUTONOMO';
      for (let i = 0; i < 2_000; i += 1) deep = { x: deep };
      expect(errorCode(await record({ igiene: deep }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await record([1, 2, 3]))).toBe('BAD_USER_INPUT');
      expect(errorCode(await record('igiene'))).toBe('BAD_USER_INPUT');
    });

    it('deeply nested or huge customFields are field errors, not stored', async () => {
      let deep: unknown = 1;
      for (let i = 0; i < 2_000; i += 1) deep = { x: deep };
      const { version } = (
        await a.responsible.api.ok<{ socialCase: { version: number } }>(GET, {
          id: a.caseId,
        })
      ).socialCase;
      const nested = await a.responsible.api.call(UPDATE, {
        id: a.caseId,
        v: version,
        i: { customFields: { bomba: deep } },
      });
      expect(errorCode(nested)).toBe('BAD_USER_INPUT');
      const wide = await a.responsible.api.call(UPDATE, {
        id: a.caseId,
        v: version,
        i: {
          customFields: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`f${i}`, i])),
        },
      });
      expect(errorCode(wide)).toBe('BAD_USER_INPUT');
    });

    it('absurd pages are field errors; tsquery and SQL syntax in searches are plain text', async () => {
      for (const [p, pp] of [
        [-1, 10],
        [0, 10],
        [1, -5],
        [1, 100_000],
      ]) {
        expect(errorCode(await a.member.api.call(LIST, { p, pp }))).toBe('BAD_USER_INPUT');
        expect(errorCode(await a.member.api.call(DIARY, { id: a.caseId, p, pp }))).toBe(
          'BAD_USER_INPUT',
        );
      }
      const far = await a.member.api.call<{ socialCases: { items: unknown[] } }>(LIST, {
        p: 2_147_483_647,
        pp: 200,
      });
      expect(far.errors ?? []).toEqual([]);
      expect(far.data?.socialCases.items).toEqual([]);
      for (const q of [
        "'&|!(",
        '!!!:*',
        "x' ) or 1=1 --",
        "'; drop table casework.social_case; --",
        '\\',
        '%_%',
        '<->',
        '\u0000',
      ]) {
        const diary = await a.member.api.call(DIARY, { id: a.caseId, f: { q } });
        // Plain text for the search; a NUL byte may be refused, never a server error.
        if (q !== '\u0000') expect([q, errorCode(diary) ?? 'OK']).toEqual([q, 'OK']);
        expect(errorCode(diary)).not.toBe('INTERNAL_SERVER_ERROR');
        const list = await a.member.api.call(LIST, { f: { q } });
        expect(errorCode(list)).not.toBe('INTERNAL_SERVER_ERROR');
      }
      const many = await a.member.api.call(LIST, {
        f: { ids: Array.from({ length: 70_000 }, () => randomUUID()), mine: true },
      });
      expect(['BAD_USER_INPUT', 'OK']).toContain(
        many.status === 413 ? 'BAD_USER_INPUT' : (errorCode(many) ?? 'OK'),
      );
    });

    it('a closure reason of a megabyte is a field error', async () => {
      const c = await newCase();
      const result = await a.responsible.api.call(CLOSE, {
        id: c.id,
        d: yesterday(),
        r: 'r'.repeat(1_000_000),
        v: c.version,
      });
      expect(result.status === 413 || errorCode(result) === 'BAD_USER_INPUT').toBe(true);
    });
  });

  describe('documents', () => {
    const upload = (
      token: string,
      body: Buffer | ReadableStream<Uint8Array>,
      query: string,
      caseId: string,
      type = 'application/pdf',
      extra: RequestInit = {},
    ) =>
      fetch(`${platform.gatewayUrl}/files/casework/cases/${caseId}/documents?${query}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': type },
        body,
        ...extra,
      });
    const PDF = Buffer.from('%PDF-1.7\nrelazione');

    it('a path in fileName is cut to its last part; header injection is impossible', async () => {
      const res = await upload(
        tokens.member,
        PDF,
        `title=x&kind=ALTRO&fileName=${encodeURIComponent('../../../etc/passwd')}`,
        a.caseId,
      );
      expect(res.status).toBe(201);
      const doc = (await res.json()) as { fileName: string; url: string };
      expect(doc.fileName).toBe('passwd');
      const crlf = await upload(
        tokens.member,
        PDF,
        `title=x&kind=ALTRO&fileName=${encodeURIComponent('a"\r\nSet-Cookie: sid=evil;.pdf')}`,
        a.caseId,
      );
      expect(crlf.status).toBe(201);
      const got = (await crlf.json()) as { url: string };
      const download = await fetch(`${platform.gatewayUrl}${got.url}`, {
        headers: { authorization: `Bearer ${tokens.member}` },
      });
      expect(download.status).toBe(200);
      expect(download.headers.get('set-cookie')).toBeNull();
    });

    it('a body that is not what its content type says is refused', async () => {
      const html = await upload(
        tokens.member,
        Buffer.from('<html><script>alert(1)</script></html>'),
        'title=x&kind=ALTRO',
        a.caseId,
      );
      expect(html.status).toBe(400);
      const asHtml = await upload(tokens.member, PDF, 'title=x&kind=ALTRO', a.caseId, 'text/html');
      expect(asHtml.status).toBe(415);
    });

    it('another comune’s token downloads nothing; a case closed meanwhile takes no uploads', async () => {
      const c = await newCase();
      const memberToken = await issueToken({
        tenantId: a.tenantId,
        roles: ['CASEWORKER'],
        subjectId: a.member.id,
      });
      const res = await upload(memberToken, PDF, 'title=x&kind=ALTRO', c.id);
      expect(res.status).toBe(201);
      const doc = (await res.json()) as { url: string };
      const foreign = await fetch(`${platform.gatewayUrl}${doc.url}`, {
        headers: { authorization: `Bearer ${tokens.b}` },
      });
      expect(foreign.status).toBe(404);
      expect(await foreign.text()).not.toContain('relazione');
      await a.responsible.api.ok(CLOSE, { id: c.id, d: yesterday(), r: 'Concluso', v: c.version });
      const late = await upload(memberToken, PDF, 'title=y&kind=ALTRO', c.id);
      expect(late.status).toBe(400);
    });

    it('an oversize body without Content-Length (chunked) is stopped at the limit, and breaks no one’s next upload', async () => {
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(Buffer.from('%PDF-1.7\n')));
        },
        pull(controller) {
          if (sent >= 3 * 1024 * 1024) return controller.close();
          sent += chunk.length;
          controller.enqueue(new Uint8Array(chunk));
        },
      });
      const res = await upload(tokens.member, stream, 'title=x&kind=ALTRO', a.caseId, undefined, {
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      // Someone else's ordinary upload right after must still go through (no poisoned connection).
      const next = await upload(
        await issueToken({
          tenantId: a.tenantId,
          roles: ['CASEWORKER'],
          subjectId: a.responsible.id,
        }),
        PDF,
        'title=dopo&kind=ALTRO',
        a.caseId,
      );
      expect(next.status).toBe(201);
    });
  });

  describe('concurrency', () => {
    it('a person never ends with two open cases, however many open at once', async () => {
      const subjectId = await newSubject(a.responsible.api, 'Pietro', birth());
      const open = () =>
        a.member.api.call<{ openSocialCase: { id: string } }>(OPEN, {
          i: {
            subjectId,
            responsibleId: a.responsible.id,
            openedAt: yesterday(),
            areas: ['ADULTI_DISAGIO'],
          },
        });
      const results = await Promise.all([open(), open(), open(), open()]);
      const opened = results.filter((r) => r.data?.openSocialCase);
      expect(opened).toHaveLength(1);
      for (const r of results.filter((x) => !x.data?.openSocialCase))
        expect(errorCode(r)).toBe('BAD_USER_INPUT');
      const { socialCases } = await supervisor.api.ok<{
        socialCases: { items: { status: string }[] };
      }>(LIST, { f: { subjectId } });
      expect(socialCases.items.filter((c) => c.status === 'OPEN')).toHaveLength(1);
    });

    it('reopening a closed case while another opens leaves the person one open case', async () => {
      const c = await newCase(a.responsible);
      const closed = await a.responsible.api.ok<{ closeSocialCase: { version: number } }>(CLOSE, {
        id: c.id,
        d: yesterday(),
        r: 'Obiettivi raggiunti',
        v: c.version,
      });
      const reopen = a.responsible.api.call(
        `mutation R($id: ID!, $v: Int!) { reopenSocialCase(id: $id, expectedVersion: $v) { id status } }`,
        { id: c.id, v: closed.closeSocialCase.version },
      );
      const open = a.member.api.call(OPEN, {
        i: {
          subjectId: c.subjectId,
          responsibleId: a.responsible.id,
          openedAt: yesterday(),
          areas: ['ADULTI_DISAGIO'],
        },
      });
      await Promise.all([reopen, open]);
      const { socialCases } = await supervisor.api.ok<{
        socialCases: { items: { status: string }[] };
      }>(LIST, { f: { subjectId: c.subjectId } });
      expect(socialCases.items.filter((x) => x.status === 'OPEN')).toHaveLength(1);
    });

    it('cases opened at once get distinct numbers', async () => {
      const subjects = await Promise.all(
        [0, 1, 2, 3, 4].map(() => newSubject(a.responsible.api, 'Anna', birth())),
      );
      const results = await Promise.all(
        subjects.map((subjectId) =>
          a.member.api.ok<{ openSocialCase: { number: string } }>(OPEN, {
            i: {
              subjectId,
              responsibleId: a.responsible.id,
              openedAt: yesterday(),
              areas: ['ADULTI_DISAGIO'],
            },
          }),
        ),
      );
      const numbers = results.map((r) => r.openSocialCase.number);
      expect(new Set(numbers).size).toBe(numbers.length);
    });
  });

  describe('information leaks', () => {
    it('colleagues come without fiscal code, last login or lock, for staff and API clients', async () => {
      for (const api of [a.member.api, readClient, a.admin]) {
        const { caseworkers } = await api.ok<{
          caseworkers: {
            fiscalCode: string | null;
            lastLoginAt: string | null;
            lockedUntil: string | null;
          }[];
        }>(CASEWORKERS);
        expect(caseworkers.length).toBeGreaterThan(0);
        for (const c of caseworkers)
          expect([c.fiscalCode, c.lastLoginAt, c.lockedUntil]).toEqual([null, null, null]);
      }
      const viaCase = await a.member.api.ok<{
        socialCase: { responsible: { fiscalCode: string | null; lastLoginAt: string | null } };
      }>(`query G($id: ID!) { socialCase(id: $id) { responsible { fiscalCode lastLoginAt } } }`, {
        id: a.caseId,
      });
      expect(viaCase.socialCase.responsible).toEqual({ fiscalCode: null, lastLoginAt: null });
    });

    it('an API client with casework:read does not learn the staff’s login names', async () => {
      const { caseworkers } = await readClient.ok<{ caseworkers: { username: string | null }[] }>(
        `{ caseworkers { username } }`,
      );
      expect(caseworkers.length).toBeGreaterThan(0);
      // A school's system needs names for display, never the usernames to attack the login.
      expect(caseworkers.every((c) => !c.username)).toBe(true);
    });

    it('errors to a caseworker off the équipe say nothing of the content', async () => {
      const result = await a.outsider.api.call(WRITE, { c: a.caseId, i: entry() });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(JSON.stringify(result.errors)).not.toContain('Segreto');
    });
  });
});
