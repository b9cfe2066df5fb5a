import { pipeline, type Readable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import { declaredOversize, uploadMaxBytes, UploadSizeLimit } from '@sisa/kernel';

/**
 * Refuses with 413, before reading it, a body whose `Content-Length` is over the upload limit
 * (`SISA_UPLOAD_MAX_MB`); the connection closes, so the rest is never read.
 */
export function uploadLimit(maxBytes = uploadMaxBytes()) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const oversize = declaredOversize(req.headers, maxBytes);
    if (!oversize) return next();
    res.setHeader('connection', 'close');
    res.status(413).json({ error: oversize.message });
  };
}

/**
 * The request body on its way to a subgraph, counted: a chunked body that passes the limit fails
 * with `UploadTooLargeError` there, and the proxy answers 413.
 */
export function countedBody(req: Request, maxBytes = uploadMaxBytes()): Readable {
  return pipeline(req, new UploadSizeLimit(maxBytes), () => undefined);
}
