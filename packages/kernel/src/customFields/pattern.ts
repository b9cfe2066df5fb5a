import { LRUCache } from 'lru-cache';
import { RE2JS } from 're2js';

/** Longest pattern a field definition may carry. */
export const MAX_FIELD_PATTERN_LENGTH = 500;
/**
 * Largest compiled program (RE2 instructions) a pattern may become. RE2 matches in time linear in
 * the text, proportional to the program: at this size the slowest pattern we found takes about
 * 0.1 s on the longest text value (10 000 characters), where `(a?){1000}a{1000}` (5 002
 * instructions) would take 0.6 s on every write.
 */
export const MAX_FIELD_PATTERN_PROGRAM = 1000;

/** A field's format, matched against the whole text in linear time (RE2 semantics). */
export interface FieldPattern {
  matches(text: string): boolean;
}

export type FieldPatternCompilation = { pattern: FieldPattern } | { error: string };

const compiled = new LRUCache<string, FieldPatternCompilation>({ max: 1000 });

/**
 * Compiles a custom field's pattern with RE2 (re2js), anchored to the whole text, or explains in
 * Italian why it cannot be used. RE2 never backtracks, so no pattern can hold a process: it has no
 * backreferences and no lookarounds, and refuses them (they are what needs backtracking).
 */
export function compileFieldPattern(source: string): FieldPatternCompilation {
  let result = compiled.get(source);
  if (!result) {
    result = compile(source);
    compiled.set(source, result);
  }
  return result;
}

function compile(source: string): FieldPatternCompilation {
  if (source.length > MAX_FIELD_PATTERN_LENGTH)
    return { error: `Al massimo ${MAX_FIELD_PATTERN_LENGTH} caratteri` };
  let re: RE2JS;
  try {
    re = RE2JS.compile(`(?:${source})`);
  } catch {
    return {
      error:
        'Espressione regolare non valida o non supportata (non sono ammessi riferimenti all\u2019indietro come \\1 né lookaround come (?=…) o (?<=…))',
    };
  }
  if (re.programSize() > MAX_FIELD_PATTERN_PROGRAM)
    return { error: 'Espressione regolare troppo complessa: ridurre le ripetizioni' };
  return { pattern: { matches: (text) => re.matches(text) } };
}
