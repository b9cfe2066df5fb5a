import type { RequestContext } from '@sisa/kernel';
import type { ClientTokenService } from './services/apiClients';
import type { SessionService } from './services/sessions';

export interface ConfigServices {
  sessions: SessionService;
  clientTokens: ClientTokenService;
}

export type ConfigContext = RequestContext<ConfigServices>;
