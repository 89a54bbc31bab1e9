// Explicit rules for the few extensions the classifier cannot settle from the data (see
// models/REPORT.md, "Remaining confusions with file names"). Like Linguist's heuristics, each
// rule narrows an ambiguous extension's candidates; the first matching rule wins and a rule
// without a pattern is the default. Patterns are anchored per line and linear-time.
import { extensionsOf } from '../languages/index.js';
import { SQL_DIALECT_EVIDENCE } from './sql-dialects.js';
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
  ['.sql', (text: string) => ['SQL', ...sqlDialectsShown(text)]],
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

/** The SQL dialects (src/detect/sql-dialects.ts) whose syntax the text shows outside comments. */
export function sqlDialectsShown(text: string): string[] {
  const code = stripSqlComments(text);
  return Object.entries(SQL_DIALECT_EVIDENCE)
    .filter(([, patterns]) => Object.values(patterns).some((pattern) => pattern.test(code)))
    .map(([dialect]) => dialect);
}

/**
 * The text without `--` and `/* *\/` comments (nested, as PostgreSQL allows), newlines kept so
 * line-anchored patterns still see lines; quoted strings and identifiers are kept (a PL/pgSQL
 * body may be a '…' string). One pass, linear.
 */
export function stripSqlComments(text: string): string {
  let out = '';
  let from = 0; // start of the text not yet copied
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      i = end < 0 ? n : end + 1; // '' inside a string reads as two adjacent strings: same result
    } else if (c === '-' && next === '-') {
      out += text.slice(from, i);
      const end = text.indexOf('\n', i);
      i = from = end < 0 ? n : end;
    } else if (c === '/' && next === '*') {
      out += text.slice(from, i);
      let depth = 0;
      while (i < n) {
        if (text[i] === '/' && text[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth--;
          i += 2;
          if (depth === 0) break;
        } else {
          if (text[i] === '\n') out += '\n';
          i++;
        }
      }
      from = i;
    } else i++;
  }
  return out + text.slice(from);
}

export const heuristicsStrategy: Strategy = {
  name: 'heuristics',
  run: (input, candidates) => (input.filename ? narrow(heuristicLanguages(input.filename, input.text), candidates) : []),
};
