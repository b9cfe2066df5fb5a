// Gzipped JavaScript per screen of the built console, from Vite's manifest: the first screen is the
// entry with everything it imports statically; each route adds its lazy chunk and that chunk's
// static imports. Usage: node scripts/first-screen-size.mjs [--budget-kb 700] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`Manca ${manifestPath}: eseguire prima "npm run build -w @sisa/admin-ui".`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const args = process.argv.slice(2);
const budgetKb = args.includes('--budget-kb') ? Number(args[args.indexOf('--budget-kb') + 1]) : 700;

const gzipCache = new Map();
const gzipBytes = (file) => {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(join(dist, file))).length);
  return gzipCache.get(file);
};

/** The chunk and what it imports statically, transitively (the browser fetches all of them). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

const jsOf = (keys) =>
  [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const total = (files) => files.reduce((sum, file) => sum + gzipBytes(file), 0);

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const firstScreen = closure(entryKey);
const firstFiles = jsOf(firstScreen);
const routes = (manifest[entryKey].dynamicImports ?? []).map((route) => {
  const files = jsOf(closure(route, new Set(firstScreen)));
  return { route, files: files.length, gzipKb: kb(total(files)) };
});

const report = {
  firstScreen: { files: firstFiles.length, gzipKb: kb(total(firstFiles)) },
  budgetKb,
  routes,
};
if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  process.stdout.write(
    `Prima schermata (login): ${report.firstScreen.gzipKb} KB gzip in ${firstFiles.length} file (budget ${budgetKb} KB)\n`,
  );
  for (const r of routes) process.stdout.write(`  + ${r.route}: ${r.gzipKb} KB gzip in totale\n`);
}
if (report.firstScreen.gzipKb > budgetKb) {
  console.error(`La prima schermata supera il budget di ${budgetKb} KB gzip.`);
  process.exit(1);
}
