import {
  bearerChallenge,
  DomainError,
  requireAccess,
  type Access,
  type Principal,
  type SubgraphDeps,
} from '@sisa/kernel';
import type { Request, Response } from 'express';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * Verifies the token again (no subgraph trusts the network) and the access the route needs.
 * Answers 401/403 itself and returns null when the caller may not go on.
 */
export async function authorize(
  deps: SubgraphDeps,
  req: Request,
  res: Response,
  access: Access,
): Promise<{ principal: Principal; tenantId: string } | null> {
  try {
    const principal = await deps.verifier.fromAuthorizationHeader(req.headers.authorization);
    return requireAccess(principal, access);
  } catch (error) {
    const code = error instanceof DomainError ? error.code : 'UNAUTHENTICATED';
    if ((STATUS[code] ?? 401) === 401)
      res.set('WWW-Authenticate', bearerChallenge(Boolean(req.headers.authorization)));
    res.status(STATUS[code] ?? 401).json({
      error: error instanceof DomainError ? error.message : 'Token non valido o scaduto',
      code,
    });
    return null;
  }
}
