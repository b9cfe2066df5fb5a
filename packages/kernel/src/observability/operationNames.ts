/** The label of an operation without a name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** The label of a request whose operation was never known (unparsable, invalid, unknown name). */
export const UNKNOWN_OPERATION = 'unknown';
/** The label of every name past the limit, or not shaped like a GraphQL name. */
export const OTHER_OPERATION = 'other';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Operation names as metric labels, their number bounded: clients choose the names, and each
 * distinct one is a new series in every scrape. The first `limit` names keep their own label;
 * later ones, and anything not a GraphQL name, share `other`.
 */
export class OperationNames {
  private readonly seen = new Set<string>();

  constructor(private readonly limit = 200) {}

  /** The label for a request: its operation's name, or one of the fixed labels. */
  labelOf(name: string | null | undefined, known: boolean): string {
    if (!known) return UNKNOWN_OPERATION;
    if (!name) return ANONYMOUS_OPERATION;
    if (!GRAPHQL_NAME.test(name)) return OTHER_OPERATION;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.limit) return OTHER_OPERATION;
    this.seen.add(name);
    return name;
  }
}

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** An error's `extensions.code` as a label: codes are SCREAMING_SNAKE words, anything else `OTHER`. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER';
}
