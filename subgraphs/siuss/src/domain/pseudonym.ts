import { createHmac } from 'node:crypto';

/** Longest IDBeneficiario SINBA.xsd accepts. */
export const SINBA_ID_LENGTH = 20;

/**
 * SINBA's `IDBeneficiario`: a keyed hash (HMAC-SHA-256) of the normalised fiscal code with the
 * tenant's secret, base32 (A–Z, 2–7), 20 characters (100 bits). Stable for the same child and
 * tenant, and without the secret it reveals nothing: no one can test a guessed fiscal code.
 */
export function sinbaPseudonym(secret: Buffer, fiscalCode: string): string {
  const digest = createHmac('sha256', secret).update(fiscalCode.trim().toUpperCase()).digest();
  return base32(digest).slice(0, SINBA_ID_LENGTH);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}
