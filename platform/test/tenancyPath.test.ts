import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * A tenant id reaches SQL one way: through the kernel's tenancy (`packages/kernel/src/db/
 * tenancy.ts`), the only source that sets `app.tenant_id`; and a file route learns its caller and
 * tenant one way, through the kernel's `fileRoute`/`authorizeRequest` (docs/DEVELOPMENT.md,
 * "Tenancy" and "File routes"). Tests may still set the tenant themselves to probe row-level
 * security from outside.
 */
const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || name === 'dist' || name === 'test' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const SOURCE_DIRS = ['packages', 'subgraphs', 'gateway/src', 'platform/src'];
const all = SOURCE_DIRS.flatMap((d) => sources(join(ROOT, d))).filter((f) => f.includes('/src/'));
const where = (pattern: RegExp) =>
  all
    .filter((file) => pattern.test(readFileSync(file, 'utf8')))
    .map((file) => relative(ROOT, file));

describe('the path of a tenant id', () => {
  it('is bound to a transaction in one kernel function only', () => {
    expect(where(/set_config\(\s*'app\.tenant_id'/)).toEqual(['packages/kernel/src/db/tenancy.ts']);
  });

  it('reaches a file route through the kernel only', () => {
    const routes = all.filter((f) => /\/subgraphs\/[^/]+\/src\/http\//.test(f));
    expect(routes.length).toBeGreaterThan(0);
    const ownChecks = routes
      .filter((f) => /fromAuthorizationHeader|requireAccess\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    // Config's OAuth endpoints authenticate clients, not bearer tokens: none of them is listed.
    expect(ownChecks).toEqual([]);
  });
});
