import {
  createTestTenant,
  createTestUser,
  errorCode,
  graphql,
  graphqlOk,
  socialBenefitInput,
  startTestPlatform,
  userToken,
  type GraphQLResult,
  type TestPlatform,
} from '@sisa/testing';
import { createDraftApplication, createReiFamily } from '../../src/fixtures/reiFamily';

jest.setTimeout(120_000);

/** The lists paged through here, one (at least) per subgraph. */
const LISTS = ['subjects', 'reiApplications', 'socialBenefits', 'users'] as const;
type List = (typeof LISTS)[number];

interface Page {
  total: number;
  items: { id: string }[];
  pageInfo: { page: number; perPage: number; hasNextPage: boolean };
}

const pageQuery = (list: List) =>
  `query P($page: Int, $perPage: Int) { ${list}(page: $page, perPage: $perPage) {
    total items { id } pageInfo { page perPage hasNextPage } } }`;

function benefit(fiscalCode: string, lastName: string, protocol: number) {
  return socialBenefitInput({
    fiscalCode,
    lastName,
    firstName: 'Giulia',
    birthYear: 1978,
    requestProtocol: `PG-2018-${protocol}`,
  });
}

/** The field errors of a refusal, after checking it is a clean BAD_USER_INPUT with HTTP 400. */
function refusal(result: GraphQLResult<unknown>): { field: string; message: string }[] {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.status).toBe(400);
  expect(result.data ?? null).toBeNull();
  return (result.errors?.[0]?.extensions?.fieldErrors ?? []) as {
    field: string;
    message: string;
  }[];
}

/**
 * Paging limits a client can see: `perPage` from 1 to 200 and `page` from 1 are refused
 * otherwise (never silently capped: a client paging by `total / perPage` would lose rows), and
 * every page says where it sits (`pageInfo { page perPage hasNextPage }`).
 */
describe('paging through the gateway', () => {
  let platform: TestPlatform;
  let token: string;
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(platform.graphqlUrl, query, variables, token);

  beforeAll(async () => {
    platform = await startTestPlatform();
    const tenant = await createTestTenant('Comune Pagine');
    token = await userToken(tenant.id, ['CASEWORKER', 'TENANT_ADMIN']);
    for (let i = 0; i < 3; i++) {
      const family = await createReiFamily(platform.graphqlUrl, token);
      await createDraftApplication(platform.graphqlUrl, token, family);
      await graphqlOk(
        platform.graphqlUrl,
        'mutation($i: SocialBenefitInput!) { createSocialBenefit(input: $i) { id } }',
        { i: benefit(family.fiscalCodes[0]!, family.lastName, 70 + i) },
        token,
      );
      await createTestUser(tenant.id, ['CASEWORKER']);
    }
  }, 240_000);
  afterAll(() => platform.close());

  it.each(LISTS)('%s: perPage 201 is refused on perPage, not capped at 200', async (list) => {
    const errors = refusal(await call(pageQuery(list), { perPage: 201 }));
    expect(errors).toEqual([
      {
        field: 'perPage',
        message:
          'Gli elementi per pagina devono essere da 1 a 200: per averne di più, chiedere la pagina successiva',
      },
    ]);
  });

  it.each([
    [{ page: 0 }, 'page'],
    [{ page: -3 }, 'page'],
    [{ perPage: 0 }, 'perPage'],
    [{ perPage: 100_000 }, 'perPage'],
  ])('subjects: %j is refused on %s', async (variables, field) => {
    const errors = refusal(await call(pageQuery('subjects'), variables));
    expect(errors.map((e) => e.field)).toEqual([field]);
  });

  it('a literal out of range is refused too, in a fragment as well', async () => {
    const errors = refusal(await call('query { subjects(perPage: 500) { total } }'));
    expect(errors.map((e) => e.field)).toEqual(['perPage']);
    const inFragment = refusal(
      await call(
        'query { ...F } fragment F on Query { a: socialBenefits(perPage: 10) { total } b: users(page: 0) { total } }',
      ),
    );
    expect(inFragment.map((e) => e.field)).toEqual(['page']);
  });

  it('200 per page is served, with the defaults echoed when not asked', async () => {
    const { data } = await call<{ subjects: Page }>(pageQuery('subjects'), { perPage: 200 });
    expect(data?.subjects.pageInfo).toEqual({ page: 1, perPage: 200, hasNextPage: false });
    const defaults = await call<{ subjects: Page }>(pageQuery('subjects'));
    expect(defaults.data?.subjects.pageInfo).toEqual({ page: 1, perPage: 25, hasNextPage: false });
  });

  it.each(LISTS)('%s: paged to the end, hasNextPage until the last page', async (list) => {
    const perPage = 2;
    const seen = new Set<string>();
    let total = -1;
    const infos: Page['pageInfo'][] = [];
    for (let page = 1; page <= 50; page++) {
      const answer = await call<Record<List, Page>>(pageQuery(list), { page, perPage });
      expect(answer.errors).toBeUndefined();
      const result = answer.data![list];
      total = result.total;
      result.items.forEach((item) => seen.add(item.id));
      infos.push(result.pageInfo);
      if (!result.pageInfo.hasNextPage) break;
    }
    expect(total).toBeGreaterThanOrEqual(3);
    const pages = Math.ceil(total / perPage);
    expect(infos).toEqual(
      Array.from({ length: pages }, (_, i) => ({
        page: i + 1,
        perPage,
        hasNextPage: i + 1 < pages,
      })),
    );
    expect(seen.size).toBe(total);
  });
});
