import { allComuni, allCountries, ITALY_ISO_NUMERIC } from '@sisa/italia';
import type { SystemListData } from './types';

/**
 * Countries by ISO 3166-1 numeric code (the contract's `citizenshipCode`), from @sisa/italia:
 * Italy first, then by Italian name. Territories without an ISO code are left out; where one
 * code names several entries (a state and its former names), the current one is kept.
 */
export function countryList(): SystemListData {
  const byCode = new Map<string, { code: string; label: string; active: boolean }>();
  for (const country of allCountries()) {
    const code = country.isoNumeric;
    if (!code || code === ITALY_ISO_NUMERIC) continue;
    const known = byCode.get(code);
    if (!known || (!known.active && country.active))
      byCode.set(code, { code, label: country.nameIt, active: country.active });
  }
  const foreign = [...byCode.values()].sort((a, b) => a.label.localeCompare(b.label, 'it'));
  return {
    key: 'country',
    label: 'Stati (codice ISO 3166 numerico)',
    items: [{ code: ITALY_ISO_NUMERIC, label: 'Italia' }, ...foreign],
  };
}

/**
 * Comuni by ISTAT code (6 digits, the code SIUSS wants for residence), from @sisa/italia, by name.
 * Soppressed comuni that still have an ISTAT code stay, inactive; those without one are left out.
 */
export function comuneList(): SystemListData {
  const byCode = new Map<string, { code: string; label: string; active: boolean }>();
  for (const comune of allComuni()) {
    if (!/^\d{6}$/.test(comune.istatCode)) continue;
    const known = byCode.get(comune.istatCode);
    if (known && (known.active || !comune.active)) continue;
    byCode.set(comune.istatCode, {
      code: comune.istatCode,
      label: `${comune.name} (${comune.provinceCode})`,
      active: comune.active,
    });
  }
  return {
    key: 'comune',
    label: 'Comuni italiani (codice ISTAT)',
    items: [...byCode.values()].sort(
      (a, b) => a.label.localeCompare(b.label, 'it') || a.code.localeCompare(b.code),
    ),
  };
}
