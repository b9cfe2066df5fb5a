import comuniData from '../data/comuni.json';
import { searchKey } from '../text/foldAccents';
import { findRegion } from './regions';
import type { Comune } from './types';

interface ComuneIndex {
  all: readonly Comune[];
  byBelfiore: ReadonlyMap<string, Comune>;
  byIstat: ReadonlyMap<string, Comune>;
}

let index: ComuneIndex | undefined;
let keyIndex: ReadonlyMap<Comune, readonly string[]> | undefined;

// Built on first use: services that never look up a comune do not pay for it.
function comuni(): ComuneIndex {
  if (index) return index;
  const all: Comune[] = [];
  const byBelfiore = new Map<string, Comune>();
  const byIstat = new Map<string, Comune>();
  for (const row of comuniData.rows) {
    const [belfioreCode, istatCode, name, provinceCode, regionCode, active, ...otherNames] =
      row.map(String);
    const comune: Comune = Object.freeze({
      belfioreCode: belfioreCode ?? '',
      istatCode: istatCode ?? '',
      name: name ?? '',
      provinceCode: provinceCode ?? '',
      regionCode: regionCode ?? '',
      regionName: findRegion(regionCode ?? '')?.name ?? '',
      active: active === '1',
      otherNames: Object.freeze(otherNames),
    });
    all.push(comune);
    byBelfiore.set(comune.belfioreCode, comune);
    // A soppressed comune keeps its last ISTAT code; the current one wins if ever reused.
    if (comune.istatCode && (comune.active || !byIstat.has(comune.istatCode)))
      byIstat.set(comune.istatCode, comune);
  }
  index = { all: Object.freeze(all), byBelfiore, byIstat };
  return index;
}

/** Search keys of each comune, its name first, then the other names; built on the first search. */
function searchKeys(): ReadonlyMap<Comune, readonly string[]> {
  keyIndex ??= new Map(comuni().all.map((c) => [c, [c.name, ...c.otherNames].map(searchKey)]));
  return keyIndex;
}

/** Every comune, current and soppressed, in Belfiore code order. */
export function allComuni(): readonly Comune[] {
  return comuni().all;
}

/** The comune with a Belfiore code (`F205`, any case), current or soppressed. */
export function findComuneByBelfiore(code: string): Comune | undefined {
  return comuni().byBelfiore.get(code.trim().toUpperCase());
}

/** True when a Belfiore code as stored (upper case, no spaces) names a comune: a lookup, no copy. */
export function hasComuneWithBelfiore(code: string): boolean {
  return comuni().byBelfiore.has(code);
}

/** The comune with a 6-digit ISTAT code (`015146`); leading zeros may be missing (`15146`). */
export function findComuneByIstat(code: string): Comune | undefined {
  const trimmed = code.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  return comuni().byIstat.get(trimmed.padStart(6, '0'));
}

/**
 * The comuni whose name or other name is exactly `name` (accents, case, spaces and punctuation
 * ignored), current ones first; `provinceCode` narrows to one province. For imports that give
 * the birth place by name: `findComuniByName('CASTEL SAN PIETRO')` may return several.
 */
export function findComuniByName(name: string, provinceCode?: string): Comune[] {
  const key = searchKey(name);
  if (!key) return [];
  const province = provinceCode?.trim().toUpperCase();
  const keys = searchKeys();
  return comuni()
    .all.filter(
      (c) => (province === undefined || c.provinceCode === province) && keys.get(c)?.includes(key),
    )
    .sort(byRelevance);
}

/**
 * Comuni whose name (or other name) matches `query`, ignoring accents, case and punctuation:
 * exact names first, then names starting with the query, then names containing it; current comuni
 * before soppressed ones, then alphabetical. An empty query finds nothing.
 */
export function searchComuni(query: string, limit = 20): Comune[] {
  const key = searchKey(query);
  if (!key || limit <= 0) return [];
  const keys = searchKeys();
  const ranked: { comune: Comune; rank: number }[] = [];
  for (const [comune, comuneKeys] of keys) {
    const rank = matchRank(comuneKeys, key);
    if (rank !== undefined) ranked.push({ comune, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || byRelevance(a.comune, b.comune));
  return ranked.slice(0, limit).map((r) => r.comune);
}

// 0–2: exact, prefix, contains on the name; 3–5: the same on another name.
function matchRank(keys: readonly string[], query: string): number | undefined {
  let best: number | undefined;
  keys.forEach((key, position) => {
    const base = position === 0 ? 0 : 3;
    const rank =
      key === query
        ? base
        : key.startsWith(query)
          ? base + 1
          : key.includes(query)
            ? base + 2
            : undefined;
    if (rank !== undefined && (best === undefined || rank < best)) best = rank;
  });
  return best;
}

function byRelevance(a: Comune, b: Comune): number {
  return Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'it');
}
