import type { Response } from 'express';
import { sendFileRouteError } from '@sisa/kernel';

// What the file endpoints of siuss share; who calls and for which tenant is the kernel's
// `fileRoute` (the same token, session and access rules as GraphQL, one error body).

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 404 with the kernel's error body and `message` (the thing named as people know it). */
export function notFound(res: Response, message: string): void {
  sendFileRouteError(res, 404, 'NOT_FOUND', message);
}

/** 400 with the kernel's error body: a parameter of the request is not acceptable. */
export function badRequest(res: Response, message: string): void {
  sendFileRouteError(res, 400, 'BAD_USER_INPUT', message);
}
