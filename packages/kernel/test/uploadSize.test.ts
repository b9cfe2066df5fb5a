import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  declaredOversize,
  limitedUpload,
  uploadMaxBytes,
  UploadSizeLimit,
  UploadTooLargeError,
} from '../src/http/uploadSize';

describe('upload size limit', () => {
  it('is 50 MB unless SISA_UPLOAD_MAX_MB says otherwise', () => {
    expect(uploadMaxBytes({})).toBe(50 * 1024 * 1024);
    expect(uploadMaxBytes({ SISA_UPLOAD_MAX_MB: '1.5' })).toBe(1.5 * 1024 * 1024);
    expect(uploadMaxBytes({ SISA_UPLOAD_MAX_MB: '-3' })).toBe(50 * 1024 * 1024);
  });

  it('refuses a declared size over the limit, in Italian', () => {
    expect(declaredOversize({ 'content-length': '11' }, 10)?.message).toMatch(
      /^File troppo grande: al massimo/,
    );
    expect(declaredOversize({ 'content-length': '10' }, 10)).toBeNull();
    expect(declaredOversize({}, 10)).toBeNull();
  });

  it('stops a stream as soon as it passes the limit', async () => {
    const chunks = () => Readable.from([Buffer.alloc(6), Buffer.alloc(6), Buffer.alloc(6)]);
    const seen: number[] = [];
    await expect(
      pipeline(chunks(), new UploadSizeLimit(10), async (source: AsyncIterable<Buffer>) => {
        for await (const c of source) seen.push(c.length);
      }),
    ).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(seen.length).toBeLessThan(2); // the third chunk never goes through
    const read: number[] = [];
    await expect(
      (async () => {
        for await (const c of limitedUpload(chunks(), 12)) read.push(c.length);
      })(),
    ).rejects.toThrow(/troppo grande/);
    expect(read).toEqual([6, 6]);
  });
});
