import type { ResolverMap } from '@sisa/kernel';
import type { ConfigContext } from '../context';
import type { UserShape } from './identityShapes';
import { tenantLoader } from './Tenant';

export const UserResolvers: ResolverMap<ConfigContext> = {
  User: {
    tenant: (user: UserShape, _args: unknown, ctx: ConfigContext) =>
      user.tenantId ? tenantLoader(ctx).load(user.tenantId) : null,
  },
};
