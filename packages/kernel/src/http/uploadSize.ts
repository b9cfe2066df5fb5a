import type { IncomingMessage } from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';

const MB = 1024 * 1024;

/** Reads a positive number from the environment, or `fallback` when unset or not one. */
export function positiveNumberFromEnv(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
): number {
  const raw = env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Largest file body accepted by an upload endpoint (`SISA_UPLOAD_MAX_MB`, default 50), in bytes. */
export function uploadMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  return Math.floor(positiveNumberFromEnv(env, 'SISA_UPLOAD_MAX_MB', 50) * MB);
}

/** An upload larger than the limit: answered 413, with the limit in the message. */
export class UploadTooLargeError extends Error {
  readonly status = 413;
  constructor(readonly maxBytes: number) {
    super(`File troppo grande: al massimo ${formatMegabytes(maxBytes)} MB`);
  }
}

function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / MB) * 10) / 10).replace('.', ',');
}

/** The body's declared size (`Content-Length`) when it is over `maxBytes`, else null. */
export function declaredOversize(
  headers: Record<string, string | string[] | undefined>,
  maxBytes: number,
): UploadTooLargeError | null {
  const declared = Number(headers['content-length']);
  return Number.isFinite(declared) && declared > maxBytes
    ? new UploadTooLargeError(maxBytes)
    : null;
}

/**
 * Passes bytes through, counting them, and fails with `UploadTooLargeError` as soon as more
 * than `maxBytes` went by: a chunked upload is stopped at the limit, never buffered whole.
 */
export class UploadSizeLimit extends Transform {
  private seen = 0;
  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.maxBytes) done(new UploadTooLargeError(this.maxBytes));
    else done(null, chunk);
  }
}

/** The same as `UploadSizeLimit`, for a consumer that reads an async iterable. */
export async function* limitedUpload(
  input: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<Buffer> {
  let seen = 0;
  for await (const chunk of input) {
    seen += chunk.length;
    if (seen > maxBytes) throw new UploadTooLargeError(maxBytes);
    yield chunk;
  }
}

/**
 * After answering before the body was all read: reads and drops the rest, so the connection
 * (the gateway's, kept alive) stays usable; past `maxBytes` the connection is closed instead.
 */
export function dropUnreadBody(req: IncomingMessage, maxBytes: number): void {
  if (req.complete) return;
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > maxBytes) req.socket.destroy();
  });
  req.resume();
}
