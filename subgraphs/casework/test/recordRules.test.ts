import {
  amendmentRefusal,
  compareForInbox,
  diaryEntryErrors,
  draftChangeRefusal,
  formErrors,
  isNewVersion,
  problemErrors,
  referralErrors,
  scoreAssessment,
  scoreRange,
  triageErrors,
  type AssessmentFormDefinition,
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

const FORM: AssessmentFormDefinition = {
  key: 'autonomia_adl',
  label: 'Autonomia nelle attività quotidiane',
  items: [
    {
      key: 'igiene',
      label: 'Igiene personale',
      options: [
        { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
        { code: 'PARZIALE', label: 'Parzialmente', score: 1 },
        { code: 'DIPENDENTE', label: 'Dipendente', score: 2 },
      ],
    },
    {
      key: 'alimentazione',
      label: 'Alimentazione',
      options: [
        { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
        { code: 'DIPENDENTE', label: 'Dipendente', score: 3 },
      ],
    },
  ],
  bands: [
    { min: 0, max: 1, label: 'Lieve' },
    { min: 2, max: 3, label: 'Moderata' },
    { min: 4, max: 5, label: 'Grave' },
  ],
};

describe('assessments', () => {
  it('scores the sum of the chosen options and finds the band that holds it', () => {
    expect(scoreRange(FORM.items)).toEqual({ min: 0, max: 5 });
    expect(scoreAssessment(FORM, { igiene: 'PARZIALE', alimentazione: 'DIPENDENTE' })).toEqual({
      score: 4,
      band: 'Grave',
    });
    expect(scoreAssessment(FORM, { igiene: 'NO', colore: 'BLU' })).toEqual({
      errors: [
        { field: 'answers.colore', message: 'Voce non presente nel modulo' },
        { field: 'answers.igiene', message: 'Risposta non prevista per «Igiene personale»: NO' },
        { field: 'answers.alimentazione', message: 'Manca la risposta a «Alimentazione»' },
      ],
    });
    expect(scoreAssessment(FORM, ['AUTONOMO'])).toEqual({
      errors: [{ field: 'answers', message: 'Le risposte sono un oggetto { voce: codice }' }],
    });
  });

  it('accepts a well-formed form whose bands cover every total, refuses the rest', () => {
    expect(formErrors(FORM)).toEqual([]);
    const gaps: AssessmentFormDefinition = {
      ...FORM,
      bands: [
        { min: 1, max: 1, label: 'A' },
        { min: 3, max: 4, label: 'B' },
        { min: 4, max: 4, label: 'C' },
      ],
    };
    expect(formErrors(gaps)).toEqual([
      { field: 'input.bands[1].min', message: 'Nessuna fascia per i punteggi da 2 a 2' },
      { field: 'input.bands[2].min', message: 'Si sovrappone alla fascia «B»' },
      { field: 'input.bands', message: 'Nessuna fascia per i punteggi da 0 a 0' },
      { field: 'input.bands', message: 'Nessuna fascia per i punteggi da 5 a 5' },
    ]);
    const broken: AssessmentFormDefinition = {
      key: 'Autonomia',
      label: '',
      items: [
        { key: 'igiene', label: 'Igiene', options: [{ code: 'SI', label: 'Sì', score: 1.5 }] },
        {
          key: 'igiene',
          label: 'Ancora',
          options: [
            { code: 'si', label: 'Sì', score: 0 },
            { code: 'NO', label: 'No', score: 0 },
          ],
        },
      ],
      bands: [{ min: 3, max: 1, label: 'X' }],
    };
    expect(formErrors(broken).map((e) => e.field)).toEqual([
      'input.key',
      'input.label',
      'input.items[0].options',
      'input.items[0].options[0].score',
      'input.items[1].key',
      'input.items[1].options[0].code',
      'input.bands[0].max',
    ]);
  });

  it('makes a new version when anything an assessment depends on changes', () => {
    expect(isNewVersion(FORM, structuredClone(FORM))).toBe(false);
    const rescored = structuredClone(FORM);
    rescored.items[1]!.options[1]!.score = 2;
    expect(isNewVersion(FORM, rescored)).toBe(true);
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
