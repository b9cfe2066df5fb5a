import { REI_STATUSES, STATUS_LABELS } from '../../subgraphs/rei/src/domain/statuses';
import { registryMessages } from '../src/i18n/registry';
import { reiMessages } from '../src/i18n/rei';
import { siussMessages } from '../src/i18n/siuss';
import { BENEFIT_STATUS_LABELS, REI_STATUS_LABELS } from '../src/i18n/statuses';

// One name per state: a caseworker reads "In compilazione" on the REI list, on the subject's REI
// tab and in the API's error messages alike, never "Bozza" in one place and the other elsewhere.
describe('status vocabulary', () => {
  it('names every REI status the same in the console and in the API', () => {
    for (const status of REI_STATUSES) {
      expect(REI_STATUS_LABELS[status]).toBe(STATUS_LABELS[status]);
    }
    expect(reiMessages.reiApplications.status).toEqual(REI_STATUS_LABELS);
    expect(registryMessages.subjects.rei_status).toEqual(REI_STATUS_LABELS);
  });

  it('names every SIUSS record status the same on every screen', () => {
    expect(siussMessages.socialBenefits.status).toEqual(BENEFIT_STATUS_LABELS);
    expect(registryMessages.subjects.benefit_status).toEqual(BENEFIT_STATUS_LABELS);
  });
});
