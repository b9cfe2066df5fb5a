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
import { Assessment } from './entities/assessment.entity';
import { CaseCounter } from './entities/caseCounter.entity';
import { CaseDocument } from './entities/caseDocument.entity';
import { CaseEvent } from './entities/caseEvent.entity';
import { CaseItem } from './entities/caseItem.entity';
import { CaseTeamMember } from './entities/caseTeamMember.entity';
import { DiaryEntry } from './entities/diaryEntry.entity';
import { Referral } from './entities/referral.entity';
import { SocialCase } from './entities/socialCase.entity';
import { migrations } from './migrations';
import { AssessmentResolvers } from './resolvers/Assessment';
import { CaseworkMeasurementResolvers } from './resolvers/CaseworkMeasurement';
import { DiaryEntryResolvers } from './resolvers/DiaryEntry';
import { MutationResolvers } from './resolvers/Mutation';
import { QueryResolvers } from './resolvers/Query';
import { ReadAuditResolvers } from './resolvers/ReadAudit';
import { ReferralResolvers } from './resolvers/Referral';
import { SocialCaseResolvers } from './resolvers/SocialCase';
import { SubjectResolvers } from './resolvers/Subject';
import { CASEWORK_SORTS } from './resolvers/sorts';
import { RegistryReader } from './services/registryReader';
import { CASE_AREAS_LIST } from './services/caseWrites';
import { ConfigReader } from './services/configReader';
import { DocumentFiles } from './services/documentFiles';
import { mountDiaryPrint } from './http/diaryPrint';
import { mountDocumentRoutes } from './http/documents';
import { DOCUMENT_KINDS_LIST } from './domain/documents';
import { DIARY_KINDS_LIST } from './services/diaryWrites';
import { REFERRAL_SOURCES_LIST } from './services/referralWrites';

export const caseworkEntities = [
  Referral,
  SocialCase,
  CaseTeamMember,
  CaseItem,
  DiaryEntry,
  Assessment,
  CaseDocument,
  CaseEvent,
  CaseCounter,
  ReadAuditRow,
];
export { migrations as caseworkMigrations };
export { seedCaseworkDemo } from './seed/demo';

/** The SDL files it is composed from and serves (its manifest lists them). */
export const caseworkSdlFiles = subgraphSdlFiles(
  __dirname,
  KERNEL_SDL.indicators,
  KERNEL_SDL.readAudit,
  'schema.graphql',
);

export const caseworkModule: SubgraphModule<CaseworkServices> = {
  name: 'casework',
  typeDefs: parseSdlFiles(caseworkSdlFiles),
  resolvers: [
    QueryResolvers,
    ReadAuditResolvers,
    MutationResolvers,
    ReferralResolvers,
    SocialCaseResolvers,
    DiaryEntryResolvers,
    AssessmentResolvers,
    SubjectResolvers,
    CaseworkMeasurementResolvers,
  ],
  entities: caseworkEntities,
  migrations,
  configLists: [
    REFERRAL_SOURCES_LIST,
    CASE_AREAS_LIST,
    DIARY_KINDS_LIST,
    'case_problems',
    'case_resources',
    DOCUMENT_KINDS_LIST,
  ],
  readAudit: CASEWORK_READ_AUDIT,
  sorts: CASEWORK_SORTS,
  createServices: ({ config, runtime, logger }) => {
    const files = new DocumentFiles(runtime.dataDir);
    // What a stopped process left half-uploaded goes at start (the same files, every replica).
    const removed = files.sweepStaged();
    if (removed) logger.info({ removed }, 'caricamenti interrotti rimossi');
    return {
      config,
      registry: new RegistryReader(runtime.subgraphUrls),
      configReader: new ConfigReader(runtime.subgraphUrls),
      files,
    };
  },
  routes(app, deps, services) {
    mountDocumentRoutes(app, deps, services);
    mountDiaryPrint(app, deps, services);
  },
};

/** Builds the casework subgraph server (the Cartella Sociale: referrals so far); it does not listen. */
export function createCaseworkServer(runtime: SubgraphRuntime) {
  return createSubgraph(caseworkModule, runtime);
}
