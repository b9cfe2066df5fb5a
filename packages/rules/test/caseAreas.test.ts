import { siussUserAreaOf } from '../src';

describe('SIUSS AreaUtenza from a case', () => {
  it('takes the first of the case’s areas that has one', () => {
    expect(siussUserAreaOf(['MINORI_FAMIGLIA', 'ADULTI_DISAGIO'])).toBe('FAMILY_AND_MINORS');
    expect(siussUserAreaOf(['AREA_DEL_COMUNE', 'ANZIANI'])).toBe('DISABILITY_AND_DEPENDENCY');
    expect(siussUserAreaOf(['DIPENDENZE'])).toBe('POVERTY_AND_EXCLUSION');
    expect(siussUserAreaOf(['AREA_DEL_COMUNE'])).toBeNull();
    expect(siussUserAreaOf([])).toBeNull();
  });
});
