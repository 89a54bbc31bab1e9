// Explicit rules for the few extensions the classifier cannot settle from the data (see
// models/REPORT.md, "Remaining confusions with file names"). Like Linguist's heuristics, each
// rule narrows an ambiguous extension's candidates; the first matching rule wins and a rule
// without a pattern is the default. Patterns are anchored per line and linear-time.
import { extensionsOf } from '../languages/index.js';
import { sqlFamilyShown } from './sql-evidence.js';
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

// Extensions whose candidates are a function of the content rather than one language per pattern.
const CANDIDATES: ReadonlyMap<string, (text: string) => readonly string[]> = new Map([
  // SQL, and only those dialects whose syntax the file shows. The corpus labels a dialect
  // project's .sql file SQL unless it shows the dialect, and a short file with none (a GRANT, an
  // ALTER TABLE in an upgrade script) gives the classifier nothing to go by: it answered the
  // dialect of whichever projects wrote the most such files.
  ['.sql', sqlFamilyShown],
]);

export function heuristicLanguages(filename: string, text: string): readonly string[] {
  for (const extension of extensionsOf(filename)) {
    const lower = extension.toLowerCase();
    const rules = RULES.get(lower);
    if (rules) {
      for (const rule of rules) if (!rule.pattern || rule.pattern.test(text)) return [rule.language];
    }
    const candidates = CANDIDATES.get(lower);
    if (candidates) return candidates(text);
  }
  return [];
}

export const heuristicsStrategy: Strategy = {
  name: 'heuristics',
  run: (input, candidates) => (input.filename ? narrow(heuristicLanguages(input.filename, input.text), candidates) : []),
};
