import type { SubgraphName } from '@sisa/kernel';

/** One file endpoint a subgraph serves, as the gateway lets it through. */
export interface FileRoute {
  methods: readonly string[];
  subgraph: SubgraphName;
  /** Matched against the whole decoded path; segments are `[A-Za-z0-9_-]` words, dots only inside. */
  path: RegExp;
}

const SEGMENT = '[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*';
const GET = ['GET', 'HEAD'] as const;

/**
 * Every file endpoint of the subgraphs (their `routes`: rei's `http/`, siuss's `http/files.ts`,
 * casework's `http/documents.ts` and `http/diaryPrint.ts`);
 * nothing else under `/files/` is proxied, so no path can reach a subgraph's `/graphql`.
 */
export const FILE_ROUTES: readonly FileRoute[] = [
  { methods: ['POST'], subgraph: 'rei', path: /^\/files\/rei\/inps-outcomes$/ },
  { methods: GET, subgraph: 'rei', path: new RegExp(`^/files/rei/exports/${SEGMENT}$`) },
  { methods: ['POST'], subgraph: 'siuss', path: /^\/files\/siuss\/imports$/ },
  {
    methods: GET,
    subgraph: 'siuss',
    path: new RegExp(`^/files/siuss/imports/${SEGMENT}/rejects\\.(?:csv|xlsx)$`),
  },
  {
    methods: GET,
    subgraph: 'siuss',
    path: new RegExp(`^/files/siuss/import-templates/${SEGMENT}\\.(?:csv|xlsx)$`),
  },
  {
    methods: GET,
    subgraph: 'siuss',
    path: new RegExp(`^/files/siuss/transmissions/${SEGMENT}/${SEGMENT}$`),
  },
  {
    methods: ['POST'],
    subgraph: 'casework',
    path: new RegExp(`^/files/casework/cases/${SEGMENT}/documents$`),
  },
  {
    methods: GET,
    subgraph: 'casework',
    path: new RegExp(`^/files/casework/documents/${SEGMENT}$`),
  },
  {
    methods: GET,
    subgraph: 'casework',
    path: new RegExp(`^/files/casework/cases/${SEGMENT}/diary\\.pdf$`),
  },
];

/**
 * The file route a request target (`req.originalUrl`, as the client wrote it) asks for, with the
 * path to forward; null for anything else. The path is percent-decoded and must then be made of
 * plain segments: `..`, `.`, empty segments, backslashes, encoded slashes or dots and control
 * characters never match, so what is forwarded is exactly what was checked.
 */
export function matchFileRoute(
  method: string,
  target: string,
): { route: FileRoute; forward: string } | null {
  const queryAt = target.indexOf('?');
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 ? '' : target.slice(queryAt);
  if (/%(2e|2f|5c|00)|\\/i.test(rawPath) || query.includes('#')) return null;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (path !== rawPath) return null; // our file paths need no encoding at all
  const route = FILE_ROUTES.find((r) => r.methods.includes(method) && r.path.test(path));
  return route ? { route, forward: `${path}${query}` } : null;
}
