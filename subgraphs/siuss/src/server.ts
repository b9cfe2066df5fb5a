import {
  createSubgraph,
  KERNEL_SDL,
  parseSdlFiles,
  subgraphSdlFiles,
  type SubgraphModule,
  type SubgraphRuntime,
} from '@sisa/kernel';
import { siussEntities } from './entities';
import { mountFileRoutes } from './http/files';
import { importQueueMetrics } from './services/importMetrics';
import { importLimitsFromEnv } from './services/importLimits';
import { ImportQueue } from './services/importQueue';
import { previewSlots } from './services/tenantSlots';
import { migrations } from './migrations';
import { MutationResolvers } from './resolvers/Mutation';
import { QueryResolvers } from './resolvers/Query';
import { ReadAuditResolvers } from './resolvers/ReadAudit';
import { SiussMeasurementResolvers } from './resolvers/SiussMeasurement';
import { SocialBenefitResolvers } from './resolvers/SocialBenefit';
import { SubjectResolvers } from './resolvers/Subject';
import { TransmissionResolvers } from './resolvers/Transmission';
import { TransmissionPreviewResolvers } from './resolvers/TransmissionPreview';
import { SIUSS_SERVICE_LIST } from './services/serviceCatalog';
import type { SiussServices } from './context';
import { SIUSS_READ_AUDIT } from './domain/readAudit';
import { SIUSS_SORTS } from './resolvers/sorts';

export { siussEntities };
export { migrations as siussMigrations };
export { seedSiussDemo } from './seed/demo';
export { SIUSS_CATALOGS } from './indicators/catalog';

/** The SDL files it is composed from and serves (its manifest lists them). */
export const siussSdlFiles = subgraphSdlFiles(
  __dirname,
  KERNEL_SDL.indicators,
  KERNEL_SDL.readAudit,
  'schema.graphql',
);

export const siussModule: SubgraphModule<SiussServices> = {
  name: 'siuss',
  typeDefs: parseSdlFiles(siussSdlFiles),
  resolvers: [
    QueryResolvers,
    ReadAuditResolvers,
    MutationResolvers,
    SocialBenefitResolvers,
    SubjectResolvers,
    TransmissionResolvers,
    TransmissionPreviewResolvers,
    SiussMeasurementResolvers,
  ],
  entities: siussEntities,
  migrations,
  configLists: [SIUSS_SERVICE_LIST],
  readAudit: SIUSS_READ_AUDIT,
  sorts: SIUSS_SORTS,
  createServices: async ({ config, runtime, bulkPool, logger }) => {
    const importLimits = importLimitsFromEnv();
    return {
      config,
      pool: bulkPool,
      previewSlots: previewSlots(),
      dataDir: runtime.dataDir,
      subgraphUrls: runtime.subgraphUrls,
      importLimits,
      imports: await ImportQueue.start(
        runtime.databaseUrl,
        bulkPool,
        runtime.dataDir,
        importLimits,
        logger,
      ),
    };
  },
  disposeServices: (services) => services.imports.stop(),
  routes(app, deps, services) {
    mountFileRoutes(app, deps, services);
  },
  metrics(registry, { orm }) {
    importQueueMetrics(registry, orm);
  },
};

/** Builds the siuss subgraph server (benefit records, imports, INPS flows); it does not listen. */
export function createSiussServer(runtime: SubgraphRuntime) {
  return createSubgraph(siussModule, runtime);
}
