import { postGraphQL } from '../api/gateway';
import { currentToken, type Session, type SessionTenant, type SessionUser } from './session';

// The identity operations of the config subgraph (docs/CONTRACT.md, "Identity and tenants").
const USER_FIELDS = 'id username fullName roles tenant { id name code }';
const SESSION_FIELDS = `token expiresAt supportUntil user { ${USER_FIELDS} }`;

export async function loginMutation(username: string, password: string): Promise<Session> {
  const data = await postGraphQL<{ login: Session }>(
    `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { ${SESSION_FIELDS} } }`,
    { username, password },
  );
  return data.login;
}

export async function switchTenantMutation(tenantId: string): Promise<Session> {
  const data = await postGraphQL<{ switchTenant: Session }>(
    `mutation SwitchTenant($tenantId: ID!) { switchTenant(tenantId: $tenantId) { ${SESSION_FIELDS} } }`,
    { tenantId },
    currentToken(),
  );
  return data.switchTenant;
}

/** Ends the session on the server: the token stops working everywhere at once. */
export async function logoutMutation(token: string): Promise<void> {
  await postGraphQL<{ logout: boolean }>('mutation Logout { logout }', {}, token);
}

export async function meQuery(): Promise<SessionUser> {
  const data = await postGraphQL<{ me: SessionUser }>(
    // The fiscal code only here: the console asks for it when needed, sessionStorage never keeps it.
    `query Me { me { ${USER_FIELDS} fiscalCode } }`,
    {},
    currentToken(),
  );
  return data.me;
}

/** Every tenant for a platform admin, one's own for the others. */
export async function tenantsQuery(): Promise<SessionTenant[]> {
  const data = await postGraphQL<{ tenants: SessionTenant[] }>(
    'query Tenants { tenants { id name code } }',
    {},
    currentToken(),
  );
  return data.tenants;
}
