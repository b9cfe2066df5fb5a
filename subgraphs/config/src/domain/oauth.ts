/** The error codes of RFC 6749 §5.2, with RFC 7009's for revocation. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'unsupported_token_type';

const MAX_DESCRIPTION = 200;

/**
 * An `error_description` as RFC 6749 §5.2 allows it: printable ASCII without `"` and `\`.
 * Accented letters lose their accent (`è` becomes `e`), anything else is dropped.
 */
export function oauthDescription(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, '')
    .slice(0, MAX_DESCRIPTION);
}

/**
 * The named parameters of a token or revocation request when each is sent at most once
 * (RFC 6749 §3.2): strings, or undefined when absent. Returns the first repeated or non-string
 * parameter's name instead when there is one.
 */
export function singleParameters<K extends string>(
  body: Record<string, unknown>,
  names: readonly K[],
): { values: Partial<Record<K, string>> } | { repeated: K } {
  const values: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = body[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') return { repeated: name };
    values[name] = value;
  }
  return { values };
}
