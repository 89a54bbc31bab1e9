// DATA: what a `.sql` file must show to be one of SQL's procedural dialects rather than SQL
// (Linguist's PLpgSQL, TSQL, PLSQL and SQLPL all claim `.sql`). Evidence is the dialect's own
// syntax: procedural code (variables, assignments, control flow, raised errors, routine bodies),
// client-script syntax (psql meta-commands, GO batches, SQL*Plus commands), and the statements,
// types, casts, quoting and catalogs that portable SQL, MySQL and SQLite lack (`::int`, `jsonb`,
// `[dbo].[T]`, `sys.dm_…` views, `VARCHAR2`, `.nextval`). Patterns are tested case-insensitively
// per line (flags `im`) on the text with `--` and `/* */`
// comments removed; none repeats a group holding a quantifier (test/detect/sql-dialects.test.ts),
// so matching is linear. The same data labels the corpus (corpus/scripts/build-index.ts): a
// dialect project's `.sql` file with none of its dialect's evidence is labelled SQL.
// Written for whichlang; keys are what each pattern shows.
export const SQL_DIALECT_EVIDENCE: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  PLpgSQL: {
    // Not a bare $$: MySQL scripts write DELIMITER $$ … END$$.
    'dollar-quoted body (AS $$, DO $body$, $$ LANGUAGE)':
      /\b(as|do|is)\s+\$[a-z0-9_]*\$|\$[a-z0-9_]*\$[ \t]*(language\b|;)/im,
    'LANGUAGE plpgsql':
      /\blanguage\s+'?plpgsql\b/im,
    'RAISE with a level':
      /\braise\s+(notice|exception|warning|info|debug|log)\b/im,
    'PERFORM, RETURN NEXT/QUERY, GET STACKED DIAGNOSTICS':
      /^[ \t]*perform\s|\breturn\s+(next|query)\b|\bget\s+stacked\s+diagnostics\b/im,
    'psql meta-command (\\i, \\set, \\echo, \\c …)':
      /^[ \t]*\\[a-z]/im,
    'extension script\'s C functions':
      /\bMODULE_PATHNAME\b/im,
    'casts, types and statements of PostgreSQL':
      /::[ \t]*[a-z_"]|\b(jsonb|bytea|regclass|regproc|regtype|tsvector|tsquery|bigserial|smallserial|timestamptz|citext)\b|\bcreate\s+(or\s+replace\s+)?(extension|aggregate|operator|rule)\b|\bilike\b|\bdistinct\s+on\b|\bset\s+search_path\b|\bset_config\s*\(|\bpg_catalog\.|\bcomment\s+on\b/im,
  },
  TSQL: {
    'GO batch separator':
      /^[ \t]*go([ \t]+[0-9]+)?[ \t]*;?[ \t]*$/im,
    // Not SET @x or @@x, which MySQL writes too.
    'DECLARE @x, @parameters':
      /\bdeclare\s+@|^[ \t]*@[a-z_][a-z0-9_]*\s/im,
    'BEGIN TRY/CATCH/TRAN':
      /\bbegin\s+(try|catch|tran|distributed)\b/im,
    'errors and messages':
      /\braiserror\b|\bthrow\s+[0-9]|^[ \t]*print\b/im,
    'session SET options':
      /\bset\s+(nocount|xact_abort|ansi_nulls|quoted_identifier|ansi_padding|ansi_warnings|arithabort|concat_null_yields_null|numeric_roundabort|statistics|identity_insert|deadlock_priority|lock_timeout|rowcount|datefirst|showplan_[a-z]+)\b/im,
    // Not CREATE PROCEDURE/FUNCTION/TRIGGER, which MySQL has too.
    'CREATE OR ALTER, CREATE PROC':
      /\bcreate\s+or\s+alter\b|\b(create|alter)\s+proc\b/im,
    'EXEC of a system procedure':
      /\bexec(ute)?\s+[^\s(]*\b(sp|xp)_[a-z]/im,
    'IF EXISTS / IF OBJECT_ID statements':
      /^[ \t]*if\s+(not\s+)?(exists\s*\(|object_id\s*\()/im,
    'WAITFOR':
      /\bwaitfor\s+(delay|time)\b/im,
    'sqlcmd commands':
      /^[ \t]*:(setvar|r|on\s+error|connect)\b/im,
    'quoting, catalog, types and statements of SQL Server':
      /\[dbo\]|\bdbo\.|\][ \t]*\.[ \t]*\[|\bsys\.[a-z_]|\b[a-z_][a-z0-9_]*\.\.[a-z_\[]|\bn?varchar\s*\(\s*max\s*\)|\bidentity\s*\(\s*[0-9]|\bselect\s+top\b|\bwith\s*\(\s*nolock\b|\bbulk\s+insert\b|\b(serverproperty|object_id|getdate|newid|db_name|db_id)\s*\(|\b(datetime2|datetimeoffset|uniqueidentifier|ntext|smallmoney|sysname|hierarchyid)\b|\b(non)?clustered\b|^[ \t]*use\s+\[/im,
  },
  PLSQL: {
    'SQL*Plus block terminator (/ alone on a line)':
      /^[ \t]*\/[ \t]*$/im,
    // Not CREATE PROCEDURE/FUNCTION/TRIGGER or a lone BEGIN, which MySQL and PostgreSQL have too.
    'packages and object types':
      /\b(create|alter)\s+(or\s+replace\s+)?((non)?editionable\s+)?(package|type\s+body)\b|\bas\s+object\b/im,
    'anonymous block':
      /^[ \t]*declare[ \t]*$/im,
    '%TYPE, %ROWTYPE':
      /%(row)?type\b/im,
    // Not any :=, which MySQL writes in SET @x := 1.
    'assignment statement':
      /^[ \t]*[a-z_][a-z0-9_.]*[ \t]*:=/im,
    'procedural statements':
      /\braise_application_error\b|\bpragma\s|\bexecute\s+immediate\b|\bbulk\s+collect\b|\bexception\s+when\b/im,
    'supplied packages':
      /\b(dbms|utl|owa|htp|apex)_[a-z_]+\./im,
    'SQL*Plus commands':
      /^[ \t]*(prompt|spool|whenever|accept|define|undefine|variable|connect|conn|show\s+errors|rem|remark|column\s+\S+\s+(format|new_value|heading)|set\s+(serveroutput|define|echo|feedback|verify|linesize|pagesize|termout|heading|timing|trimspool|sqlblanklines|scan|long|colsep|wrap|autocommit))\b/im,
    // A script's name, not T-SQL's @parameter lines.
    'SQL*Plus script call (@file.sql, @@file.sql, @&path)':
      /^[ \t]*@@?[^\s@]*\.(sql|pls|plb|pks|pkb|pck)\b|^[ \t]*@@?&/im,
    'types, functions and statements of Oracle':
      /\.(nextval|currval)\b|\b(varchar2|nvarchar2|clob|nclob|xmltype|binary_integer|pls_integer)\b|\bnumber\s*\(\s*[0-9*]|\b(sysdate|systimestamp)\b|\bfrom\s+dual\b|\bconnect\s+by\b|\b(nvl|nvl2|to_date|to_number|listagg)\s*\(|\bauthid\b|\bcreate\s+(or\s+replace\s+)?(public\s+)?synonym\b|\bglobal\s+temporary\b|\borganization\s+index\b/im,
  },
  SQLPL: {
    'DB2 catalog and procedures':
      /\bsys(proc|ibm|cat|stat|tools)\./im,
    'DB2 routine clauses':
      /\bmode\s+db2sql\b|\b(create|alter)\s+(or\s+replace\s+)?module\b/im,
    'alternative statement terminator':
      /^[ \t]*end[ \t]*[@!][ \t]*$/im,
  },
};
