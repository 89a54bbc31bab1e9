// Label quality for `.sql`: a source settles `.sql` to its dialect (a PostgreSQL project's to
// PLpgSQL), but many of its files are portable SQL (CREATE TABLE, INSERT, SELECT) that nothing
// tells apart from a MySQL or SQLite project's. Such a file keeps the dialect only when its
// content shows it (src/detect/sql-dialects.ts, the evidence detection uses too); otherwise it is
// labelled SQL, as sources settled to SQL label the same kind of file.
import { sqlDialectsShown } from '../../src/detect/sql-evidence.js';
import { SQL_DIALECT_EVIDENCE } from '../../src/detect/sql-dialects.js';

/** Does this (path, settled language) need its content checked? */
export function needsDialectEvidence(rel: string, language: string): boolean {
  return language in SQL_DIALECT_EVIDENCE && rel.toLowerCase().endsWith('.sql');
}

/** The settled dialect when the content shows it, else SQL. */
export function sqlLabel(dialect: string, text: string): string {
  return sqlDialectsShown(text).includes(dialect) ? dialect : 'SQL';
}
