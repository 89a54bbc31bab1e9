import { describe, expect, it } from 'vitest';
import { needsDialectEvidence, sqlLabel } from '../../corpus/scripts/sql-dialect.js';

describe('corpus labels for .sql: a settled dialect stays only with its syntax in the file', () => {
  it.each([
    ['PLpgSQL', "CREATE TABLE t (id integer PRIMARY KEY);\nINSERT INTO t VALUES (1);\n", 'SQL'],
    ['PLpgSQL', 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\n', 'PLpgSQL'],
    ['TSQL', 'SELECT Id FROM Orders;\n', 'SQL'],
    ['TSQL', 'SELECT Id FROM Orders;\nGO\n', 'TSQL'],
    ['PLSQL', 'UPDATE emp SET name = 1 WHERE id = 2;\n', 'SQL'],
    ['PLSQL', 'BEGIN\n  NULL;\nEND;\n/\n', 'PLSQL'],
    // Another dialect's syntax does not keep the settled one.
    ['PLSQL', 'SELECT Id FROM Orders;\nGO\n', 'SQL'],
  ])('%s: %j → %s', (dialect, text, expected) => {
    expect(sqlLabel(dialect, text)).toBe(expected);
  });

  it('applies to .sql files settled to a dialect only', () => {
    expect(needsDialectEvidence('db/Schema.SQL', 'PLpgSQL')).toBe(true);
    expect(needsDialectEvidence('db/schema.sql', 'SQL')).toBe(false);
    expect(needsDialectEvidence('db/util.pkb', 'PLSQL')).toBe(false);
  });
});
