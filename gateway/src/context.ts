import type { Principal } from '@sisa/kernel';

export interface GatewayContext {
  requestId: string;
  authorization: string | null;
  principal: Principal | null;
}
