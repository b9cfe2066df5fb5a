import type { RequestContext } from '@sisa/kernel';
import type { ClientTokenService } from './services/apiClients';
import type { FieldUsageCounter } from './services/fieldUsage';
import type { LoginLimiter } from './services/loginLimiter';
import type { SessionService } from './services/sessions';

export interface ConfigServices {
  sessions: SessionService;
  clientTokens: ClientTokenService;
  fieldUsage: FieldUsageCounter;
  loginLimiter: LoginLimiter;
}

export type ConfigContext = RequestContext<ConfigServices>;
