import { BroadcastChannel } from 'node:worker_threads';
import type { Session } from '../src/auth/session';
import {
  SESSION_CHANNEL,
  SessionHolder,
  type SessionChange,
  type SessionChannel,
} from '../src/auth/sessionHolder';

// Each holder is one tab; Node's BroadcastChannel joins them as the browser's does the tabs.
const channels: BroadcastChannel[] = [];
function tab(timeoutMs = 300): SessionHolder {
  const channel = new BroadcastChannel(SESSION_CHANNEL);
  channels.push(channel);
  return new SessionHolder(channel as unknown as SessionChannel, timeoutMs);
}
afterEach(() => {
  for (const channel of channels.splice(0)) channel.close();
});

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const session = (token: string, tenantId = 't1', expiresAt = inAnHour()): Session => ({
  token,
  expiresAt,
  user: {
    id: 'u1',
    username: 'mario.rossi',
    fullName: 'Mario Rossi',
    roles: ['CASEWORKER'],
    tenant: { id: tenantId, name: 'Comune', code: '001' },
  },
});
const changesOf = (holder: SessionHolder) => {
  const seen: SessionChange[] = [];
  holder.subscribe((change) => seen.push(change));
  return seen;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the session shared between tabs', () => {
  it('hands an open tab’s session to a new tab that asks', async () => {
    const first = tab();
    first.start(session('token-1'));
    const second = tab();
    expect(second.current()).toBeNull();
    expect((await second.restore())?.token).toBe('token-1');
    expect(second.current()?.token).toBe('token-1');
  });

  it('gives a new tab no session when no tab answers in time', async () => {
    const lonely = tab(100);
    const started = Date.now();
    expect(await lonely.restore()).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    // Asked once per page load: a second call does not wait again.
    const again = Date.now();
    expect(await lonely.restore()).toBeNull();
    expect(Date.now() - again).toBeLessThan(50);
  });

  it('does not hand over an expired session', async () => {
    tab().start(session('stale', 't1', new Date(Date.now() - 1000).toISOString()));
    expect(await tab(100).restore()).toBeNull();
  });

  it('ends every tab’s session on a logout in one of them, and names a token of another comune', async () => {
    const first = tab();
    first.start(session('token-1'));
    const second = tab();
    await second.restore();
    const third = tab();
    await third.restore();
    // The third tab entered another comune: a token of its own.
    third.start(session('token-other', 't2'));
    const secondChanges = changesOf(second);
    const thirdChanges = changesOf(third);

    expect(first.endEverywhere()).toBe('token-1');
    await settle();
    expect(second.current()).toBeNull();
    expect(third.current()).toBeNull();
    expect(secondChanges).toEqual([{ kind: 'ended-elsewhere', otherToken: null }]);
    expect(thirdChanges).toEqual([{ kind: 'ended-elsewhere', otherToken: 'token-other' }]);
    // Nobody is left to hand a session to a new tab.
    expect(await tab(100).restore()).toBeNull();
  });

  it('keeps a comune switched in one tab to that tab', async () => {
    const first = tab();
    first.start(session('token-1'));
    const second = tab();
    await second.restore();
    const changes = changesOf(second);
    second.start(session('token-2', 't2'));
    await settle();
    expect(changes).toEqual([{ kind: 'switched' }]);
    expect(first.current()?.token).toBe('token-1');
  });

  it('shares a renewed token with the tabs on the old one', async () => {
    const first = tab();
    first.start(session('token-1'));
    const second = tab();
    await second.restore();
    const elsewhere = tab();
    elsewhere.start(session('token-other', 't2'));
    const changes = changesOf(second);
    first.renew(session('token-1b'));
    await settle();
    expect(second.current()?.token).toBe('token-1b');
    expect(changes).toEqual([{ kind: 'renewed' }]);
    expect(elsewhere.current()?.token).toBe('token-other');
  });
});
