// Languages named only on evidence. The corpus labels a `.sql` file with a procedural dialect
// (PLpgSQL, TSQL, PLSQL, SQLPL) only where it shows that dialect's syntax (src/detect/sql-dialects.ts),
// so a dialect answered for text that shows none contradicts what the name means; from content
// alone the classifier often does so for portable SQL written in a dialect project's style.
import { SQL_DIALECT_EVIDENCE } from './sql-dialects.js';
import { sqlDialectsShown } from './heuristics.js';

/**
 * When `language` needs evidence the text lacks: the languages of its family the text does
 * support, to rank again among. Otherwise undefined (the answer stands).
 */
export function languagesWithEvidence(language: string | null, text: string): readonly string[] | undefined {
  if (language === null || !(language in SQL_DIALECT_EVIDENCE)) return undefined;
  const shown = sqlDialectsShown(text);
  return shown.includes(language) ? undefined : ['SQL', ...shown];
}
