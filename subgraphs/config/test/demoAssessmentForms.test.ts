import { formErrors, scoreRange } from '@sisa/rules';
import { DEMO_ASSESSMENT_FORMS } from '../src/seed/demoAssessmentForms';

describe('demo assessment forms', () => {
  it.each(DEMO_ASSESSMENT_FORMS.map((f) => [f.key, f]))(
    '%s is a valid form whose bands cover every total',
    (_key, form) => {
      expect(formErrors(form)).toEqual([]);
      const { min, max } = scoreRange(form.items);
      const bands = [...form.bands].sort((a, b) => a.min - b.min);
      expect([bands[0]!.min, bands[bands.length - 1]!.max]).toEqual([min, max]);
    },
  );
});
