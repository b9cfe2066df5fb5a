// Copies the non-TypeScript assets of a workspace (GraphQL SDL, SQL, data files) from src/ to dist/,
// so compiled code can load them relative to its own module.
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';

const ASSETS = new Set(['.graphql', '.sql', '.json', '.csv', '.xsd']);
const src = join(process.cwd(), 'src');
const dist = join(process.cwd(), 'dist');

function copy(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copy(path);
    else if (ASSETS.has(extname(name))) cpSync(path, join(dist, path.slice(src.length)));
  }
}
if (existsSync(src)) copy(src);
