import type { IndicatorField } from '@sisa/rules';
import type { Orm } from '../db/orm';
import type { SubgraphModule } from './createSubgraph';

/**
 * What every process of the platform knows of one subgraph, whichever subgraphs it is made of:
 * the part of a `SubgraphManifest` that travels in the environment (`SISA_SUBGRAPHS`, set by
 * the launcher and by the tests' global setup).
 */
export interface SubgraphDescriptor {
  /** Its name: the PostgreSQL schema it owns, its service role's suffix, `SISA_<NAME>_URL`. */
  name: string;
  /** Where it listens by default (`npm start` moves every port with `SISA_PORT_BASE`). */
  port: number;
  /** How people know the service, in Italian ("anagrafe"): error messages name it so. */
  label: string;
  /** The domain of its API clients' scopes: `<scopeDomain>:read` and `<scopeDomain>:write`. */
  scopeDomain: string;
  /**
   * Scopes of its own besides read and write, as `<scopeDomain>:<name>` (casework's `referrals`:
   * a school's system sends referrals and reads nothing else).
   */
  extraScopes?: readonly string[];
  /** Whether it holds people's records: a platform admin then reads them only under a support grant. */
  personalData: boolean;
  /**
   * The indicators it computes: its `<Domain>Measurement` type, the configurable entities whose
   * measurements it answers and, for each, its indicator vocabulary (the built-in fields an
   * indicator may read, `builtInIndicatorFields`).
   */
  measurement?: {
    type: string;
    entities: readonly string[];
    fields?: Readonly<Record<string, readonly IndicatorField[]>>;
  };
  /**
   * What it adds to the config subgraph's schema (absolute path): its `Scope` values
   * (`extend enum Scope`) and, when it measures, its `<Domain>Measurement` reference type.
   */
  configSdl?: string;
}

/**
 * One subgraph as the composition root puts it together: what every process knows of it, plus
 * its SDL, its module (entities and migrations included), its seeds and its entry point. Each
 * subgraph package exports its own (`reiManifest`); the composition root lists them.
 */
export interface SubgraphManifest extends SubgraphDescriptor {
  /**
   * The SDL files it is composed from, in order (absolute paths); a function when they depend
   * on the other subgraphs of the platform (the config subgraph declares their scopes and
   * measurement types).
   */
  sdl: readonly string[] | ((platform: readonly SubgraphDescriptor[]) => readonly string[]);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  module: SubgraphModule<any>;
  /** Demo data for the demo tenants (idempotent); `orm` connects as the schema owner. */
  seedDemo(orm: Orm): Promise<void>;
  /** Reference data every installation needs (not demo data): idempotent, run after the migrations. */
  syncReferenceData?(orm: Orm): Promise<void>;
  /** The compiled entry point of its process (`require.resolve('./main')`). */
  main: string;
}

/** The environment variable that carries the platform's subgraphs to every process. */
export const SUBGRAPHS_ENV = 'SISA_SUBGRAPHS';

/** What of each manifest goes in the environment. */
export function describeSubgraphs(manifests: readonly SubgraphDescriptor[]): SubgraphDescriptor[] {
  return manifests.map((m) => ({
    name: m.name,
    port: m.port,
    label: m.label,
    scopeDomain: m.scopeDomain,
    ...(m.extraScopes?.length ? { extraScopes: [...m.extraScopes] } : {}),
    personalData: m.personalData,
    ...(m.measurement
      ? {
          measurement: {
            type: m.measurement.type,
            entities: [...m.measurement.entities],
            ...(m.measurement.fields ? { fields: m.measurement.fields } : {}),
          },
        }
      : {}),
    ...(m.configSdl ? { configSdl: m.configSdl } : {}),
  }));
}

/** `SISA_SUBGRAPHS` for these manifests. */
export function subgraphsEnvValue(manifests: readonly SubgraphDescriptor[]): string {
  return JSON.stringify(describeSubgraphs(manifests));
}

let cached: { raw: string; subgraphs: readonly SubgraphDescriptor[] } | undefined;

/**
 * The subgraphs of the platform this process belongs to, from `SISA_SUBGRAPHS`. The kernel keeps
 * no list of its own: the composition root (`platform/`) sets it for every process it starts.
 */
export function platformSubgraphs(
  env: NodeJS.ProcessEnv = process.env,
): readonly SubgraphDescriptor[] {
  const raw = env[SUBGRAPHS_ENV];
  if (!raw)
    throw new Error(
      `${SUBGRAPHS_ENV} mancante: i processi di SISA si avviano con \`npm start\`, che lo imposta`,
    );
  if (cached?.raw === raw) return cached.subgraphs;
  const subgraphs = JSON.parse(raw) as SubgraphDescriptor[];
  if (!Array.isArray(subgraphs) || subgraphs.some((s) => typeof s?.name !== 'string'))
    throw new Error(`${SUBGRAPHS_ENV} non valido: atteso un elenco JSON di sottografi`);
  cached = { raw, subgraphs };
  return subgraphs;
}

/** One subgraph of the platform by name, or undefined. */
export function platformSubgraph(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphDescriptor | undefined {
  return platformSubgraphs(env).find((s) => s.name === name);
}
