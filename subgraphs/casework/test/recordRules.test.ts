import {
  amendmentRefusal,
  compareForInbox,
  diaryEntryErrors,
  draftChangeRefusal,
  problemErrors,
  referralErrors,
  triageErrors,
} from '../src';

const NOW = new Date('2026-12-07T10:00:00Z');
const KINDS = new Set(['COLLOQUIO', 'VISITA_DOMICILIARE']);

describe('diary', () => {
  it('checks an entry: date not in the future, a known kind, a text, bounded participants', () => {
    const ok = {
      occurredAt: '2026-12-07T09:30:00Z',
      kind: 'COLLOQUIO',
      text: 'Colloquio con la madre.',
    };
    expect(diaryEntryErrors(ok, KINDS, NOW)).toEqual([]);
    expect(
      diaryEntryErrors(
        {
          occurredAt: '2026-12-08T09:30:00Z',
          kind: 'CENA',
          text: '  ',
          participants: ['Madre', '', 'x'.repeat(201)],
        },
        KINDS,
        NOW,
      ),
    ).toEqual([
      { field: 'input.occurredAt', message: 'Un fatto del diario non può essere futuro' },
      { field: 'input.kind', message: 'Tipo di annotazione sconosciuto: CENA' },
      { field: 'input.text', message: 'Il testo è obbligatorio' },
      { field: 'input.participants[1]', message: 'Partecipante vuoto' },
      { field: 'input.participants[2]', message: 'Al massimo 200 caratteri' },
    ]);
    expect(diaryEntryErrors({ ...ok, text: 'x'.repeat(20_001) }, KINDS, NOW)).toEqual([
      { field: 'input.text', message: 'Il testo può avere al massimo 20.000 caratteri' },
    ]);
  });

  it('lets the author change a draft; a signed entry only by amendment', () => {
    const signed = { authorId: 'anna', signedAt: '2026-12-01T10:00:00Z' };
    expect(draftChangeRefusal({ authorId: 'anna', signedAt: null }, 'anna')).toBeNull();
    expect(draftChangeRefusal({ authorId: 'anna', signedAt: null }, 'bruno')).toBe(
      'Solo l’autore può modificare o firmare una bozza',
    );
    expect(draftChangeRefusal(signed, 'anna')).toMatch(/firmata non si modifica/);
    expect(amendmentRefusal(signed)).toBeNull();
    expect(amendmentRefusal({ authorId: 'anna', signedAt: null })).toMatch(
      /solo le annotazioni firmate/,
    );
  });
});

describe('referrals', () => {
  const SOURCES = new Set(['SCUOLA', 'OSPEDALE']);
  it('needs a known source, the person (registry or description) and a description', () => {
    const school = {
      source: 'SCUOLA',
      urgency: 'HIGH' as const,
      personDescription: 'Alunno di 9 anni, classe 4B',
      description: 'Assenze ripetute',
    };
    expect(referralErrors(school, SOURCES, NOW)).toEqual([]);
    const wrong = {
      source: 'BAR',
      urgency: 'LOW' as const,
      receivedAt: '2026-12-09T00:00:00Z',
      description: '',
    };
    expect(referralErrors(wrong, SOURCES, NOW)).toEqual([
      { field: 'input.source', message: 'Fonte della segnalazione sconosciuta: BAR' },
      { field: 'input.receivedAt', message: 'Una segnalazione non può arrivare nel futuro' },
      {
        field: 'input.personDescription',
        message:
          'Indicare la persona: un soggetto dell’anagrafe o una descrizione (nome, età, indirizzo…)',
      },
      { field: 'input.description', message: 'Descrivere il motivo della segnalazione' },
    ]);
  });

  it('triages once: not accepting needs a note, accepting needs the person in the registry', () => {
    expect(triageErrors({ status: 'RECEIVED', subjectId: 's1' }, 'ACCEPT', null)).toEqual([]);
    expect(
      triageErrors({ status: 'IN_TRIAGE', subjectId: null }, 'NOT_ACCEPT', 'Non di competenza'),
    ).toEqual([]);
    expect(triageErrors({ status: 'RECEIVED', subjectId: null }, 'ACCEPT', null)).toEqual([
      {
        field: 'decision',
        message:
          'Per accogliere la segnalazione, collegare prima la persona a un soggetto dell’anagrafe',
      },
    ]);
    expect(triageErrors({ status: 'RECEIVED', subjectId: 's1' }, 'NOT_ACCEPT', ' ')).toEqual([
      { field: 'note', message: 'Indicare perché la segnalazione non è accolta' },
    ]);
    expect(triageErrors({ status: 'ACCEPTED', subjectId: 's1' }, 'NOT_ACCEPT', 'x')).toEqual([
      { field: 'decision', message: 'La segnalazione è già stata valutata (accolta)' },
    ]);
  });

  it('puts the most urgent first, then the oldest', () => {
    const inbox = [
      { id: 'a', urgency: 'LOW' as const, receivedAt: '2026-12-01T08:00:00Z' },
      { id: 'b', urgency: 'URGENT' as const, receivedAt: '2026-12-06T08:00:00Z' },
      { id: 'c', urgency: 'HIGH' as const, receivedAt: '2026-12-02T08:00:00Z' },
      { id: 'd', urgency: 'URGENT' as const, receivedAt: '2026-12-05T08:00:00Z' },
    ];
    expect(inbox.sort(compareForInbox).map((r) => r.id)).toEqual(['d', 'b', 'c', 'a']);
  });
});

describe('problems and resources', () => {
  const CODES = new Set(['DISOCCUPAZIONE', 'RETE_FAMILIARE']);
  const MEMBERS = new Set(['m1', 'm2']);
  it('names a member exactly for the MEMBER scope, one of the household', () => {
    const check = (input: Parameters<typeof problemErrors>[0]) =>
      problemErrors(input, CODES, MEMBERS);
    expect(check({ scope: 'MEMBER', memberId: 'm1', code: 'DISOCCUPAZIONE' })).toEqual([]);
    expect(check({ scope: 'HOUSEHOLD', code: 'RETE_FAMILIARE' })).toEqual([]);
    expect(check({ scope: 'MEMBER', code: 'X' })).toEqual([
      { field: 'input.memberId', message: 'Indicare il componente del nucleo' },
      { field: 'input.code', message: 'Codice non presente nell’elenco: X' },
    ]);
    expect(check({ scope: 'MEMBER', memberId: 'm9', code: 'DISOCCUPAZIONE' })).toEqual([
      { field: 'input.memberId', message: 'Non è un componente del nucleo del caso' },
    ]);
    const environment = {
      scope: 'ENVIRONMENT' as const,
      memberId: 'm1',
      code: 'DISOCCUPAZIONE',
      since: '2026-05-01',
      resolvedAt: '2026-04-01',
    };
    expect(check(environment)).toEqual([
      {
        field: 'input.memberId',
        message: 'Un componente si indica solo per l’ambito «Componente»',
      },
      { field: 'input.resolvedAt', message: 'La risoluzione non può precedere la data di inizio' },
    ]);
  });
});
