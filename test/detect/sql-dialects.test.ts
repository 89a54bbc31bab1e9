import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/detect/pipeline.js';
import { heuristicLanguages } from '../../src/detect/heuristics.js';
import { languagesWithEvidence, sqlDialectsShown, stripSqlComments } from '../../src/detect/sql-evidence.js';
import { SQL_DIALECT_EVIDENCE } from '../../src/detect/sql-dialects.js';
import { trainModel } from '../../src/model/train.js';
import { classify } from '../../src/model/classify.js';
import { hasNestedQuantifier } from '../nested-quantifier.js';

describe('sqlDialectsShown', () => {
  it.each([
    // Portable DDL/DML shows no dialect.
    ["CREATE TABLE t (id integer PRIMARY KEY, name varchar(20));\nINSERT INTO t VALUES (1, 'a');\n", []],
    ["SELECT id FROM orders WHERE name LIKE 'a%' ORDER BY id;\n", []],
    ['GRANT SELECT ON columnar.chunk TO PUBLIC;\n', []],
    // What MySQL and SQLite write too is no dialect's evidence.
    ['DELIMITER $$\nCREATE PROCEDURE p()\nBEGIN\n  SET @n := 1;\n  SELECT @@version;\nEND$$\nDELIMITER ;\n', []],
    ["BEGIN TRANSACTION;\nINSERT INTO t VALUES (1) ON CONFLICT DO NOTHING;\nCOMMIT;\n", []],
    ['CREATE TABLE t (id BIT, n NVARCHAR(10), b BLOB, number INT);\n', []],
    // Procedural code and client-script syntax.
    ['CREATE FUNCTION f() RETURNS int AS $$\nBEGIN RETURN 1; END;\n$$ LANGUAGE plpgsql;\n', ['PLpgSQL']],
    ["DO $body$ BEGIN RAISE NOTICE 'hi'; END $body$;\n", ['PLpgSQL']],
    ['\\i schema.sql\nSELECT 1;\n', ['PLpgSQL']],
    ['CREATE TABLE t (id int);\nGO\n', ['TSQL']],
    ['DECLARE @n int = 1;\nSELECT @n;\n', ['TSQL']],
    ['BEGIN TRY\n  SELECT 1/0;\nEND TRY\nBEGIN CATCH\n  SELECT ERROR_MESSAGE();\nEND CATCH\n', ['TSQL']],
    ['CREATE OR REPLACE PACKAGE util AS\n  PROCEDURE p;\nEND util;\n/\n', ['PLSQL']],
    ['DECLARE\n  v emp.name%TYPE;\nBEGIN\n  DBMS_OUTPUT.PUT_LINE(v);\nEND;\n', ['PLSQL']],
    ["CALL SYSPROC.ADMIN_CMD('REORG TABLE t');\n", ['SQLPL']],
    // The dialect's own types, casts, quoting and catalogs, even in plain DDL/DML.
    ["INSERT INTO t (doc) VALUES ('{}'::jsonb);\n", ['PLpgSQL']],
    ['SELECT session_id FROM sys.dm_exec_requests;\n', ['TSQL']],
    ['CREATE TABLE [dbo].[Orders] (Id INT IDENTITY(1,1));\n', ['TSQL']],
    ['CREATE TABLE emp (id INTEGER, name VARCHAR2(50));\n', ['PLSQL']],
  ])('%j → %j', (text, dialects) => {
    expect(sqlDialectsShown(text)).toEqual(dialects);
  });

  it('takes no evidence from comments, and keeps strings', () => {
    expect(sqlDialectsShown('-- GO\n-- DECLARE @x int\n/* BEGIN TRY\nGO\n*/\nSELECT 1;\n')).toEqual([]);
    expect(sqlDialectsShown("SELECT '-- not a comment'; -- $$ \\i\n")).toEqual([]);
    expect(sqlDialectsShown("SELECT 'x' AS a; -- comment\nDO 'BEGIN NULL; END' LANGUAGE 'plpgsql';\n")).toEqual(['PLpgSQL']);
  });
});

// A tiny model with SQL, two dialects and one unrelated language.
const model = trainModel(
  [
    { text: 'CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n', language: 'SQL' },
    { text: 'CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql;\n', language: 'PLpgSQL' },
    // Plain statements written mostly by a dialect's projects: what misleads the classifier.
    { text: 'GRANT SELECT ON t TO PUBLIC;\nREVOKE SELECT ON u FROM PUBLIC;\n', language: 'PLpgSQL' },
    { text: 'DECLARE @n int;\nSET @n = 1;\nGO\n', language: 'TSQL' },
    { text: 'def f(x):\n    return x\n', language: 'Python' },
  ],
  { minDocFrequency: 1, alpha: 0.1, minEvidence: 0 },
);

describe('the .sql heuristic', () => {

  it('answers SQL for a .sql file that shows no dialect', () => {
    expect(detectLanguage(model, 'GRANT SELECT ON columnar.chunk TO PUBLIC;\n', { filename: 'db/grant.sql' })).toMatchObject({
      language: 'SQL',
      strategy: 'heuristics',
    });
  });

  it('leaves SQL and the dialects shown to the classifier', () => {
    expect(heuristicLanguages('a.sql', 'DECLARE @n int;\nGO\n')).toEqual(['SQL', 'TSQL']);
    expect(detectLanguage(model, 'DECLARE @n int;\nSET @n = 2;\nGO\n', { filename: 'a.sql' })).toMatchObject({ language: 'TSQL', strategy: 'classifier' });
  });
});

describe('a SQL dialect is named only on evidence, also from content alone', () => {
  const plain = 'GRANT SELECT ON t TO PUBLIC;\n';

  it('ranks again among SQL and the dialects shown when the classifier names a dialect the text does not show', () => {
    // What the model alone says: the dialect whose projects wrote such lines.
    expect(classify(model, plain).language).toBe('PLpgSQL');
    expect(languagesWithEvidence('PLpgSQL', plain)).toEqual(['SQL']);
    expect(detectLanguage(model, plain, { contentOnly: true })).toMatchObject({ language: 'SQL', strategy: 'classifier' });
  });

  it('keeps a dialect the text shows, and answers that are no dialect', () => {
    const plpgsql = 'CREATE FUNCTION g() RETURNS int AS $$ BEGIN RETURN 2; END $$ LANGUAGE plpgsql;\n';
    expect(languagesWithEvidence('PLpgSQL', plpgsql)).toBeUndefined();
    expect(detectLanguage(model, plpgsql, { contentOnly: true }).language).toBe('PLpgSQL');
    expect(languagesWithEvidence('Python', 'def g(): pass')).toBeUndefined();
    expect(languagesWithEvidence(null, '')).toBeUndefined();
    expect(detectLanguage(model, 'def g(y):\n    return y\n', { contentOnly: true }).language).toBe('Python');
  });

  it('stays within the caller\'s candidates', () => {
    expect(detectLanguage(model, plain, { contentOnly: true, candidates: ['PLpgSQL', 'Python'] }).language).toBe('PLpgSQL');
  });
});

describe('stripSqlComments', () => {
  it.each([
    ['SELECT 1; -- one\nSELECT 2;', 'SELECT 1; \nSELECT 2;'],
    ['a /* b\nc */ d', 'a \n d'],
    ['a /* outer /* inner */ still */ b', 'a  b'],
    ["SELECT '--x', \"/*y*/\";", "SELECT '--x', \"/*y*/\";"],
    ['SELECT 1; /* unterminated\nx', 'SELECT 1; \n'],
  ])('%j → %j', (text, expected) => {
    expect(stripSqlComments(text)).toBe(expected);
  });

  it('is linear on adversarial input', () => {
    const started = performance.now();
    stripSqlComments('/*'.repeat(100_000) + "'".repeat(100_001) + '-'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the evidence data', () => {
  const patterns = Object.entries(SQL_DIALECT_EVIDENCE).flatMap(([dialect, p]) => Object.entries(p).map(([name, pattern]) => ({ dialect, name, pattern })));

  it('the nested-quantifier check works', () => {
    expect([hasNestedQuantifier('(a+)*'), hasNestedQuantifier('(\\s*x|y)+'), hasNestedQuantifier('((a)?b+)*')]).toEqual([true, true, true]);
    expect([hasNestedQuantifier('(?:ab)*'), hasNestedQuantifier('(a|b)+[x+]*'), hasNestedQuantifier('(or\\s+replace\\s+)?x')]).toEqual([false, false, false]);
  });

  it.each(patterns.map((p) => [p.dialect, p.name, p.pattern] as const))('%s "%s": linear-time, case-insensitive, per line', (_d, _n, pattern) => {
    expect(hasNestedQuantifier(pattern.source)).toBe(false);
    expect(pattern.flags).toBe('im');
  });

  it('runs every pattern in bounded time on long adversarial lines', () => {
    const inputs = [' '.repeat(50_000), '\t\n'.repeat(25_000), 'declare '.repeat(5000), '@'.repeat(50_000), '$a'.repeat(25_000), 'exec x'.repeat(8000), 'a..'.repeat(20_000)];
    const started = performance.now();
    for (const { pattern } of patterns) for (const input of inputs) pattern.test(input);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
