import {
  ACCOUNT_LOCK_THRESHOLD,
  isLocked,
  lockUntilAfterFailure,
  tooManyAttemptsMessage,
} from '../src/domain/loginThrottle';
import { passwordPolicyViolation } from '../src/domain/password';

describe('login throttling rules', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const lockSeconds = (failures: number) =>
    ((lockUntilAfterFailure(failures, now)?.getTime() ?? now.getTime()) - now.getTime()) / 1000;

  it('locks the account only after many failures, briefly, doubling up to an hour', () => {
    expect(lockUntilAfterFailure(ACCOUNT_LOCK_THRESHOLD - 1, now)).toBeNull();
    expect(lockSeconds(ACCOUNT_LOCK_THRESHOLD)).toBe(60);
    expect(lockSeconds(ACCOUNT_LOCK_THRESHOLD + 1)).toBe(120);
    expect(lockSeconds(ACCOUNT_LOCK_THRESHOLD + 10)).toBe(3600);
    expect(lockSeconds(10_000)).toBe(3600);
    expect(isLocked(new Date(now.getTime() + 1), now)).toBe(true);
    expect(isLocked(now, now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });

  it('says how long to wait in whole minutes', () => {
    expect(tooManyAttemptsMessage(1)).toBe('Troppi tentativi di accesso: riprova tra 1 minuto');
    expect(tooManyAttemptsMessage(61)).toBe('Troppi tentativi di accesso: riprova tra 2 minuti');
  });
});

describe('password policy', () => {
  it('refuses short, long, username-bearing, common and repeated passwords', () => {
    expect(passwordPolicyViolation('corta', 'anna.verdi')).toMatch(/almeno 10 caratteri/);
    expect(passwordPolicyViolation('x'.repeat(201), 'anna.verdi')).toMatch(/al massimo 200/);
    expect(passwordPolicyViolation('anna.verdi-2026', 'anna.verdi')).toMatch(/nome utente/);
    for (const weak of ['password123', 'aaaaaaaaaaaa', 'qwertyuiop12', 'ciaociaociao'])
      expect(passwordPolicyViolation(weak, 'anna.verdi')).toMatch(
        /^Password troppo facile da indovinare/,
      );
    // Built from the person's own name: guessable for whoever knows them.
    expect(passwordPolicyViolation('VerdiAnna1', 'a.verdi', 'Anna Verdi')).toMatch(
      /^Password troppo facile da indovinare/,
    );
  });

  it('accepts long and unpredictable passwords', () => {
    for (const strong of ['una-password-lunga', 'Sole-Mare-Vento-42', 'Rt7#kq9!Vz2p'])
      expect(passwordPolicyViolation(strong, 'anna.verdi', 'Anna Verdi')).toBeNull();
  });
});
