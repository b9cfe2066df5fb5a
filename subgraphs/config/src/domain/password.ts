import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as italian from '@zxcvbn-ts/language-it';

function scrypt(
  password: string,
  salt: Buffer,
  keylen: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, keylen, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** scrypt cost N = 2^15, r = 8, p = 1: 32 MiB and tens of milliseconds per attempt. */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAXMEM = 64 * 1024 * 1024;

export const MIN_PASSWORD_LENGTH = 10;

/** `scrypt$N$r$p$<salt b64>$<hash b64>`: the parameters travel with the hash, so they can rise later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAXMEM });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltB64, hashB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hashB64, 'base64');
  const actual = await scrypt(password, Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return timingSafeEqual(actual, expected);
}

/** A hash no password matches, checked when the username is unknown so timing reveals nothing. */
export const UNMATCHABLE_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;

/** Longer passwords are refused: every check (zxcvbn, scrypt) grows with the length. */
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn score (0–4) a password needs: 3 is "safely unguessable" (about 10^8 guesses and more). */
export const MIN_PASSWORD_SCORE = 3;

let strength: ZxcvbnFactory | null = null;

/** zxcvbn-ts with the common passwords and the Italian words, names and feedback (built once). */
function strengthEstimator(): ZxcvbnFactory {
  strength ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...italian.dictionary },
    graphs: common.adjacencyGraphs,
    translations: italian.translations,
  });
  return strength;
}

/**
 * Italian message for a password that breaks the policy, or null: at least 10 characters, not
 * the username, and not guessable (zxcvbn refuses common and repeated passwords, keyboard
 * sequences, names, dates and words, also when built from the user's own name).
 */
export function passwordPolicyViolation(
  password: string,
  username: string,
  fullName = '',
): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `La password deve avere almeno ${MIN_PASSWORD_LENGTH} caratteri`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `La password può avere al massimo ${MAX_PASSWORD_LENGTH} caratteri`;
  if (password.toLowerCase().includes(username.toLowerCase()))
    return 'La password non può contenere il nome utente';
  const userInputs = [username, ...username.split(/[._-]/), ...fullName.split(/\s+/)].filter(
    (word) => word.length > 2,
  );
  const result = strengthEstimator().check(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ? ` ${result.feedback.warning}` : '';
  return `Password troppo facile da indovinare: usa una frase più lunga o parole non comuni.${why}`;
}
