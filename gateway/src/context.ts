import type { Principal } from '@sisa/kernel';

export interface GatewayContext {
  requestId: string;
  authorization: string | null;
  principal: Principal | null;
  /** The caller's address (Express `req.ip`), forwarded to subgraphs in `X-Forwarded-For`. */
  clientAddress: string | null;
}
