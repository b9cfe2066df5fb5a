/**
 * The registry benchmark's data generator: realistic Italian (and some foreign) people with valid
 * fiscal codes, bulk-loaded straight into `registry.subject` as the schema owner.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { addDays, computeFiscalCode, type Sex } from '@sisa/italia';

// Common surnames carry half of the people, evenly; roots + endings (below) the other half.
// prettier-ignore
export const SURNAMES = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
  'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri',
  'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo',
  'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra', 'Coppola', 'De Santis', "D'Angelo", 'Marchetti',
  'Parisi', 'Villa', 'Conte', 'Ferraro', 'Ferri', 'Fabbri', 'Bianco', 'Marini', 'Grasso', 'Valentini',
  'Messina', 'Sala', 'De Angelis', 'Gatti', 'Pellegrini', 'Palumbo', 'Sanna', 'Farina', 'Rizzi', 'Monti',
  'Cattaneo', 'Morelli', 'Amato', 'Silvestri', 'Mazza', 'Testa', 'Grassi', 'Pellegrino', 'Carbone', 'Giuliani',
  'Benedetti', 'Barone', 'Rossetti', 'Caputo', 'Montanari', 'Guerra', 'Palmieri', 'Bernardi', 'Martino',
  'Fiore', 'De Rosa', 'Ferretti', 'Bellini', 'Basile', 'Riva', 'Donati', 'Piras', 'Vitali', 'Battaglia',
  'Sartori', 'Neri', 'Costantini', 'Milani', 'Pagano', 'Ruggiero', 'Sorrentino', "D'Amico", 'Orlando',
  'Damico', 'Negri', 'Nicolò', 'Zanetti', 'Brambilla', 'Fumagalli', 'Pozzi', 'Zanella', 'Bonetti', 'Crippa',
  'Mauri', 'Cazzaniga',
];
/** Roots and endings of Italian surnames: with the list above, some thousands of surnames, as in a city. */
// prettier-ignore
const ROOTS = [
  'Ross', 'Bianch', 'Ferr', 'Russ', 'Rom', 'Colomb', 'Ricc', 'Marin', 'Grec', 'Brun', 'Gall', 'Cont', 'Mancin',
  'Cost', 'Giordan', 'Rizz', 'Lombard', 'Morett', 'Barbier', 'Fontan', 'Santor', 'Marian', 'Rinald', 'Carus',
  'Martin', 'Leon', 'Long', 'Gentil', 'Vital', 'Serr', 'Coppol', 'Marchett', 'Paris', 'Vill', 'Fabbr', 'Bianc',
  'Grass', 'Valent', 'Sal', 'Gatt', 'Pellegr', 'Palumb', 'Farin', 'Mont', 'Cattan', 'Morell', 'Amat',
  'Silvestr', 'Mazz', 'Test', 'Carbon', 'Giulian', 'Benedett', 'Baron', 'Caput', 'Guerr', 'Palmier', 'Bernard',
  'Fior', 'Bell', 'Basil', 'Donat', 'Pir', 'Sartor', 'Ner', 'Milan', 'Pagan', 'Ruggier', 'Orland', 'Negr',
  'Zan', 'Bonett', 'Cripp', 'Maur', 'Pozz', 'Vergan',
];
// prettier-ignore
const ENDINGS = [
  'i', 'o', 'ini', 'etti', 'elli', 'ato', 'one', 'ucci', 'ari', 'esi', 'otti', 'ello', 'ieri', 'azzi',
];
// prettier-ignore
const FOREIGN_SURNAMES = [
  'Hoxha', 'El Amrani', 'Popescu', 'Kovalenko', 'Santos', 'Chen', 'Hu', 'Diallo', 'Rodríguez', 'Öztürk',
];
// prettier-ignore
const MALE = [
  'Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Luigi', 'Francesco', 'Angelo', 'Vincenzo', 'Pietro',
  'Salvatore', 'Carlo', 'Franco', 'Domenico', 'Bruno', 'Paolo', 'Michele', 'Giorgio', 'Aldo', 'Sergio',
  'Luciano', 'Marco', 'Andrea', 'Luca', 'Alessandro', 'Matteo', 'Lorenzo', 'Davide', 'Simone', 'Federico',
  'Riccardo', 'Nicolò', 'Niccolò', 'Tommaso', 'Gabriele', 'Leonardo', 'Edoardo', 'Mattia', 'Emanuele',
  'Stefano', 'Roberto',
];
// prettier-ignore
const FEMALE = [
  'Maria', 'Anna', 'Giuseppina', 'Rosa', 'Angela', 'Giovanna', 'Teresa', 'Lucia', 'Carmela', 'Caterina',
  'Francesca', 'Antonietta', 'Carla', 'Elena', 'Concetta', 'Rita', 'Margherita', 'Franca', 'Paola', 'Laura',
  'Giulia', 'Sofia', 'Aurora', 'Alice', 'Ginevra', 'Emma', 'Giorgia', 'Greta', 'Beatrice', 'Chiara', 'Martina',
  'Sara', 'Noemi', 'Zoë', 'Agnese', 'Ilaria', 'Silvia', 'Valentina', 'Federica', 'Débora',
];
/** Birth comuni (Belfiore) and foreign countries (Z-code, ISO numeric citizenship). */
// prettier-ignore
const COMUNI = [
  'F205', 'I690', 'F839', 'H501', 'L219', 'G273', 'A662', 'C351', 'D969', 'B157', 'A944', 'L736', 'D612',
  'G224', 'L424',
];
// prettier-ignore
const ABROAD: [string, string][] = [
  ['Z100', '008'], ['Z330', '504'], ['Z129', '642'], ['Z138', '804'], ['Z216', '608'], ['Z210', '156'],
  ['Z343', '686'], ['Z611', '604'],
];
// prettier-ignore
const STREETS = [
  'Via Dante', 'Viale Monza', 'Via Garibaldi', 'Corso Buenos Aires', 'Via Mazzini', 'Via Verdi', 'Via Marelli',
  'Via Cavour',
];

/** A small deterministic generator (mulberry32), so two runs load the same people. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index skewed towards the start of a list (frequent names first). */
const skewed = (rnd: () => number, length: number) =>
  Math.min(length - 1, Math.floor(length * rnd() ** 2.2));

export interface GeneratedSubject {
  id: string;
  fiscalCode: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  birthDate: string;
  birthPlaceCode: string;
  citizenshipCode: string;
  street: string;
}

/** `count` distinct people (by fiscal code) of one tenant. */
export function* generateSubjects(count: number, seed: number): Generator<GeneratedSubject> {
  const rnd = random(seed);
  const seen = new Set<string>();
  while (seen.size < count) {
    const foreign = rnd() < 0.09;
    const sex: Sex = rnd() < 0.5 ? 'M' : 'F';
    const names = sex === 'M' ? MALE : FEMALE;
    const [birthPlaceCode, citizenshipCode] = foreign
      ? ABROAD[Math.floor(rnd() * ABROAD.length)]!
      : [COMUNI[skewed(rnd, COMUNI.length)]!, '380'];
    const person = {
      lastName: foreign
        ? FOREIGN_SURNAMES[Math.floor(rnd() * FOREIGN_SURNAMES.length)]!
        : rnd() < 0.5
          ? SURNAMES[Math.floor(rnd() * SURNAMES.length)]!
          : ROOTS[Math.floor(rnd() * ROOTS.length)]! + ENDINGS[Math.floor(rnd() * ENDINGS.length)]!,
      firstName: names[skewed(rnd, names.length)]!,
      sex,
      birthDate: addDays('1925-01-01', Math.floor(rnd() * 365.25 * 99)),
      birthPlaceCode,
    };
    const fiscalCode = computeFiscalCode(person);
    if (seen.has(fiscalCode)) continue;
    seen.add(fiscalCode);
    yield {
      id: randomUUID(),
      fiscalCode,
      citizenshipCode,
      street: `${STREETS[seen.size % STREETS.length]} ${1 + (seen.size % 200)}`,
      ...person,
    };
  }
}

const COLUMNS = [
  ['id', 'uuid'],
  ['tenant_id', 'uuid'],
  ['fiscal_code', 'text'],
  ['first_name', 'text'],
  ['last_name', 'text'],
  ['sex', 'text'],
  ['birth_date', 'date'],
  ['birth_place_code', 'text'],
  ['citizenship_code', 'text'],
  ['residence_street', 'text'],
  ['residence_municipality_code', 'text'],
  ['residence_country_code', 'text'],
] as const;

/**
 * Loads the people in batches of `batchSize` rows, one `insert … select from unnest(arrays)` each
 * (indexes, including the trigram one, are maintained as the rows arrive). Returns the seconds it
 * took, generation included.
 */
export async function loadSubjects(
  ownerUrl: string,
  tenant: { id: string; code: string },
  count: number,
  seed: number,
  batchSize = 5000,
): Promise<{ seconds: number; sampleCodes: string[] }> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const started = performance.now();
  const sampleCodes: string[] = [];
  const sampleEvery = Math.max(1, Math.floor(count / 2000));
  const sql = `insert into registry.subject (${COLUMNS.map(([c]) => c).join(', ')}, custom_fields, version, created_at, created_by, updated_at, updated_by)
    select *, '{}'::jsonb, 1, now(), 'bench', now(), 'bench' from unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;
  try {
    let batch: GeneratedSubject[] = [];
    const flush = async () => {
      const columns: unknown[][] = COLUMNS.map(() => []);
      for (const s of batch) {
        const row = [
          s.id,
          tenant.id,
          s.fiscalCode,
          s.firstName,
          s.lastName,
          s.sex,
          s.birthDate,
          s.birthPlaceCode,
          s.citizenshipCode,
          s.street,
          tenant.code,
          '380',
        ];
        row.forEach((value, i) => columns[i]!.push(value));
      }
      await client.query(sql, columns);
      batch = [];
    };
    let n = 0;
    for (const subject of generateSubjects(count, seed)) {
      if (n++ % sampleEvery === 0) sampleCodes.push(subject.fiscalCode);
      batch.push(subject);
      if (batch.length === batchSize) await flush();
    }
    if (batch.length) await flush();
    return { seconds: (performance.now() - started) / 1000, sampleCodes };
  } finally {
    await client.end();
  }
}

/** How many subjects of these tenants are loaded. */
export async function loadedCount(ownerUrl: string, tenantIds: readonly string[]): Promise<number> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      'select count(*)::int as n from registry.subject where tenant_id = any($1::uuid[])',
      [tenantIds],
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** Up to 2,000 fiscal codes of a tenant, to look up. */
export async function sampleCodes(ownerUrl: string, tenantId: string): Promise<string[]> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ fiscal_code: string }>(
      'select fiscal_code from registry.subject where tenant_id = $1 order by id limit 2000',
      [tenantId],
    );
    return rows.map((r) => r.fiscal_code);
  } finally {
    await client.end();
  }
}

/** Empties the bench database's subjects (and what refers to them) before a new load. */
export async function truncateSubjects(ownerUrl: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('truncate registry.subject cascade');
  } finally {
    await client.end();
  }
}
