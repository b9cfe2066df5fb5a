import type { TypedDocumentString } from '../generated/graphql';

/** Each fragment of a generated document (as graphql-js prints it): its name → its selection. */
function fragmentBodies(text: string): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const match of text.matchAll(/fragment (\w+) on \w+ \{/g)) {
    const start = match.index + match[0].length;
    let depth = 1;
    let end = start;
    while (depth > 0 && end < text.length) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}') depth--;
      end++;
    }
    bodies.set(match[1]!, text.slice(start, end - 1));
  }
  return bodies;
}

/**
 * The selection of a fragment of src/operations, the fragments it spreads written out (the
 * generated document carries them after it): the fields a resource reads, typed by the same
 * fragment (`ReiApplicationDetailFragment`). Text only: graphql-js stays in the data provider.
 */
export function selectionOf(fragment: TypedDocumentString<unknown, unknown>): string {
  const text = fragment.toString();
  const name = /^\s*fragment (\w+) on /.exec(text)?.[1];
  const bodies = fragmentBodies(text);
  if (!name || !bodies.has(name)) throw new Error(`Non è un frammento: ${text.slice(0, 60)}`);
  const inline = (body: string): string =>
    body.replace(/\.\.\.(\w+)/g, (_, spread: string) => {
      const spreadBody = bodies.get(spread);
      if (spreadBody === undefined) throw new Error(`Frammento mancante: ${spread}`);
      return inline(spreadBody);
    });
  return inline(bodies.get(name)!).replace(/\s+/g, ' ').trim();
}
