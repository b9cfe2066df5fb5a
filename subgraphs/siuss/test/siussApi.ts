export const BENEFIT_FIELDS = `id fiscalCode lastName firstName birthYear birthPlaceCode sex citizenshipCode residence { regionCode municipalityCode countryCode }
  serviceCode serviceName meansTest character requestProtocol startDate endDate paymentDate amount monthlyAmount months takenInCharge userArea
  dsuProtocol dsuYear dsuDate source status issues { field message } customFields version pendingCancellation transmittedAt
  inpsOutcome { accepted reason } transmissions { operation transmission { id } outcome { accepted reason } }`;

export const OPS = {
  create: `mutation C($i: SocialBenefitInput!) { createSocialBenefit(input: $i) { ${BENEFIT_FIELDS} } }`,
  update: `mutation U($id: ID!, $i: SocialBenefitUpdateInput!, $v: Int!) { updateSocialBenefit(id: $id, input: $i, expectedVersion: $v) { ${BENEFIT_FIELDS} } }`,
  cancel: `mutation X($id: ID!) { cancelSocialBenefit(id: $id) { id status pendingCancellation } }`,
  benefit: `query B($id: ID!) { socialBenefit(id: $id) { ${BENEFIT_FIELDS} beneficiary { id firstName } } }`,
  list: `query L($f: SocialBenefitFilter, $p: Int, $pp: Int, $s: SocialBenefitSort) { socialBenefits(filter: $f, page: $p, perPage: $pp, sort: $s) { total items { id status fiscalCode } } }`,
  sortedList: `query L($s: SocialBenefitSort) { socialBenefits(sort: $s) { items { id createdAt updatedAt fiscalCode lastName serviceCode status startDate paymentDate amount monthlyAmount } } }`,
  typeFields: `query T($name: String!) { __type(name: $name) { fields { name type { kind name ofType { kind name } } } } }`,
  enumValues: `query E($name: String!) { __type(name: $name) { kind enumValues { name } } }`,
  transmit: `mutation T($i: TransmissionInput!) { createTransmission(input: $i) { id flow status benefitCount recordCount files { name records sizeBytes sha256 url } } }`,
  transmissions: `query { transmissions { total items { id } } }`,
  importJob: `query J($id: ID!) { importJob(id: $id) { id status rows accepted rejected errors { row reasons } failure rejectsUrl } }`,
  outcome: `mutation O($t: ID!, $b: ID!, $i: SiussOutcomeInput!) { recordSiussOutcome(transmissionId: $t, benefitId: $b, input: $i) { id inpsOutcome { accepted reason } } }`,
  saveLayout: `mutation S($i: ImportLayoutInput!) { saveImportLayout(input: $i) { id name kind version } }`,
  createSubject: `mutation C($i: SubjectInput!) { createSubject(input: $i) { id fiscalCode } }`,
  subjectBenefits: `query S($id: ID!) { subject(id: $id) { id socialBenefits { id serviceCode } } }`,
};

// A fresh fiscal code and a complete periodic benefit, shared with the console's tests.
export { freshFiscalCode, socialBenefitInput as benefitInput } from '@sisa/testing';

// One caller of the gateway with one token (shared with the other subgraphs' tests).
export { apiAs, type Api } from '@sisa/testing';

/** POSTs a file to the import endpoint of the gateway. */
export async function upload(
  gatewayUrl: string,
  token: string,
  body: Buffer | string,
  params: string,
) {
  const response = await fetch(`${gatewayUrl}/files/siuss/imports?${params}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      jobId: string;
      status: string;
      rows?: number;
      accepted?: number;
      rejected?: number;
      error?: string;
    },
  };
}

export async function download(gatewayUrl: string, token: string, path: string) {
  const response = await fetch(`${gatewayUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, text: await response.text() };
}
