import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Router } from 'express';

/**
 * Whether the gateway serves the API explorer: `SISA_EXPLORER=on`/`off`, by default on except
 * with `NODE_ENV=production` (where introspection, which it needs for its documentation and
 * completion, is also off unless `SISA_INTROSPECTION=on`).
 */
export function explorerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SISA_EXPLORER === 'on') return true;
  if (env.SISA_EXPLORER === 'off') return false;
  return env.NODE_ENV !== 'production';
}

/**
 * The API explorer at `/explorer`: GraphiQL built from npm into the console's `dist/explorer`
 * (`npm run build -w @sisa/admin-ui`), every file served from here, nothing from outside. It
 * holds no secret: a page that calls `/graphql` with the token the user pastes in.
 */
export function explorerRouter(dir: string | undefined, enabled: boolean): Router {
  const router = express.Router();
  if (!enabled || !dir || !existsSync(join(dir, 'index.html'))) return router;
  router.get('/', (req, res, next) => {
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) return res.redirect(301, '/explorer/');
    next();
  });
  router.use(express.static(dir, { index: 'index.html', maxAge: '1h' }));
  return router;
}
