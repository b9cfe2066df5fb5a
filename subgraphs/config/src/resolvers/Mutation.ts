import { randomUUID } from 'node:crypto';
import {
  applyUpdate,
  BadUserInputError,
  FieldErrors,
  ForbiddenError,
  NotFoundError,
  requirePlatformAdmin,
  requireAccess,
  requirePrincipal,
} from '@sisa/kernel';
import { ApiClient } from '../entities/apiClient.entity';
import { Tenant } from '../entities/tenant.entity';
import { User } from '../entities/user.entity';
import {
  checkGrantableRoles,
  checkScopes,
  checkTenantCodes,
  checkUserFiscalCode,
  checkUsername,
  normaliseUsername,
} from '../domain/identityRules';
import { hashPassword, passwordPolicyViolation } from '../domain/password';
import {
  GRANT_NEEDED_FOR_CLIENTS,
  GRANT_NEEDED_FOR_USERS,
  isPlatformAdminWithoutGrant,
  mayCreateUserWithoutGrant,
  mayGrantScopesWithoutGrant,
  mayUpdateUserWithoutGrant,
} from '../domain/platformAdminReach';
import { hashClientSecret, newClientId, newClientSecret } from '../services/apiClients';
import { diff, recordAudit, recordTenantSwitch } from '../services/audit';
import { ensureDefaultIndicators } from '../services/defaultIndicators';
import type { SessionResult } from '../services/sessions';
import { userShape } from './identityShapes';
import type { Resolvers, UserInput } from '../generated/resolvers';

function session(result: SessionResult) {
  return {
    token: result.token,
    expiresAt: result.expiresAt,
    user: userShape(result.user, result.tenantId),
    supportUntil: result.supportGrant ? result.expiresAt : null,
  };
}

function checkUserInput(input: UserInput, creating: boolean) {
  const errors = new FieldErrors();
  const username = normaliseUsername(input.username);
  checkUsername(username, errors, 'input.username');
  const fullName = input.fullName.trim();
  if (fullName.length < 2 || fullName.length > 200)
    errors.add('input.fullName', 'Indicare nome e cognome');
  const fiscalCode = checkUserFiscalCode(input.fiscalCode, errors, 'input.fiscalCode');
  const roleErrors = new FieldErrors();
  const roles = checkGrantableRoles(input.roles, roleErrors);
  errors.addAll(roleErrors.list, 'input.');
  if (creating && !input.password) errors.add('input.password', 'La password è obbligatoria');
  if (input.password) {
    const violation = passwordPolicyViolation(input.password, username, fullName);
    if (violation) errors.add('input.password', violation);
  }
  errors.throwIfAny();
  return { username, fullName, fiscalCode, roles };
}

export const MutationResolvers: Resolvers = {
  Mutation: {
    async login(_, args, ctx) {
      const result = await ctx.services.sessions.login(
        ctx.em,
        args.username,
        args.password,
        ctx.clientAddress,
      );
      return session(result);
    },

    async logout(_, _args, ctx) {
      return ctx.services.sessions.logout(ctx.em, requirePrincipal(ctx.principal));
    },

    async changePassword(_, args, ctx) {
      const principal = requirePrincipal(ctx.principal);
      return session(
        await ctx.services.sessions.changePassword(
          ctx.em,
          principal,
          args.currentPassword,
          args.newPassword,
        ),
      );
    },

    async switchTenant(_, { tenantId }, ctx) {
      const principal = requirePlatformAdmin(ctx.principal);
      const switched = await ctx.services.sessions.switchTenant(ctx.em, principal, tenantId);
      await recordTenantSwitch(ctx.em, principal, switched.tenantId!, ctx.requestId);
      return session(switched);
    },

    async createTenant(_, { input }, ctx) {
      const principal = requirePlatformAdmin(ctx.principal);
      const code = input.code.trim();
      const belfioreCode = input.belfioreCode.trim().toUpperCase();
      const name = input.name.trim();
      const errors = new FieldErrors();
      checkTenantCodes(code, belfioreCode, errors);
      if (!name) errors.add('input.name', 'Il nome dell\u2019ente è obbligatorio');
      if (await ctx.em.count(Tenant, { code }))
        errors.add('input.code', 'Esiste già un ente con questo codice ISTAT');
      if (await ctx.em.count(Tenant, { belfioreCode }))
        errors.add('input.belfioreCode', 'Esiste già un ente con questo codice catastale');
      errors.throwIfAny();
      const tenant = ctx.em.create(Tenant, {
        id: randomUUID(),
        code,
        belfioreCode,
        name,
        active: true,
        createdAt: new Date(),
      });
      await ctx.em.flush();
      await ensureDefaultIndicators(ctx.em, tenant.id, principal.name);
      return tenant;
    },

    async createUser(_, { input }, ctx) {
      const { principal, tenantId } = requireAccess(ctx.principal, { admin: 'tenant' });
      const { username, fullName, fiscalCode, roles } = checkUserInput(input, true);
      if (isPlatformAdminWithoutGrant(principal)) {
        const [admins] = await ctx.em.execute<{ n: number }[]>(
          `select count(*)::int as n from config.app_user where tenant_id = ? and active and 'TENANT_ADMIN' = any(roles)`,
          [tenantId],
        );
        if (!mayCreateUserWithoutGrant(roles, admins?.n ?? 0))
          throw new ForbiddenError(GRANT_NEEDED_FOR_USERS);
      }
      const taken = await ctx.em.execute<unknown[]>(
        'select 1 from config.auth_user_by_username(?)',
        [username],
      );
      if (taken.length) throw BadUserInputError.field('input.username', 'Nome utente già in uso');
      const user = ctx.em.create(User, {
        id: randomUUID(),
        tenantId,
        username,
        fullName,
        fiscalCode,
        roles,
        passwordHash: await hashPassword(input.password!),
        active: input.active ?? true,
        failedLogins: 0,
      });
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'User',
        entityId: user.id,
        action: 'CREATE',
        changes: { username, fullName, fiscalCode, roles, active: user.active },
      });
      await ctx.em.flush();
      return userShape(user);
    },

    async updateUser(_, { id, input: update }, ctx) {
      const { principal, tenantId } = requireAccess(ctx.principal, { admin: 'tenant' });
      if (isPlatformAdminWithoutGrant(principal) && !mayUpdateUserWithoutGrant(update))
        throw new ForbiddenError(GRANT_NEEDED_FOR_USERS);
      const user = await ctx.em.findOne(User, { id });
      if (!user) throw new NotFoundError('Utente');
      // Absent keeps what is saved (no `active = true` default: leaving it out never reactivates).
      const saved = {
        username: user.username,
        fullName: user.fullName,
        fiscalCode: user.fiscalCode ?? null,
        roles: user.roles,
        active: user.active as boolean | null,
        password: null as string | null,
      };
      const merged = applyUpdate(saved, update, ['username', 'fullName', 'roles', 'active']);
      new FieldErrors().addAll(merged.errors).throwIfAny();
      const input: UserInput = merged.values;
      const { username, fullName, fiscalCode, roles } = checkUserInput(input, false);
      if (username !== user.username)
        throw BadUserInputError.field('input.username', 'Il nome utente non si può cambiare');
      if (principal.subjectId === user.id && input.active === false)
        throw BadUserInputError.field('input.active', 'Non puoi disattivare il tuo stesso utente');
      const before = {
        fullName: user.fullName,
        fiscalCode: user.fiscalCode ?? null,
        roles: user.roles,
        active: user.active,
      };
      user.fullName = fullName;
      user.fiscalCode = fiscalCode;
      user.roles = roles;
      user.active = input.active ?? user.active;
      if (input.password) user.passwordHash = await hashPassword(input.password);
      const changes = diff(before, {
        fullName: user.fullName,
        fiscalCode: user.fiscalCode ?? null,
        roles: user.roles,
        active: user.active,
      });
      if (input.password) changes.password = 'cambiata';
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'User',
        entityId: user.id,
        action: 'UPDATE',
        changes,
      });
      await ctx.em.flush();
      return userShape(user);
    },

    async unlockUser(_, { id }, ctx) {
      const { principal, tenantId } = requireAccess(ctx.principal, { admin: 'tenant' });
      const user = await ctx.em.findOne(User, { id });
      if (!user) throw new NotFoundError('Utente');
      user.failedLogins = 0;
      user.lockedUntil = null;
      await ctx.services.loginLimiter.clearAccount(ctx.em, user.username);
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'User',
        entityId: user.id,
        action: 'UNLOCK',
        changes: {},
      });
      await ctx.em.flush();
      return userShape(user);
    },

    async createApiClient(_, { input }, ctx) {
      const { principal, tenantId } = requireAccess(ctx.principal, { admin: 'tenant' });
      const errors = new FieldErrors();
      const name = input.name.trim();
      if (!name) errors.add('input.name', 'Il nome del client è obbligatorio');
      const scopeErrors = new FieldErrors();
      // `grantedScopes` (enum) arrive already as `registry:read`, like the older `scopes` strings.
      const scopes = checkScopes(
        [...(input.scopes ?? []), ...(input.grantedScopes ?? [])],
        scopeErrors,
      );
      errors.addAll(scopeErrors.list, 'input.');
      errors.throwIfAny();
      if (isPlatformAdminWithoutGrant(principal) && !mayGrantScopesWithoutGrant(scopes))
        throw new ForbiddenError(GRANT_NEEDED_FOR_CLIENTS);
      const secret = newClientSecret();
      const client = ctx.em.create(ApiClient, {
        id: randomUUID(),
        tenantId,
        clientId: newClientId(),
        name,
        secretHash: hashClientSecret(secret),
        scopes,
        active: true,
        createdBy: principal.name,
      });
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'ApiClient',
        entityId: client.id,
        action: 'CREATE',
        changes: { clientId: client.clientId, name, scopes },
      });
      await ctx.em.flush();
      return { client, clientSecret: secret };
    },

    async revokeApiClient(_, { id }, ctx) {
      const { principal, tenantId } = requireAccess(ctx.principal, { admin: 'tenant' });
      const client = await ctx.em.findOne(ApiClient, { id });
      if (!client) throw new NotFoundError('Client API');
      if (client.active) {
        client.active = false;
        client.revokedAt = new Date();
        recordAudit(ctx.em, {
          tenantId,
          actor: principal.name,
          entity: 'ApiClient',
          entityId: client.id,
          action: 'REVOKE',
          changes: {},
        });
        await ctx.em.flush();
      }
      return client;
    },
  },
};
