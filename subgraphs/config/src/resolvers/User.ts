import type { UserShape } from './identityShapes';
import { tenantLoader } from './Tenant';
import type { Resolvers } from '../generated/resolvers';

export const UserResolvers: Resolvers = {
  User: {
    tenant: (user: UserShape, _args, ctx) =>
      user.tenantId ? tenantLoader(ctx).load(user.tenantId) : null,
  },
};
