import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import {
  dropUnreadBody,
  replicaSet,
  sendFileRouteError,
  uploadMaxBytes,
  UploadTooLargeError,
  type Logger,
} from '@sisa/kernel';
import { countedBody, refuseTooLarge } from './uploadLimit';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

/**
 * Streams a request to `path` on one of `replicas` (a service's URL setting) and the answer
 * back, without holding either body in memory (file imports and downloads can be large). A
 * request without a body moves to the next replica when one refuses the connection; one with a
 * body does not: fetch reads a streamed body before it connects, so it cannot be sent again.
 */
export async function proxyTo(
  replicas: string,
  path: string,
  req: Request,
  res: Response,
  logger: Logger,
  requestId: string,
): Promise<void> {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && !HOP_BY_HOP.has(key)) headers.set(key, value);
  }
  headers.set('x-request-id', requestId);
  // The client as the gateway sees it, never what the client claims.
  if (req.ip) headers.set('x-forwarded-for', req.ip);
  else headers.delete('x-forwarded-for');
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const body = hasBody ? countedBody(req) : null;
  // Past the limit the upstream request is aborted (its connection closed, never reused).
  const abort = new AbortController();
  let tooLarge: UploadTooLargeError | null = null;
  body?.on('error', (error) => {
    if (!(error instanceof UploadTooLargeError)) return;
    tooLarge = error;
    abort.abort(error);
  });
  const set = replicaSet(replicas);
  let target = '';
  try {
    const send = (baseUrl: string) => {
      target = `${baseUrl}${path}`;
      return fetch(target, {
        method: req.method,
        headers,
        body: body ? (Readable.toWeb(body) as ReadableStream) : undefined,
        duplex: 'half',
        signal: abort.signal,
      } as RequestInit);
    };
    const upstream = await set.send(send, { retry: !hasBody });
    res.status(upstream.status);
    upstream.headers.forEach((value, key) => {
      if (!HOP_BY_HOP.has(key)) res.setHeader(key, value);
    });
    // Answered before the body was all read (a refused upload): the rest is dropped, bounded,
    // and the upstream request is aborted, so its half-sent connection is never reused by the
    // next request (which would wait on it and fail).
    if (hasBody)
      res.once('finish', () => {
        if (req.complete) return;
        abort.abort();
        req.unpipe();
        dropUnreadBody(req, uploadMaxBytes());
      });
    if (!upstream.body) {
      res.end();
      return;
    }
    // pipeline, not pipe: a subgraph that stops mid-answer ends the caller's download too (with
    // pipe the caller would wait for ever on a body that never ends).
    await pipeline(Readable.fromWeb(upstream.body as never), res).catch((error: unknown) => {
      logger.warn({ err: error, target }, 'proxy: answer interrupted');
      res.destroy();
    });
  } catch (error) {
    const refused = tooLarge as UploadTooLargeError | null;
    if (refused && !res.headersSent) return refuseTooLarge(req, res, refused);
    logger.error({ err: error, target }, 'proxy failed');
    sendFileRouteError(res, 502, 'INTERNAL_SERVER_ERROR', 'Servizio non raggiungibile');
  }
}
