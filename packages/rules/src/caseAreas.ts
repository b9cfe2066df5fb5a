/** The SIUSS AreaUtenza (SocialBenefit.userArea) values. */
export type SiussUserArea =
  'FAMILY_AND_MINORS' | 'DISABILITY_AND_DEPENDENCY' | 'POVERTY_AND_EXCLUSION';

/**
 * The SIUSS AreaUtenza of each area of the Cartella Sociale (`case_areas`, CASEWORK.md): minors and
 * families → 1; disability and the elderly not self-sufficient → 2; adults in hardship,
 * immigrants, addictions → 3 (povertà ed esclusione sociale). A comune's own areas have none.
 */
export const SIUSS_USER_AREA_OF_CASE_AREA: Readonly<Record<string, SiussUserArea>> = {
  MINORI_FAMIGLIA: 'FAMILY_AND_MINORS',
  DISABILI: 'DISABILITY_AND_DEPENDENCY',
  ANZIANI: 'DISABILITY_AND_DEPENDENCY',
  ADULTI_DISAGIO: 'POVERTY_AND_EXCLUSION',
  IMMIGRATI: 'POVERTY_AND_EXCLUSION',
  DIPENDENZE: 'POVERTY_AND_EXCLUSION',
};

/** The AreaUtenza a SIUSS record takes by default from a case's areas: its first that has one. */
export function siussUserAreaOf(areas: readonly string[]): SiussUserArea | null {
  for (const area of areas) {
    const mapped = SIUSS_USER_AREA_OF_CASE_AREA[area];
    if (mapped) return mapped;
  }
  return null;
}
