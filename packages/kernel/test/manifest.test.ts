import {
  describeSubgraphs,
  isAllowed,
  isPersonalDataDomain,
  measuringSubgraph,
  platformScopes,
  platformSubgraphs,
  subgraphsEnvValue,
  subgraphUrlsFromEnv,
  SUBGRAPHS_ENV,
  type Principal,
  type SubgraphDescriptor,
} from '../src';

/** A platform of two subgraphs, one of them unknown to today's code: the kernel keeps no list. */
const PLATFORM: SubgraphDescriptor[] = [
  {
    name: 'config',
    port: 4001,
    label: 'configurazione',
    scopeDomain: 'config',
    personalData: false,
  },
  {
    name: 'casework',
    port: 4005,
    label: 'cartella sociale',
    scopeDomain: 'casework',
    extraScopes: ['referrals'],
    personalData: true,
    measurement: { type: 'CaseworkMeasurement', entities: ['SOCIAL_CASE'] },
    configSdl: '/srv/casework/configSchema.graphql',
  },
];
const env = { [SUBGRAPHS_ENV]: subgraphsEnvValue(PLATFORM) };

describe('the platform a process belongs to (SISA_SUBGRAPHS)', () => {
  it('is what the composition root said, and nothing else', () => {
    expect(platformSubgraphs(env)).toEqual(PLATFORM);
    expect(platformScopes(env)).toEqual([
      'config:read',
      'config:write',
      'casework:read',
      'casework:write',
      'casework:referrals',
    ]);
    expect(subgraphUrlsFromEnv({ ...env, SISA_CASEWORK_URL: 'http://cw:9000' })).toEqual({
      config: 'http://127.0.0.1:4001',
      casework: 'http://cw:9000',
    });
  });

  it('carries no module, seed or SDL list: only what every process needs', () => {
    const manifest = {
      ...PLATFORM[0]!,
      sdl: ['/x.graphql'],
      module: {},
      seedDemo: async () => undefined,
      main: '/main.js',
    };
    expect(describeSubgraphs([manifest])).toEqual([PLATFORM[0]]);
  });

  it('is refused when missing or malformed, rather than guessed', () => {
    expect(() => platformSubgraphs({})).toThrow(/SISA_SUBGRAPHS mancante/);
    expect(() => platformSubgraphs({ [SUBGRAPHS_ENV]: '{"name":"x"}' })).toThrow(/non valido/);
  });

  it('names the subgraph that measures an entity, if any', () => {
    expect(measuringSubgraph('SOCIAL_CASE' as never, env)?.name).toBe('casework');
    expect(measuringSubgraph('SUBJECT', env)).toBeUndefined();
  });
});

describe('personal data domains', () => {
  it("follow the manifests (this run's platform), and an unknown domain counts as one", () => {
    expect(isPersonalDataDomain('config')).toBe(false);
    for (const domain of ['registry', 'rei', 'siuss', 'casework-to-come'])
      expect({ domain, personal: isPersonalDataDomain(domain) }).toEqual({
        domain,
        personal: true,
      });
    const platformAdmin: Principal = {
      kind: 'user',
      subjectId: 'u',
      tenantId: 't',
      roles: ['PLATFORM_ADMIN'],
      scopes: [],
      name: 'metro.admin',
    };
    expect(isAllowed(platformAdmin, { domain: 'config', level: 'write' })).toBe(true);
    expect(isAllowed(platformAdmin, { domain: 'rei', level: 'read' })).toBe(false);
    expect(isAllowed(platformAdmin, { domain: 'casework-to-come', level: 'read' })).toBe(false);
  });
});
