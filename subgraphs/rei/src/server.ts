import {
  createSubgraph,
  KERNEL_SDL,
  parseSdlFiles,
  subgraphSdlFiles,
  type SubgraphModule,
  type SubgraphRuntime,
} from '@sisa/kernel';
import type { ReiServices } from './context';
import { REI_READ_AUDIT } from './domain/readAudit';
import { reiEntities } from './entities';
import { mountExportDownload } from './http/exportDownload';
import { mountInpsOutcomesImport } from './http/inpsOutcomesImport';
import { migrations } from './migrations';
import { HouseholdResolvers } from './resolvers/Household';
import { InpsExportResolvers } from './resolvers/InpsExport';
import { MutationResolvers } from './resolvers/Mutation';
import { QueryResolvers } from './resolvers/Query';
import { ReadAuditResolvers } from './resolvers/ReadAudit';
import { ReiApplicationResolvers } from './resolvers/ReiApplication';
import { ReiGrantedInterventionResolvers } from './resolvers/ReiGrantedIntervention';
import { ReiMeasurementResolvers } from './resolvers/ReiMeasurement';
import { ReiProjectResolvers } from './resolvers/ReiProject';
import { SocialCaseResolvers } from './resolvers/SocialCase';
import { SubjectResolvers } from './resolvers/Subject';
import { ExportFiles } from './services/exportFiles';
import { startExpirySweep } from './services/expirySweep';
import { CaseworkReader } from './services/caseworkReader';
import { RegistryReader } from './services/registryReader';
import { ReiRuleBook } from './services/ruleBook';
import { REI_SORTS } from './resolvers/sorts';

export { reiEntities };
export { migrations as reiMigrations };
export { seedReiDemo } from './seed/demo';
export { REI_INDICATOR_CATALOGS } from './indicators/catalogs';
export { endExpiredApplications } from './services/expirySweep';

/** The SDL files it is composed from and serves (its manifest lists them). */
export const reiSdlFiles = subgraphSdlFiles(
  __dirname,
  KERNEL_SDL.indicators,
  KERNEL_SDL.readAudit,
  'schema.graphql',
);

export const reiModule: SubgraphModule<ReiServices> = {
  name: 'rei',
  typeDefs: parseSdlFiles(reiSdlFiles),
  resolvers: [
    QueryResolvers,
    ReadAuditResolvers,
    MutationResolvers,
    ReiApplicationResolvers,
    ReiProjectResolvers,
    InpsExportResolvers,
    ReiGrantedInterventionResolvers,
    ReiMeasurementResolvers,
    SubjectResolvers,
    HouseholdResolvers,
    SocialCaseResolvers,
  ],
  entities: reiEntities,
  migrations,
  // Lists read besides those of custom fields: codes the application and the project validate.
  configLists: [
    'rei_access_point',
    'rei_problem',
    'rei_resource',
    'rei_intervention',
    'siuss_service',
  ],
  readAudit: REI_READ_AUDIT,
  sorts: REI_SORTS,
  createServices({ runtime, config, orm, logger }) {
    return {
      registry: new RegistryReader(runtime.subgraphUrls),
      casework: new CaseworkReader(runtime.subgraphUrls),
      rules: new ReiRuleBook(config),
      config,
      files: new ExportFiles(runtime.dataDir),
      stopSweep: startExpirySweep(orm, logger),
    };
  },
  disposeServices: async (services) => services.stopSweep(),
  routes(app, deps, services) {
    mountInpsOutcomesImport(app, deps);
    mountExportDownload(app, deps, services);
  },
};

/** Builds the rei subgraph server (REI applications, checks, INPS exchange, projects); it does not listen. */
export function createReiServer(runtime: SubgraphRuntime) {
  return createSubgraph(reiModule, runtime);
}
