import type { ReadAuditSettings } from '@sisa/kernel';

/**
 * What the siuss subgraph's read audit records: the benefit records an operation returns (a
 * download of a transmission's XML file: the transmission, whose items say which records; a
 * download of an import's rejected rows: the import job), and
 * which of these fields it selected:
 * - `SocialBenefit.sina`: the multidimensional assessment (health-care needs, cognitive and
 *   behavioural disorders, civil disability);
 * - `SocialBenefit.sinba`: the data of a minor in care;
 * - `SocialBenefit.userArea`: says disability and dependency, or poverty;
 * - `SocialBenefit.dsuProtocol`, `dsuYear`, `dsuDate`, `iseeThreshold`: the ISEE behind it;
 * - `SocialBenefit.customFields`: the comune's own fields.
 */
export const SIUSS_READ_AUDIT: ReadAuditSettings = {
  types: ['SocialBenefit', 'Transmission', 'ImportJob'],
  specialCategoryFields: [
    'SocialBenefit.sina',
    'SocialBenefit.sinba',
    'SocialBenefit.userArea',
    'SocialBenefit.dsuProtocol',
    'SocialBenefit.dsuYear',
    'SocialBenefit.dsuDate',
    'SocialBenefit.iseeThreshold',
    'SocialBenefit.customFields',
  ],
};
