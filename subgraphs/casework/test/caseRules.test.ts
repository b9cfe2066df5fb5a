import {
  caseAccess,
  canCreateReferral,
  canReadDiaryEntry,
  canTakeInCharge,
  closureErrors,
  formatCaseNumber,
  isCaseWritable,
  isOnTeam,
  parseCaseNumber,
  responsibleOn,
  statusChangeRefusal,
  teamErrors,
  type CaseCaller,
  type TeamMembership,
} from '../src';

const TODAY = '2026-12-07';
const team: TeamMembership[] = [
  { userId: 'anna', role: 'RESPONSIBLE', since: '2026-01-10', until: null },
  { userId: 'bruno', role: 'MEMBER', since: '2026-01-10', until: '2026-06-30' },
  { userId: 'carla', role: 'CONSULTANT', since: '2026-02-01', until: null },
];
const user = (subjectId: string, ...roles: string[]): CaseCaller => ({
  kind: 'user',
  subjectId,
  roles,
  scopes: [],
});
const client = (...scopes: string[]): CaseCaller => ({
  kind: 'client',
  subjectId: 'scuola',
  roles: [],
  scopes,
});

describe('case number', () => {
  it('is CS/year/six digits, counted from 1', () => {
    expect(formatCaseNumber(2026, 123)).toBe('CS/2026/000123');
    expect(formatCaseNumber(2026, 1_234_567)).toBe('CS/2026/1234567');
    expect(parseCaseNumber(' cs/2026/000123 ')).toEqual({ year: 2026, sequence: 123 });
    expect(parseCaseNumber('CS/2026/000000')).toBeNull();
    expect(parseCaseNumber('CS/26/000001')).toBeNull();
    expect(() => formatCaseNumber(2026, 0)).toThrow(RangeError);
  });
});

describe('case status', () => {
  it('goes OPEN ⇄ SUSPENDED, either to CLOSED, CLOSED back to OPEN only', () => {
    expect(statusChangeRefusal('OPEN', 'SUSPENDED')).toBeNull();
    expect(statusChangeRefusal('SUSPENDED', 'OPEN')).toBeNull();
    expect(statusChangeRefusal('SUSPENDED', 'CLOSED')).toBeNull();
    expect(statusChangeRefusal('CLOSED', 'OPEN')).toBeNull();
    expect(statusChangeRefusal('CLOSED', 'SUSPENDED')).toBe(
      'Una cartella chiusa non può diventare sospesa',
    );
    expect(statusChangeRefusal('OPEN', 'OPEN')).toBe('La cartella è già aperta');
    expect(isCaseWritable('CLOSED')).toBe(false);
    expect(isCaseWritable('SUSPENDED')).toBe(true);
  });

  it('closes with a reason, not before the opening and not in the future', () => {
    const opened = '2026-03-05';
    expect(
      closureErrors(
        { openedAt: opened, closedAt: '2026-12-01', reason: 'Obiettivi raggiunti' },
        TODAY,
      ),
    ).toEqual([]);
    expect(closureErrors({ openedAt: opened, closedAt: '2026-03-04', reason: ' ' }, TODAY)).toEqual(
      [
        {
          field: 'closedAt',
          message: 'La data di chiusura non può precedere l’apertura (05/03/2026)',
        },
        { field: 'reason', message: 'Indicare il motivo della chiusura' },
      ],
    );
    expect(closureErrors({ openedAt: opened, closedAt: '2026-12-08', reason: 'x' }, TODAY)).toEqual(
      [{ field: 'closedAt', message: 'La data di chiusura non può essere futura' }],
    );
  });
});

describe('team', () => {
  it('is dated: who left is no longer on it', () => {
    expect(isOnTeam(team, 'bruno', '2026-06-30')).toBe(true);
    expect(isOnTeam(team, 'bruno', TODAY)).toBe(false);
    expect(isOnTeam(team, 'carla', '2026-01-31')).toBe(false);
    expect(responsibleOn(team, TODAY)?.userId).toBe('anna');
  });

  it('refuses dates out of order, a person twice at once, two responsibles, none today', () => {
    expect(teamErrors(team, TODAY)).toEqual([]);
    expect(
      teamErrors(
        [
          { userId: 'anna', role: 'RESPONSIBLE', since: '2026-01-10', until: '2026-05-31' },
          { userId: 'dario', role: 'RESPONSIBLE', since: '2026-05-01', until: null },
          { userId: 'dario', role: 'MEMBER', since: '2026-01-01', until: '2026-05-15' },
          { userId: 'elena', role: 'MEMBER', since: '2026-04-01', until: '2026-03-01' },
        ],
        TODAY,
      ),
    ).toEqual([
      {
        field: 'members[3].until',
        message: 'La fine della partecipazione non può precedere l’inizio',
      },
      { field: 'members[1].role', message: 'Due responsabili nello stesso periodo (vedi riga 1)' },
      {
        field: 'members[2].userId',
        message: 'La stessa persona compare due volte nello stesso periodo (vedi riga 2)',
      },
    ]);
    expect(teamErrors([{ ...team[0]!, until: '2026-11-30' }], TODAY)).toEqual([
      { field: 'members', message: 'Il caso deve avere un responsabile in carica' },
    ]);
  });
});

describe('who sees what', () => {
  it('gives content to supervisors and the team, existence to other caseworkers and admins', () => {
    expect(caseAccess(user('zeno', 'CASE_SUPERVISOR'), team, TODAY)).toBe('CONTENT');
    expect(caseAccess(user('carla', 'CASEWORKER'), team, TODAY)).toBe('CONTENT');
    expect(caseAccess(user('bruno', 'CASEWORKER'), team, TODAY)).toBe('EXISTENCE'); // left the team
    expect(caseAccess(user('bruno', 'CASEWORKER'), team, '2026-03-01')).toBe('CONTENT');
    expect(caseAccess(user('admin', 'TENANT_ADMIN'), team, TODAY)).toBe('EXISTENCE');
    expect(caseAccess(user('admin', 'PLATFORM_ADMIN'), team, TODAY)).toBe('EXISTENCE');
    expect(caseAccess(user('vera', 'VIEWER'), team, TODAY)).toBe('NONE');
    expect(caseAccess(client('casework:read'), team, TODAY)).toBe('METADATA');
    expect(caseAccess(client('casework:referrals'), team, TODAY)).toBe('NONE');
  });

  it('keeps RESTRICTED entries to author, responsible and supervisors, drafts to their author', () => {
    const restricted = {
      authorId: 'carla',
      confidentiality: 'RESTRICTED' as const,
      signedAt: '2026-12-01T10:00:00Z',
    };
    expect(canReadDiaryEntry(user('carla', 'CASEWORKER'), restricted, 'anna')).toBe(true);
    expect(canReadDiaryEntry(user('anna', 'CASEWORKER'), restricted, 'anna')).toBe(true);
    expect(canReadDiaryEntry(user('zeno', 'CASE_SUPERVISOR'), restricted, 'anna')).toBe(true);
    expect(canReadDiaryEntry(user('dario', 'CASEWORKER'), restricted, 'anna')).toBe(false);
    const draft = { ...restricted, confidentiality: 'NORMAL' as const, signedAt: null };
    expect(canReadDiaryEntry(user('carla', 'CASEWORKER'), draft, 'anna')).toBe(true);
    expect(canReadDiaryEntry(user('zeno', 'CASE_SUPERVISOR'), draft, 'anna')).toBe(false);
    const signed = { ...draft, signedAt: '2026-12-01T10:00:00Z' };
    expect(canReadDiaryEntry(client('casework:read'), signed, 'anna')).toBe(false);
  });

  it('lets schools and hospitals send referrals, only people take in charge', () => {
    expect(canCreateReferral(client('casework:referrals'))).toBe(true);
    expect(canCreateReferral(client('casework:read'))).toBe(false);
    expect(canCreateReferral(user('vera', 'VIEWER'))).toBe(false);
    expect(canTakeInCharge(user('carla', 'CASEWORKER'))).toBe(true);
    expect(canTakeInCharge(user('admin', 'TENANT_ADMIN'))).toBe(false);
    expect(canTakeInCharge(client('casework:referrals'))).toBe(false);
  });
});
