import { buildSchema, GraphQLEnumType } from 'graphql';
import { apiSchemaSdl, readSupergraph } from '@sisa/gateway';
import {
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  REFERRAL_URGENCY_LABELS,
  IMPORT_JOB_STATUS_LABELS,
  IMPORT_JOB_STATUSES,
  REI_STATUS_LABELS,
  REI_STATUSES,
  SOCIAL_BENEFIT_STATUS_LABELS,
  SOCIAL_BENEFIT_STATUSES,
  TRANSMISSION_STATUS_LABELS,
  TRANSMISSION_STATUSES,
} from '@sisa/rules';
import { caseworkMessages } from '../src/i18n/casework';
import { registryMessages } from '../src/i18n/registry';
import { reiMessages } from '../src/i18n/rei';
import { siussMessages } from '../src/i18n/siuss';

const schema = buildSchema(apiSchemaSdl(readSupergraph()));
const enumValues = (name: string) =>
  (schema.getType(name) as GraphQLEnumType)
    .getValues()
    .map((v) => v.name)
    .sort();

// One name per state: a caseworker reads "In compilazione" on the REI list, on the subject's REI
// tab and in the API's error messages alike (both read @sisa/rules), never "Bozza" in one place
// and the other elsewhere; and every status the API can answer has its name.
describe('status vocabulary', () => {
  it.each([
    ['ReiStatus', REI_STATUSES, REI_STATUS_LABELS],
    ['SocialBenefitStatus', SOCIAL_BENEFIT_STATUSES, SOCIAL_BENEFIT_STATUS_LABELS],
    ['ImportJobStatus', IMPORT_JOB_STATUSES, IMPORT_JOB_STATUS_LABELS],
    ['TransmissionStatus', TRANSMISSION_STATUSES, TRANSMISSION_STATUS_LABELS],
    ['ReferralStatus', REFERRAL_STATUSES, REFERRAL_STATUS_LABELS],
    ['ReferralUrgency', REFERRAL_URGENCIES, REFERRAL_URGENCY_LABELS],
  ] as const)('%s: the API’s values, each with its Italian name', (name, statuses, labels) => {
    expect([...statuses].sort()).toEqual(enumValues(name));
    expect(Object.keys(labels).sort()).toEqual(enumValues(name));
  });

  it('names every REI status the same on every screen', () => {
    expect(reiMessages.reiApplications.status).toEqual(REI_STATUS_LABELS);
    expect(registryMessages.subjects.rei_status).toEqual(REI_STATUS_LABELS);
  });

  it('names every SIUSS status the same on every screen', () => {
    expect(siussMessages.socialBenefits.status).toEqual(SOCIAL_BENEFIT_STATUS_LABELS);
    expect(registryMessages.subjects.benefit_status).toEqual(SOCIAL_BENEFIT_STATUS_LABELS);
    expect(siussMessages.siussImports.status).toEqual(IMPORT_JOB_STATUS_LABELS);
    expect(siussMessages.transmissions.status).toEqual(TRANSMISSION_STATUS_LABELS);
  });

  it('names every referral status and urgency the same on every screen', () => {
    expect(caseworkMessages.referrals.status).toEqual(REFERRAL_STATUS_LABELS);
    expect(caseworkMessages.referrals.urgency).toEqual(REFERRAL_URGENCY_LABELS);
  });
});
