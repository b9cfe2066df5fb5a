import { matchFileRoute } from '../src/fileRoutes';

describe('matchFileRoute', () => {
  it('lets through the file endpoints of rei and siuss, with their query', () => {
    const id = '6d0c3f6e-0b7a-4c61-9d55-000000000a01';
    expect(matchFileRoute('GET', `/files/rei/exports/${id}`)).toMatchObject({
      route: { subgraph: 'rei' },
      forward: `/files/rei/exports/${id}`,
    });
    expect(matchFileRoute('HEAD', `/files/rei/exports/${id}`)?.route.subgraph).toBe('rei');
    expect(matchFileRoute('POST', '/files/rei/inps-outcomes')?.route.subgraph).toBe('rei');
    expect(
      matchFileRoute('POST', '/files/siuss/imports?format=csv&fileName=..%2F..%2Fa.csv'),
    ).toMatchObject({
      route: { subgraph: 'siuss' },
      forward: '/files/siuss/imports?format=csv&fileName=..%2F..%2Fa.csv',
    });
    expect(matchFileRoute('GET', `/files/siuss/imports/${id}/rejects.csv`)?.route.subgraph).toBe(
      'siuss',
    );
    expect(matchFileRoute('GET', `/files/siuss/imports/${id}/rejects.xlsx`)?.route.subgraph).toBe(
      'siuss',
    );
    expect(matchFileRoute('GET', '/files/siuss/import-templates/standard.csv')?.forward).toBe(
      '/files/siuss/import-templates/standard.csv',
    );
    expect(matchFileRoute('HEAD', `/files/siuss/import-templates/${id}.xlsx`)?.route.subgraph).toBe(
      'siuss',
    );
    expect(
      matchFileRoute('GET', `/files/siuss/transmissions/${id}/PS_PSA_SINA_0001.xml`)?.forward,
    ).toBe(`/files/siuss/transmissions/${id}/PS_PSA_SINA_0001.xml`);
  });

  it.each([
    ['POST', '/files/siuss/../../graphql'],
    ['POST', '/files/registry/%2e%2e/%2e%2e/graphql'],
    ['GET', '/files/rei/exports/..'],
    ['GET', '/files/rei/exports/.'],
    ['GET', '/files/rei/exports/%2E%2E'],
    ['GET', '/files/rei/exports/a%2fb'],
    ['GET', '/files/rei/exports/a%5cb'],
    ['GET', '/files/rei/exports/a\\..\\b'],
    ['GET', '/files/rei/exports/a%00'],
    ['GET', '/files/rei/exports/%E0%A4%A'],
    ['GET', '/files/rei/exports/'],
    ['GET', '/files/rei//exports/x'],
    ['GET', '/files/siuss/transmissions/x/..'],
    ['GET', '/files/siuss/imports/x/../rejects.csv'],
    ['GET', '/files/siuss/imports/x/rejects.txt'],
    ['GET', '/files/siuss/import-templates/standard.txt'],
    ['GET', '/files/siuss/import-templates/../standard.csv'],
    ['POST', '/files/siuss/import-templates/standard.csv'],
    ['GET', '/files/registry/graphql'],
    ['GET', '/files/config/oauth/token'],
    ['DELETE', '/files/rei/exports/x'],
    ['GET', '/files/rei/inps-outcomes'],
    ['POST', '/files/rei/exports/x'],
  ])('refuses %s %s', (method, target) => {
    expect(matchFileRoute(method, target)).toBeNull();
  });
});
