import type { ConfigClient, RequestContext } from '@sisa/kernel';
import type { CaseworkReader } from './services/caseworkReader';
import type { ExportFiles } from './services/exportFiles';
import type { RegistryReader } from './services/registryReader';
import type { ReiRuleBook } from './services/ruleBook';

export interface ReiServices {
  registry: RegistryReader;
  /** Cartelle sociali: a project is signed on the open case of the applicant or the nucleo. */
  casework: CaseworkReader;
  rules: ReiRuleBook;
  config: ConfigClient;
  files: ExportFiles;
  /** Stops the sweep that ends applications whose last month has passed. */
  stopSweep: () => void;
}

export type ReiContext = RequestContext<ReiServices>;
