import { checkFiscalCode } from '@sisa/italia';
import { FieldErrors, platformScopes, ROLES, type Role, type Scope } from '@sisa/kernel';

const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** Usernames are lower case, 3–64 characters: letters, digits, dot, dash, underscore. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function checkUsername(username: string, errors: FieldErrors, field = 'username'): void {
  if (!USERNAME_RE.test(username))
    errors.add(
      field,
      'Nome utente non valido: 3–64 caratteri tra lettere minuscole, cifre, punto, trattino',
    );
}

/**
 * Roles an actor may grant: a tenant admin gives tenant roles only; the platform-admin role is
 * never granted through the API (it is an installation-level decision).
 */
export function checkGrantableRoles(roles: readonly string[], errors: FieldErrors): Role[] {
  if (roles.length === 0) errors.add('roles', 'Indicare almeno un ruolo');
  const valid: Role[] = [];
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role))
      errors.add('roles', `Ruolo sconosciuto: ${role}`);
    else if (role === 'PLATFORM_ADMIN')
      errors.add('roles', 'Il ruolo di amministratore di piattaforma non si assegna da qui');
    else valid.push(role as Role);
  }
  return [...new Set(valid)];
}

export function checkScopes(scopes: readonly string[], errors: FieldErrors): Scope[] {
  if (scopes.length === 0) errors.add('scopes', 'Indicare almeno un ambito (es. registry:read)');
  const known = platformScopes();
  for (const scope of scopes) {
    if (!known.includes(scope as Scope))
      errors.add('scopes', `Ambito sconosciuto: ${scope}. Ambiti validi: ${known.join(', ')}`);
  }
  return [...new Set(scopes)] as Scope[];
}

/** ISTAT comune code (6 digits) and Belfiore code (a letter and 3 digits). */
export function checkTenantCodes(code: string, belfioreCode: string, errors: FieldErrors): void {
  if (!/^\d{6}$/.test(code)) errors.add('code', 'Il codice ISTAT del comune è di 6 cifre');
  if (!/^[A-Z]\d{3}$/.test(belfioreCode))
    errors.add('belfioreCode', 'Il codice catastale è una lettera seguita da 3 cifre (es. F205)');
}

/** Longer than any fiscal code, even typed with spaces: refused before it is read. */
const FISCAL_CODE_MAX_INPUT = 32;

/**
 * A user's own codice fiscale (the SIUSS CFOperatore the console proposes): blank is none;
 * otherwise it must pass @sisa/italia's check (16 characters for a person, 11 digits for a
 * provisional code) and is kept upper case without spaces. Omocodic codes INPS's schema refuses
 * are still the person's code: the SIUSS transmission reports them when it is created.
 */
export function checkUserFiscalCode(
  value: string | null | undefined,
  errors: FieldErrors,
  field = 'fiscalCode',
): string | null {
  if (value == null || value.trim() === '') return null;
  if (value.length > FISCAL_CODE_MAX_INPUT) {
    errors.add(field, 'Codice fiscale non valido: troppo lungo');
    return null;
  }
  const check = checkFiscalCode(value);
  if (!check.valid) {
    errors.add(field, `Codice fiscale non valido: ${check.error}`);
    return null;
  }
  return check.normalized;
}
