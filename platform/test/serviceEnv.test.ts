import { platformSubgraphs, SUBGRAPHS_ENV } from '@sisa/kernel';
import { PLATFORM_SUBGRAPHS } from '../src/subgraphs';
import { rolePassword } from '../src/secrets';
import {
  isLauncherOnlyVariable,
  replicaName,
  replicaPorts,
  replicasFromEnv,
  serviceEnvironments,
} from '../src/processes/serviceEnv';

const SUBGRAPHS = PLATFORM_SUBGRAPHS.map((s) => s.name);

describe('rolePassword', () => {
  it("derives a different password for every role, none revealing the secret or another's", () => {
    const roles = ['sisa_owner', ...SUBGRAPHS.map((s) => `sisa_${s}`)];
    const passwords = roles.map((r) => rolePassword('the-installation-secret', r));
    expect(new Set(passwords).size).toBe(roles.length);
    for (const p of passwords) {
      expect(p).not.toContain('the-installation-secret');
      expect(p.length).toBeGreaterThanOrEqual(40);
    }
    expect(rolePassword('the-installation-secret', 'sisa_owner')).toBe(passwords[0]);
    expect(rolePassword('another-secret', 'sisa_owner')).not.toBe(passwords[0]);
  });
});

describe('serviceEnvironments', () => {
  const secret = 'launcher-secret-123';
  const ownerUrl = `postgres://sisa_owner:${rolePassword(secret, 'sisa_owner')}@db/sisa`;
  const serviceUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s, `postgres://sisa_${s}:${rolePassword(secret, `sisa_${s}`)}@db/sisa`]),
  );
  const envs = serviceEnvironments({
    env: {
      PATH: '/usr/bin',
      SISA_LOG_LEVEL: 'debug',
      DATABASE_URL: 'postgres://admin:admin-password@db/postgres',
      SISA_DB_PASSWORD: secret,
      SISA_DB_PASSWORD_FILE: '/run/secrets/db',
      PGPASSWORD: 'libpq-password',
      PGUSER: 'admin',
    },
    dataDir: '/srv/sisa',
    host: '127.0.0.1',
    ports: { gateway: 4100, config: 4101, registry: 4102, rei: 4103, siuss: 4104 },
    serviceUrls,
    gatewayUrl: 'postgres://sisa_gateway:gateway-password@db/sisa',
    adminUiDir: '/srv/ui',
  });

  it("gives each subgraph its own role's URL and the gateway its narrow role's", () => {
    for (const name of SUBGRAPHS) {
      expect(envs[name]?.DATABASE_URL).toBe(serviceUrls[name]);
    }
    expect(envs.config?.PORT).toBe('4101');
    expect(envs.gateway.DATABASE_URL).toBe('postgres://sisa_gateway:gateway-password@db/sisa');
    expect(envs.gateway).toMatchObject({ PORT: '4100', SISA_ADMIN_UI_DIR: '/srv/ui' });
    expect(envs.siuss).toMatchObject({
      SISA_DATA_DIR: '/srv/sisa',
      SISA_LOG_LEVEL: 'debug',
      SISA_REGISTRY_URL: 'http://127.0.0.1:4102',
      PATH: '/usr/bin',
    });
  });

  it("tells every service the platform's subgraphs (SISA_SUBGRAPHS), as the kernel reads them", () => {
    for (const env of Object.values(envs)) {
      const told = platformSubgraphs(env);
      expect(told.map((s) => s.name)).toEqual(SUBGRAPHS);
      expect(told.find((s) => s.name === 'rei')).toMatchObject({
        port: 4003,
        scopeDomain: 'rei',
        personalData: true,
        measurement: { type: 'ReiMeasurement' },
      });
      expect(env[SUBGRAPHS_ENV]).not.toContain('module');
    }
  });

  it("never hands a service the owner's password, the roles' secret or the administrator's URL", () => {
    const forbidden = [
      secret,
      rolePassword(secret, 'sisa_owner'),
      ownerUrl,
      'admin-password',
      'libpq-password',
      '/run/secrets/db',
    ];
    for (const [name, env] of Object.entries(envs)) {
      const values = Object.values(env).join('\n');
      for (const value of forbidden)
        expect({ name, leaks: values.includes(value) }).toEqual({ name, leaks: false });
      for (const other of SUBGRAPHS.filter((s) => s !== name))
        expect(values).not.toContain(serviceUrls[other]);
    }
    expect(
      ['SISA_DB_PASSWORD', 'SISA_DB_PASSWORD_FILE', 'PGPASSWORD', 'DATABASE_URL'].every(
        isLauncherOnlyVariable,
      ),
    ).toBe(true);
    expect(isLauncherOnlyVariable('SISA_LOG_LEVEL')).toBe(false);
  });
});

describe('replicas (SISA_REPLICAS)', () => {
  it('reads how many processes run each subgraph', () => {
    expect(replicasFromEnv({})).toBe(1);
    expect(replicasFromEnv({ SISA_REPLICAS: ' 3 ' })).toBe(3);
    for (const wrong of ['0', '-1', 'two', '10', '1.5'])
      expect(() => replicasFromEnv({ SISA_REPLICAS: wrong })).toThrow('SISA_REPLICAS');
  });

  it('lists every replica in the subgraph URLs; each starts on its own port', () => {
    expect(replicaPorts(4002, 3)).toEqual([4002, 4102, 4202]);
    expect([0, 1, 2].map((i) => replicaName('registry', i))).toEqual([
      'registry',
      'registry-2',
      'registry-3',
    ]);
    const envs = serviceEnvironments({
      env: {},
      dataDir: '/srv/sisa',
      host: '127.0.0.1',
      ports: {
        gateway: 4000,
        config: [4001, 4101],
        registry: [4002, 4102],
        rei: 4003,
        siuss: 4004,
        casework: 4005,
      },
      serviceUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s, `postgres://sisa_${s}@db/sisa`])),
    });
    expect(envs.gateway).toMatchObject({
      PORT: '4000',
      SISA_REGISTRY_URL: 'http://127.0.0.1:4002,http://127.0.0.1:4102',
      SISA_REI_URL: 'http://127.0.0.1:4003',
    });
    expect(envs.rei).toMatchObject({
      SISA_CONFIG_URL: 'http://127.0.0.1:4001,http://127.0.0.1:4101',
    });
    expect(envs.registry?.PORT).toBe('4002');
  });
});
