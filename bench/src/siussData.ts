/**
 * The SIUSS benchmark's data: a CSV of benefit records as a comune's software exports them —
 * many distinct people with valid fiscal codes (computed), Italian and foreign birth places,
 * names with accents, Italian dates and amounts written in several ways, periodic and
 * occasional benefits of every service code, DSU data, shares, and some rows a person would
 * have to fix: about 1% unreadable (rejected) and 2% with rule problems (imported INVALID).
 * Generated on the fly, in chunks: nothing is held in memory but the pool of people.
 */
import { allComuni, allCountries, computeFiscalCode, type Sex } from '@sisa/italia';

/** Deterministic PRNG (mulberry32): the same seed gives the same file. */
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

// prettier-ignore
const SURNAMES = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno',
  'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri',
  'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone', 'Longo',
  'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra', 'Coppola', 'De Santis', "D'Angelo", 'Marchetti',
  'Parisi', 'Villa', 'Conte', 'Ferraro', 'Ferri', 'Fabbri', 'Bianco', 'Marini', 'Grasso', 'Valentini',
  'Nicolò', 'Zanetti', 'Brambilla', 'Fumagalli', 'Pozzi', 'Crippa', 'Hoxha', 'El Amrani', 'Popescu', 'Öztürk',
];
// prettier-ignore
const MALE = ['Giuseppe', 'Giovanni', 'Antonio', 'Mario', 'Luigi', 'Francesco', 'Niccolò', 'Salvatore', 'Marco', 'Andrea', 'Luca', 'Gabriele', 'Mattia', 'Ahmed', 'Ion'];
// prettier-ignore
const FEMALE = ['Maria', 'Anna', 'Giuseppina', 'Rosa', 'Lucia', 'Francesca', 'Giulia', 'Sofia', 'Zoë', 'Débora', 'Chiara', 'Martina', 'Fatima', 'Elena', 'Ana'];

/** Service codes of the system `siuss_service` list with their characters (P periodic, O occasional). */
// prettier-ignore
const SERVICES: [string, 'P' | 'O'][] = [
  ['A1.01', 'P'], ['A1.02', 'O'], ['A1.03', 'O'], ['A1.04', 'P'], ['A1.05', 'P'], ['A1.06', 'O'], ['A1.07', 'P'],
  ['A1.09', 'O'], ['A1.10', 'P'], ['A1.11', 'P'], ['A1.12', 'P'], ['A1.14', 'P'], ['A1.16', 'O'], ['A1.19', 'O'],
  ['A2.01', 'P'], ['A2.02', 'P'], ['A2.05', 'O'], ['A2.07', 'P'], ['A2.08', 'P'], ['A2.12', 'P'], ['A3.01', 'P'], ['A3.02', 'P'],
];

export const SIUSS_CSV_HEADER =
  'CodiceFiscale;Cognome;Nome;AnnoNascita;LuogoNascita;Genere;CodiceCittadinanza;CodiceRegione;CodiceComune;CodiceNazione;' +
  'PresenzaProvaMezzi;CaratterePrestazione;CodicePrestazione;ProtocolloDomanda;DataInizioPrestazione;DataFinePrestazione;' +
  'DataErogazionePrestazione;ImportoPrestazione;ImportoMensile;ImportoQuotaEnte;ImportoQuotaUtente;PresaCarico;AreaUtenza;' +
  'NumeroProtocolloDSU;AnnoProtocolloDSU;DataDSU\n';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `1.234,56`, `1234,56`, `€ 1.234,56` or `1234.56`: the ways spreadsheets write euros. */
function italianAmount(cents: number, style: number): string {
  const units = Math.floor(cents / 100);
  const decimals = pad2(cents % 100);
  if (style === 3) return `${units}.${decimals}`;
  const grouped = style === 1 ? String(units) : String(units).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return style === 2 ? `€ ${grouped},${decimals}` : `${grouped},${decimals}`;
}

/**
 * The people of the file: `count` distinct fiscal codes (computed from name, sex, birth date and
 * place), each already written as the first ten CSV columns (the way the source writes them).
 */
export function peoplePool(count: number, seed = 1): string[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const comuni = allComuni().filter((c) => c.active && c.istatCode);
  const countries = allCountries().filter((c) => c.active && c.isoNumeric);
  const residences = comuni.filter((c) => c.regionCode === '03');
  const milano = comuni.find((c) => c.belfioreCode === 'F205')!;
  const seen = new Set<string>();
  const people: string[] = [];
  while (people.length < count) {
    const sex: Sex = rnd() < 0.52 ? 'F' : 'M';
    const lastName = pick(SURNAMES);
    const firstName = pick(sex === 'F' ? FEMALE : MALE);
    const birthYear = 1930 + Math.floor(rnd() * 91);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const foreign = rnd() < 0.1 ? pick(countries) : null;
    const birthPlace = foreign ? foreign.zCode : rnd() < 0.4 ? 'F205' : pick(comuni).belfioreCode;
    const code = computeFiscalCode({
      lastName,
      firstName,
      sex,
      birthDate: `${birthYear}-${pad2(month)}-${pad2(day)}`,
      birthPlaceCode: birthPlace,
    });
    if (seen.has(code)) continue; // a real comune would have an omocode: leave them out
    seen.add(code);
    const style = rnd();
    const written = style < 0.05 ? ` ${code.toLowerCase()} ` : code;
    const citizenship = foreign
      ? style < 0.5
        ? foreign.isoNumeric
        : foreign.isoAlpha3 || foreign.isoNumeric
      : style < 0.6
        ? '380'
        : style < 0.8
          ? 'IT'
          : 'Italia';
    const residence = rnd() < 0.7 ? milano : pick(residences);
    const region = style < 0.3 ? '3' : residence.regionCode;
    const comune = style < 0.3 ? String(Number(residence.istatCode)) : residence.istatCode;
    const sexText = style < 0.5 ? sex : sex === 'M' ? '1' : '2';
    people.push(
      `${written};${lastName};${firstName};${birthYear};${birthPlace};${sexText};${citizenship};${region};${comune};${style < 0.9 ? '380' : 'Italia'}`,
    );
  }
  return people;
}

/**
 * Yields the CSV in chunks of about 64 KiB: header, then `rows` benefit rows over the pool of
 * people. About 1% of the rows cannot be read (rejected) and 2% break an INPS rule (INVALID).
 */
export function* siussCsv(rows: number, people: readonly string[], seed = 2): Generator<Buffer> {
  const rnd = random(seed);
  let chunk = SIUSS_CSV_HEADER;
  for (let i = 0; i < rows; i++) {
    let person = people[Math.floor(rnd() * people.length)]!;
    const [service, character] = SERVICES[Math.floor(rnd() * SERVICES.length)]!;
    const meansTest = 1 + Math.floor(rnd() * 4);
    const year = 2018 + Math.floor(rnd() * 3);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const cents = 2_000 + Math.floor(rnd() * 150_000);
    const style = Math.floor(rnd() * 4);
    const flaw = rnd();
    let start = '';
    let end = '';
    let payment = '';
    let amount = '';
    let monthly = '';
    let entityShare = '';
    let userShare = '';
    if (character === 'P') {
      start = `${pad2(day)}/${pad2(month)}/${year}`;
      const endMonth = month + Math.floor(rnd() * 18);
      end =
        rnd() < 0.1
          ? ''
          : `${pad2(28)}/${pad2(((endMonth - 1) % 12) + 1)}/${year + Math.floor((endMonth - 1) / 12)}`;
      monthly = italianAmount(cents, style);
      if (rnd() < 0.2) {
        const entity = Math.floor(cents * 0.8);
        entityShare = italianAmount(entity, style);
        userShare = italianAmount(cents - entity, style);
      }
    } else {
      payment =
        rnd() < 0.1 ? `${year}-${pad2(month)}-${pad2(day)}` : `${pad2(day)}/${pad2(month)}/${year}`;
      amount = italianAmount(cents, style);
    }
    const takenInCharge = rnd() < 0.6;
    const dsu =
      meansTest === 1
        ? `;INPS-ISEE-${year}-${String(i).padStart(8, '0')}A-00;${year};${pad2(day)}/${pad2(month)}/${year}`
        : ';;;';
    // Rows a person must fix: unreadable (rejected) or against a rule (imported with issues).
    if (flaw < 0.004) payment = character === 'O' ? '31/02/2019' : payment;
    else if (flaw < 0.007) amount = monthly = 'dieci euro';
    else if (flaw < 0.01) person = `;${person.slice(person.indexOf(';') + 1)}`;
    else if (flaw < 0.02)
      person = `${person.slice(0, 15)}${person.charAt(15) === 'A' ? 'B' : 'A'}${person.slice(16)}`;
    else if (flaw < 0.03) monthly = character === 'P' ? '' : monthly;
    chunk +=
      `${person};${meansTest};${character === 'P' ? 1 : 2};${service};PG/${year}/${i};${start};${end};${payment};${amount};${monthly};` +
      `${entityShare};${userShare};${takenInCharge ? 1 : 2};${takenInCharge ? 1 + Math.floor(rnd() * 3) : ''}${dsu}\n`;
    if (chunk.length >= 64 * 1024) {
      yield Buffer.from(chunk);
      chunk = '';
    }
  }
  if (chunk) yield Buffer.from(chunk);
}
