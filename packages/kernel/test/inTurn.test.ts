import { inTurn, type RequestContext } from '../src';

const context = () => ({}) as RequestContext<unknown>;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('inTurn', () => {
  it('runs the work of one request one piece at a time, in order', async () => {
    const ctx = context();
    const log: string[] = [];
    const piece = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([inTurn(ctx, piece('a')), inTurn(ctx, piece('b'))]);
    expect(results).toEqual(['a', 'b']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('goes on after a failure, which reaches only its own caller', async () => {
    const ctx = context();
    const failing = inTurn(ctx, async () => {
      await tick();
      throw new Error('no');
    });
    const next = inTurn(ctx, async () => 'next');
    await expect(failing).rejects.toThrow('no');
    await expect(next).resolves.toBe('next');
  });

  it('keeps requests apart: another request does not wait', async () => {
    const first = context();
    const second = context();
    const log: string[] = [];
    const slow = inTurn(first, async () => {
      await tick();
      log.push('first');
    });
    await inTurn(second, async () => {
      log.push('second');
    });
    await slow;
    expect(log).toEqual(['second', 'first']);
  });
});
