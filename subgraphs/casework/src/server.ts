import {
  createSubgraph,
  KERNEL_SDL,
  parseSdlFiles,
  subgraphSdlFiles,
  type SubgraphModule,
  type SubgraphRuntime,
} from '@sisa/kernel';
import type { CaseworkServices } from './context';
import { CASEWORK_READ_AUDIT } from './domain/readAudit';
import { ReadAuditRow } from './entities/readAudit.entity';
import { Referral } from './entities/referral.entity';
import { migrations } from './migrations';
import { MutationResolvers } from './resolvers/Mutation';
import { QueryResolvers } from './resolvers/Query';
import { ReadAuditResolvers } from './resolvers/ReadAudit';
import { ReferralResolvers } from './resolvers/Referral';
import { CASEWORK_SORTS } from './resolvers/sorts';
import { RegistryReader } from './services/registryReader';
import { REFERRAL_SOURCES_LIST } from './services/referralWrites';

export const caseworkEntities = [Referral, ReadAuditRow];
export { migrations as caseworkMigrations };
export { seedCaseworkDemo } from './seed/demo';

/** The SDL files it is composed from and serves (its manifest lists them). */
export const caseworkSdlFiles = subgraphSdlFiles(__dirname, KERNEL_SDL.readAudit, 'schema.graphql');

export const caseworkModule: SubgraphModule<CaseworkServices> = {
  name: 'casework',
  typeDefs: parseSdlFiles(caseworkSdlFiles),
  resolvers: [QueryResolvers, ReadAuditResolvers, MutationResolvers, ReferralResolvers],
  entities: caseworkEntities,
  migrations,
  configLists: [REFERRAL_SOURCES_LIST],
  readAudit: CASEWORK_READ_AUDIT,
  sorts: CASEWORK_SORTS,
  createServices: ({ config, runtime }) => ({
    config,
    registry: new RegistryReader(runtime.subgraphUrls),
  }),
};

/** Builds the casework subgraph server (the Cartella Sociale: referrals so far); it does not listen. */
export function createCaseworkServer(runtime: SubgraphRuntime) {
  return createSubgraph(caseworkModule, runtime);
}
