import { GRANTABLE_ROLES, ROLES } from '../../auth/roles';

/** Choices for role inputs and filters; labels are translation keys (app.roles.*). */
export const ALL_ROLE_CHOICES = ROLES.map((role) => ({ id: role, name: `app.roles.${role}` }));
export const GRANTABLE_ROLE_CHOICES = GRANTABLE_ROLES.map((role) => ({
  id: role,
  name: `app.roles.${role}`,
}));
