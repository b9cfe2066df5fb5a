import { allComuni, allCountries, REGIONS, type Comune, type Country } from '../src';

// Integrity of the generated reference data (scripts/build-places.mjs). Each test collects the
// offending records, so a failure names them.
const comuni = allComuni();
const current = comuni.filter((c) => c.active);
const regionCodes = new Set(REGIONS.map((r) => r.code));
const codes = (list: readonly (Comune | Country)[]) =>
  list.map((c) => ('zCode' in c ? c.zCode : c.belfioreCode));

describe('reference data', () => {
  it('has unique, well-formed Belfiore codes', () => {
    expect(new Set(codes(comuni)).size).toBe(comuni.length);
    expect(codes(comuni.filter((c) => !/^[A-Y]\d{3}$/.test(c.belfioreCode)))).toEqual([]);
  });

  it('gives every current comune a unique ISTAT code, a province, a region and a name', () => {
    expect(new Set(current.map((c) => c.istatCode)).size).toBe(current.length);
    const bad = current.filter(
      (c) =>
        !/^\d{6}$/.test(c.istatCode) ||
        !/^[A-Z]{2}$/.test(c.provinceCode) ||
        !regionCodes.has(c.regionCode) ||
        c.name === '' ||
        c.name.trim() !== c.name,
    );
    expect(codes(bad)).toEqual([]);
  });

  it('gives soppressed comuni a name and a province', () => {
    const bad = comuni.filter(
      (c) =>
        !c.active &&
        (c.name === '' || !/^(\d{6})?$/.test(c.istatCode) || !/^[A-Z]{2}$/.test(c.provinceCode)),
    );
    expect(codes(bad)).toEqual([]);
  });

  it('uses one ISTAT region per province', () => {
    const regionsOf = new Map<string, Set<string>>();
    for (const c of current)
      regionsOf.set(c.provinceCode, (regionsOf.get(c.provinceCode) ?? new Set()).add(c.regionCode));
    expect([...regionsOf].filter(([, regions]) => regions.size > 1)).toEqual([]);
  });

  it('has well-formed countries with unique current ISO codes', () => {
    const countries = allCountries();
    const bad = countries.filter(
      (c) =>
        !/^Z\d{3}$/.test(c.zCode) ||
        !/^(\d{3})?$/.test(c.isoNumeric) ||
        !/^([A-Z]{2})?$/.test(c.isoAlpha2) ||
        !/^([A-Z]{3})?$/.test(c.isoAlpha3) ||
        c.nameIt === '' ||
        c.nameEn === '',
    );
    expect(codes(bad)).toEqual([]);
    const currentIso = countries.filter((c) => c.active && c.isoNumeric).map((c) => c.isoNumeric);
    expect(new Set(currentIso).size).toBe(currentIso.length);
  });
});
