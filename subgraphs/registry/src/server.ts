import {
  createSubgraph,
  KERNEL_SDL,
  parseSdlFiles,
  subgraphSdlFiles,
  type SubgraphModule,
  type SubgraphRuntime,
} from '@sisa/kernel';
import { Household } from './entities/household.entity';
import { HouseholdMember } from './entities/householdMember.entity';
import { IseeAttestation } from './entities/iseeAttestation.entity';
import { ReadAuditRow } from './entities/readAudit.entity';
import { Revision } from './entities/revision.entity';
import { Subject } from './entities/subject.entity';
import { SubjectAccess } from './entities/subjectAccess.entity';
import { migrations } from './migrations';
import { HouseholdResolvers } from './resolvers/Household';
import { HouseholdMemberResolvers } from './resolvers/HouseholdMember';
import { MutationResolvers } from './resolvers/Mutation';
import { QueryResolvers } from './resolvers/Query';
import { ReadAuditResolvers } from './resolvers/ReadAudit';
import { RegistryMeasurementResolvers } from './resolvers/RegistryMeasurement';
import { SubjectResolvers } from './resolvers/Subject';
import { SubjectAccessResolvers } from './resolvers/SubjectAccess';
import { REGISTRY_READ_AUDIT } from './domain/readAudit';
import { RELATIONSHIP_LIST } from './services/customFields';
import type { RegistryServices } from './context';
import { REGISTRY_SORTS } from './resolvers/sorts';

export const registryEntities = [
  Subject,
  Household,
  HouseholdMember,
  IseeAttestation,
  Revision,
  SubjectAccess,
  ReadAuditRow,
];
export { migrations as registryMigrations };
export { seedRegistryDemo } from './seed/demo';
export { REGISTRY_CATALOGS } from './indicators/catalogs';

/** The SDL files it is composed from and serves (its manifest lists them). */
export const registrySdlFiles = subgraphSdlFiles(
  __dirname,
  KERNEL_SDL.indicators,
  KERNEL_SDL.readAudit,
  'schema.graphql',
);

export const registryModule: SubgraphModule<RegistryServices> = {
  name: 'registry',
  typeDefs: parseSdlFiles(registrySdlFiles),
  resolvers: [
    QueryResolvers,
    ReadAuditResolvers,
    MutationResolvers,
    SubjectResolvers,
    HouseholdResolvers,
    HouseholdMemberResolvers,
    SubjectAccessResolvers,
    RegistryMeasurementResolvers,
  ],
  entities: registryEntities,
  migrations,
  configLists: [RELATIONSHIP_LIST],
  readAudit: REGISTRY_READ_AUDIT,
  sorts: REGISTRY_SORTS,
  createServices: ({ config }) => ({ config }),
};

/** Builds the registry subgraph server (subjects, households, ISEE, history); it does not listen. */
export function createRegistryServer(runtime: SubgraphRuntime) {
  return createSubgraph(registryModule, runtime);
}
