import type { ConfigClient, RequestContext } from '@sisa/kernel';
import type { ConfigReader } from './services/configReader';
import type { DocumentFiles } from './services/documentFiles';
import type { RegistryReader } from './services/registryReader';

export interface CaseworkServices {
  /** The tenant's value lists (referral_sources, case_areas, diary_kinds…), from the config subgraph. */
  config: ConfigClient;
  /** Subjects of the registry, read with the caller's token. */
  registry: RegistryReader;
  /** The comune's caseworkers, supervisors and assessment forms, read with the caller's token. */
  configReader: ConfigReader;
  /** The case documents' bytes, in the data folder. */
  files: DocumentFiles;
}

export type CaseworkContext = RequestContext<CaseworkServices>;
