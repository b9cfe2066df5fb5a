import type { ConfigClient, RequestContext } from '@sisa/kernel';
import type { ExportFiles } from './services/exportFiles';
import type { RegistryReader } from './services/registryReader';
import type { ReiRuleBook } from './services/ruleBook';

export interface ReiServices {
  registry: RegistryReader;
  rules: ReiRuleBook;
  config: ConfigClient;
  files: ExportFiles;
  /** Stops the sweep that ends applications whose last month has passed. */
  stopSweep: () => void;
}

export type ReiContext = RequestContext<ReiServices>;
