// Explicit rules for the few extension pairs the classifier cannot settle from the data (see
// models/REPORT.md, "Remaining confusions with file names"). Like Linguist's heuristics, each
// rule narrows an ambiguous extension's candidates; the first matching rule wins and a rule
// without a pattern is the default. Patterns are anchored per line and linear-time.
import { extensionsOf } from '../languages/index.js';
import { narrow, type Strategy } from './strategy.js';

interface Rule {
  readonly language: string;
  /** Absent: the default when no earlier rule matched. */
  readonly pattern?: RegExp;
}

const RULES: ReadonlyMap<string, readonly Rule[]> = new Map([
  // A two-line gradle.properties reads like INI to the classifier; INI files have [sections].
  ['.properties', [{ language: 'INI', pattern: /^[ \t]*\[[^\]\n]+\][ \t]*$/m }, { language: 'Java Properties' }]],
]);

export function heuristicLanguages(filename: string, text: string): readonly string[] {
  for (const extension of extensionsOf(filename)) {
    const rules = RULES.get(extension.toLowerCase());
    if (!rules) continue;
    for (const rule of rules) if (!rule.pattern || rule.pattern.test(text)) return [rule.language];
  }
  return [];
}

export const heuristicsStrategy: Strategy = {
  name: 'heuristics',
  run: (input, candidates) => (input.filename ? narrow(heuristicLanguages(input.filename, input.text), candidates) : []),
};
