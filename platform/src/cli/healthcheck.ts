/**
 * `node platform/dist/cli/healthcheck.js`: exits 0 when this container's service answers
 * `GET /health` on `PORT` with 200, else 1 (the image has no curl: compose's healthcheck).
 */
const port = process.env.PORT ?? '4000';
fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(3000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);

// A module, not a script: its names stay its own.
export {};
