import type { Request, Response } from 'express';
import { bearerChallenge, DomainError, requireAccess, type SubgraphDeps } from '@sisa/kernel';

// What every file endpoint of siuss does first: who calls, for which tenant.

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An error answer in JSON, unless the answer has begun. */
export function fail(res: Response, status: number, error: string): void {
  if (!res.headersSent) res.status(status).json({ error });
}

/** The caller's tenant for a file endpoint (same token as GraphQL), or an HTTP error. */
export async function callerTenant(
  deps: SubgraphDeps,
  req: Request,
  res: Response,
  level: 'read' | 'write',
) {
  try {
    const principal = await deps.verifier.fromAuthorizationHeader(req.headers.authorization);
    const { tenantId } = requireAccess(principal, { domain: 'siuss', level });
    return { tenantId, actor: principal!.name, principal: principal! };
  } catch (error) {
    const code = error instanceof DomainError ? error.code : 'UNAUTHENTICATED';
    if (code !== 'FORBIDDEN')
      res.set('WWW-Authenticate', bearerChallenge(Boolean(req.headers.authorization)));
    fail(
      res,
      code === 'FORBIDDEN' ? 403 : 401,
      error instanceof Error ? error.message : 'Token non valido',
    );
    return null;
  }
}
