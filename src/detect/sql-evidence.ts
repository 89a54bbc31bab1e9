// What a `.sql` text shows of SQL's procedural dialects, read from the evidence table in
// sql-dialects.ts. One reading serves the `.sql` heuristic, content-only answers and the corpus's
// labels (corpus/scripts/sql-dialect.ts), so the three cannot drift apart.
import { SQL_DIALECT_EVIDENCE } from './sql-dialects.js';

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

/** SQL and the dialects the text shows: what a `.sql` file may be. */
export function sqlFamilyShown(text: string): string[] {
  return ['SQL', ...sqlDialectsShown(text)];
}

// Languages named only on evidence. The corpus labels a `.sql` file with a procedural dialect
// (PLpgSQL, TSQL, PLSQL, SQLPL) only where it shows that dialect's syntax, so a dialect answered
// for text that shows none contradicts what the name means; from content alone the classifier
// often does so for portable SQL written in a dialect project's style.
/**
 * When `language` needs evidence the text lacks: the languages of its family the text does
 * support, to rank again among. Otherwise undefined (the answer stands).
 */
export function languagesWithEvidence(language: string | null, text: string): readonly string[] | undefined {
  if (language === null || !(language in SQL_DIALECT_EVIDENCE)) return undefined;
  const family = sqlFamilyShown(text);
  return family.includes(language) ? undefined : family;
}
