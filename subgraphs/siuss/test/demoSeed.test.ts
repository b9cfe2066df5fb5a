import { demoBenefits } from '../src/seed/demo';
import { validateBenefit } from '../src/domain/validation';

describe('demo benefit records', () => {
  it('are mostly VALID, with a few INVALID ones showing issues', () => {
    const issues = demoBenefits('015146').map((b) => validateBenefit(b));
    const invalid = issues.filter((i) => i.length > 0);
    expect(invalid.length).toBeGreaterThanOrEqual(4);
    expect(invalid.length).toBeLessThan(10);
  });
});
