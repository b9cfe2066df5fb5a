import {
  allComuni,
  allCountries,
  findComuneByBelfiore,
  findComuneByIstat,
  findComuniByName,
  findCountryByAlpha,
  findCountryByIsoNumeric,
  findCountryByName,
  findCountryByZCode,
  findRegion,
  ITALY_ISO_NUMERIC,
  REGIONS,
  resolveBirthPlace,
  searchComuni,
} from '../src';

describe('comuni', () => {
  it.each([
    ['F205', '015146', 'Milano', 'MI', '03', 'Lombardia'],
    ['I690', '015209', 'Sesto San Giovanni', 'MI', '03', 'Lombardia'],
    ['H501', '058091', 'Roma', 'RM', '12', 'Lazio'],
    ['L219', '001272', 'Torino', 'TO', '01', 'Piemonte'],
    ['F839', '063049', 'Napoli', 'NA', '15', 'Campania'],
    ['G273', '082053', 'Palermo', 'PA', '19', 'Sicilia'],
    ['B354', '092009', 'Cagliari', 'CA', '20', 'Sardegna'],
    ['A326', '007003', 'Aosta', 'AO', '02', "Valle d'Aosta"],
  ])('%s is %s %s', (belfioreCode, istatCode, name, provinceCode, regionCode, regionName) => {
    const comune = findComuneByBelfiore(belfioreCode);
    expect(comune).toEqual(
      expect.objectContaining({
        belfioreCode,
        istatCode,
        name,
        provinceCode,
        regionCode,
        regionName,
        active: true,
      }),
    );
    expect(findComuneByIstat(istatCode)).toBe(comune);
  });

  it('finds by codes in any case, and by ISTAT codes without leading zeros', () => {
    expect(findComuneByBelfiore(' f205 ')?.name).toBe('Milano');
    expect(findComuneByIstat('15146')?.name).toBe('Milano');
    expect(findComuneByIstat('0151467')).toBeUndefined();
    expect(findComuneByIstat('abc')).toBeUndefined();
    expect(findComuneByBelfiore('A000')).toBeUndefined();
  });

  it('keeps soppressed comuni, which old codici fiscali use', () => {
    expect(findComuneByBelfiore('A012')).toMatchObject({
      name: 'Abetone',
      provinceCode: 'PT',
      regionCode: '09',
      active: false,
    });
    expect(findComuneByBelfiore('M376')).toMatchObject({
      name: 'Abetone Cutigliano',
      active: true,
    });
    // A comune merged long ago, only in the Agenzia delle Entrate list.
    expect(findComuneByBelfiore('A030')).toMatchObject({
      name: 'Acqua',
      provinceCode: 'SO',
      active: false,
    });
    // Comuni of Istria, Italian until 1947: no region any more.
    expect(findComuneByBelfiore('G778')).toMatchObject({
      name: 'Pola',
      regionCode: '',
      regionName: '',
      active: false,
    });
  });

  it('carries the other official language and former names', () => {
    expect(findComuneByBelfiore('A952')).toMatchObject({ name: 'Bolzano', otherNames: ['Bozen'] });
    expect(findComuneByBelfiore('A001')?.otherNames).toContain('Abano Bagni');
  });

  it('lists every comune, about 7,900 current ones', () => {
    const comuni = allComuni();
    const active = comuni.filter((c) => c.active);
    expect(active.length).toBeGreaterThan(7800);
    expect(active.length).toBeLessThan(8100);
    expect(comuni.length).toBeGreaterThan(10000);
    expect(Object.isFrozen(comuni)).toBe(true);
  });
});

describe('searchComuni', () => {
  it('ranks exact, then prefix, then contains, ignoring accents and case', () => {
    expect(searchComuni('milano', 3).map((c) => c.name)[0]).toBe('Milano');
    const sesto = searchComuni('sesto san', 50).map((c) => c.name);
    expect(sesto).toContain('Sesto San Giovanni');
    expect(searchComuni('san giovanni', 200).map((c) => c.name)).toContain('Sesto San Giovanni');
    expect(searchComuni('agliè')[0]?.name).toBe('Agliè');
    expect(searchComuni('aglie')[0]?.name).toBe('Agliè');
    expect(searchComuni('forli')[0]?.name).toBe('Forlì');
  });

  it('puts exact names first, current comuni before soppressed ones, and honours the limit', () => {
    expect(searchComuni('abetone', 10).map((c) => c.belfioreCode)).toEqual(['A012', 'M376']);
    expect(searchComuni('fiume', 3).map((c) => c.name)).toEqual([
      'Fiume',
      'Fiume Veneto',
      'Fiumedinisi',
    ]);
    expect(searchComuni('castel san pietro').map((c) => `${c.name} ${c.active}`)).toEqual([
      'Castel San Pietro Romano true',
      'Castel San Pietro Terme true',
      'Castel San Pietro Monferrato false',
    ]);
    expect(searchComuni('san', 5)).toHaveLength(5);
    expect(searchComuni('san', 0)).toEqual([]);
  });

  it('finds other-language names and ignores empty queries', () => {
    expect(searchComuni('bozen')[0]?.name).toBe('Bolzano');
    expect(searchComuni('  ')).toEqual([]);
    expect(searchComuni("'")).toEqual([]);
    expect(searchComuni('zzzzqqq')).toEqual([]);
  });
});

describe('findComuniByName', () => {
  it('matches whole names, narrowed by province', () => {
    expect(findComuniByName('SESTO SAN GIOVANNI').map((c) => c.belfioreCode)).toEqual(['I690']);
    expect(findComuniByName("Sant'Angelo Lodigiano", 'lo').map((c) => c.provinceCode)).toEqual([
      'LO',
    ]);
    expect(findComuniByName('Milano', 'RM')).toEqual([]);
    expect(findComuniByName('')).toEqual([]);
  });
});

describe('countries', () => {
  it.each([
    ['Z404', '840', 'US', 'USA', "Stati Uniti d'America"],
    ['Z114', '826', 'GB', 'GBR', 'Regno Unito'],
    ['Z209', '144', 'LK', 'LKA', 'Sri Lanka'],
    ['Z210', '156', 'CN', 'CHN', 'Cina'],
    ['Z330', '504', 'MA', 'MAR', 'Marocco'],
    ['Z129', '642', 'RO', 'ROU', 'Romania'],
    ['Z100', '008', 'AL', 'ALB', 'Albania'],
    ['Z112', '276', 'DE', 'DEU', 'Germania'],
    ['Z110', '250', 'FR', 'FRA', 'Francia'],
  ])('%s is %s %s %s %s', (zCode, isoNumeric, isoAlpha2, isoAlpha3, nameIt) => {
    const country = findCountryByZCode(zCode);
    expect(country).toMatchObject({
      zCode,
      isoNumeric,
      isoAlpha2,
      isoAlpha3,
      nameIt,
      active: true,
    });
    expect(findCountryByIsoNumeric(isoNumeric)).toBe(country);
    expect(findCountryByAlpha(isoAlpha2.toLowerCase())).toBe(country);
    expect(findCountryByAlpha(isoAlpha3)).toBe(country);
  });

  it('prefers the current Z-code when a state had more', () => {
    expect(findCountryByZCode('Z136')).toMatchObject({ nameIt: 'Georgia', active: false });
    expect(findCountryByIsoNumeric('268')?.zCode).toBe('Z254');
    expect(findCountryByAlpha('GE')?.zCode).toBe('Z254');
  });

  it('keeps former states with their ISO 3166-3 codes', () => {
    expect(findCountryByZCode('Z118')).toMatchObject({
      isoNumeric: '891',
      isoAlpha3: 'YUG',
      active: false,
    });
    expect(findCountryByZCode('Z135')).toMatchObject({ nameEn: 'Soviet Union', active: false });
    expect(findCountryByZCode('Z111')).toMatchObject({ isoAlpha3: 'DDR', active: false });
  });

  it('reads ISO numeric codes without leading zeros, and knows Italy is not a foreign country', () => {
    expect(findCountryByIsoNumeric('8')?.zCode).toBe('Z100');
    expect(findCountryByIsoNumeric(ITALY_ISO_NUMERIC)).toBeUndefined();
    expect(findCountryByIsoNumeric('abc')).toBeUndefined();
    expect(findCountryByAlpha('IT')).toBeUndefined();
    expect(findCountryByAlpha('U')).toBeUndefined();
  });

  it('finds by Italian or English name, only when unambiguous', () => {
    expect(findCountryByName('stati uniti d america')?.zCode).toBe('Z404');
    expect(findCountryByName('United States')?.zCode).toBe('Z404');
    expect(findCountryByName('GERMANIA')?.zCode).toBe('Z112');
    expect(findCountryByName('Germany')?.zCode).toBe('Z112');
    expect(findCountryByName('Perù')?.zCode).toBe('Z611');
    expect(findCountryByName('peru')?.zCode).toBe('Z611');
    expect(findCountryByName('Ceylon')?.zCode).toBe('Z209');
    expect(findCountryByName('Georgia')?.zCode).toBe('Z254');
    expect(findCountryByName('Antille Britanniche')?.zCode).toBe('Z523');
    expect(findCountryByName('Atlantide')).toBeUndefined();
    expect(findCountryByName('')).toBeUndefined();
  });

  it('lists countries with unique Z-codes', () => {
    const countries = allCountries();
    expect(new Set(countries.map((c) => c.zCode)).size).toBe(countries.length);
    expect(countries.filter((c) => c.active).length).toBeGreaterThan(190);
  });
});

describe('resolveBirthPlace', () => {
  it('resolves comuni and countries', () => {
    expect(resolveBirthPlace('F205')).toMatchObject({ kind: 'COMUNE', comune: { name: 'Milano' } });
    expect(resolveBirthPlace('z404')).toMatchObject({
      kind: 'COUNTRY',
      country: { isoNumeric: '840' },
    });
    expect(resolveBirthPlace('A012')).toMatchObject({ kind: 'COMUNE', comune: { active: false } });
  });

  it('gives undefined for unknown or malformed codes', () => {
    expect(resolveBirthPlace('Z999')).toBeUndefined();
    expect(resolveBirthPlace('A000')).toBeUndefined();
    expect(resolveBirthPlace('F20')).toBeUndefined();
    expect(resolveBirthPlace('')).toBeUndefined();
  });
});

describe('regions', () => {
  it('has the 20 regions with codes 01–20', () => {
    expect(REGIONS).toHaveLength(20);
    expect(REGIONS.map((r) => r.code)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(findRegion('03')?.name).toBe('Lombardia');
    expect(findRegion('21')).toBeUndefined();
  });
});
