import { createHash } from 'node:crypto';

/**
 * A short summary of the records a transmission selects, so that a transmission confirmed from a
 * preview can tell whether what it is about to send is still what the operator saw. Every write of
 * a record gives it a new change number, higher than any before (entities/changeOrder.ts): a
 * record changed, added or gone since the preview changes the count, the highest number or the
 * sum of the numbers.
 */
export class SelectionFingerprint {
  private count = 0;
  private highest = 0n;
  private sum = 0n;

  add(changeSeq: string | number | bigint): void {
    const seq = BigInt(changeSeq);
    this.count++;
    this.sum += seq;
    if (seq > this.highest) this.highest = seq;
  }

  /** The fingerprint of a flow's selection (hexadecimal, 32 characters). */
  value(flow: string): string {
    return createHash('sha256')
      .update(`${flow}:${this.count}:${this.highest}:${this.sum}`)
      .digest('hex')
      .slice(0, 32);
  }
}
