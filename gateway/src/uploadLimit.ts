import type { Readable } from 'node:stream';
import type { NextFunction, Request, Response } from 'express';
import {
  declaredOversize,
  dropUnreadBody,
  sendFileRouteError,
  uploadMaxBytes,
  UploadSizeLimit,
  type UploadTooLargeError,
} from '@sisa/kernel';

/**
 * Refuses with 413, before reading it, a body whose `Content-Length` is over the upload limit
 * (`SISA_UPLOAD_MAX_MB`).
 */
export function uploadLimit(maxBytes = uploadMaxBytes()) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const oversize = declaredOversize(req.headers, maxBytes);
    if (!oversize) return next();
    refuseTooLarge(req, res, oversize);
  };
}

/**
 * Answers 413. The client may still be sending: what follows is read and dropped (closing the
 * connection at once would make it fail on writing, before it reads the answer), up to the
 * limit again, past which the connection is closed.
 */
export function refuseTooLarge(req: Request, res: Response, error: UploadTooLargeError): void {
  sendFileRouteError(res, 413, 'BAD_USER_INPUT', error.message);
  dropUnreadBody(req, error.maxBytes);
}

/**
 * The request body on its way to a subgraph, counted: a chunked body that passes the limit fails
 * with `UploadTooLargeError` there, and the proxy answers 413.
 */
export function countedBody(req: Request, maxBytes = uploadMaxBytes()): Readable {
  // Piped, not a pipeline: a failure leaves the request open, to be answered.
  return req.pipe(new UploadSizeLimit(maxBytes));
}
