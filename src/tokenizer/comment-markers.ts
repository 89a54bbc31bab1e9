// What a comment says about the language around it, though its prose is dropped (the prose is the
// project's, not the language's): documentation tags (`@param` in Javadoc, JSDoc and PHPDoc,
// `\brief` in Doxygen, `<summary>` in C#'s XML docs, `<p>` in Javadoc), code spans in backticks
// (Rust, Swift and Kotlin docs), a leading mark (Haddock's `-- |`, `# %%` cells, `// ---` rules)
// and a first word that is a tool's directive (`//go:build`, `# type: ignore`, `// MARK:`,
// `# frozen_string_literal:`, `// eslint-disable`). Each is emitted once per comment.
import { CharClass, classOf } from './charclass.js';
import { TokenKind, type TokenSink } from './kinds.js';

const MAX_MARKERS = 8;
const MAX_TAG = 16;
const MAX_DIRECTIVE = 24;
const AT = 64;
const BACKSLASH = 92;
const BACKTICK = 96;
const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const SPACE = 32;
const TAB = 9;
const COLON = 58;
const MINUS = 45;
const LEAD_MARKS = '|^=-%>~+';

/** The markers of the comment being read; reused, as comments are many and mostly hold none. */
const found: string[] = [];

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Where a tag may start: after a blank, an opening brace (`{@link`) or a Javadoc star; not in `a@b.org`. */
function opensTag(previous: number): boolean {
  return previous === SPACE || previous === TAB || previous === 123 || previous === 42;
}

function lettersEnd(text: string, from: number, to: number, max: number): number {
  let i = from;
  while (i < to && i - from < max && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/** `name=` at `from`: an element's first attribute. */
function hasAttribute(text: string, from: number, to: number): boolean {
  const end = lettersEnd(text, from, to, MAX_TAG);
  return end > from && text.charCodeAt(end) === EQUALS;
}

function add(marker: string): void {
  if (found.length < MAX_MARKERS && !found.includes(marker)) found.push(marker);
}

/** The tool directive or leading mark a comment body starts with, if any; returns where the body's text starts. */
function readLead(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (i >= to) return i;
  const lead = text.charCodeAt(i);
  if (LEAD_MARKS.includes(text[i] as string)) add(`^${text[i]}`);
  else if (classOf(lead) === CharClass.Word) {
    let end = i + 1;
    while (end < to && end - i < MAX_DIRECTIVE && classOf(text.charCodeAt(end)) === CharClass.Word) end++;
    const next = text.charCodeAt(end);
    if (next === COLON) add(`${text.slice(i, end)}:`);
    else if (next === MINUS && isLetter(text.charCodeAt(end + 1))) add(`${text.slice(i, end)}-`);
  }
  return i;
}

const MAX_WORDS = 8;
const MAX_WORD = 24;

/** The prose words of `text[from, to)` that start with a letter, as written, at most MAX_WORDS. */
function emitCommentWords(text: string, from: number, to: number, sink: TokenSink): void {
  let words = 0;
  for (let p = from; p < to && words < MAX_WORDS; p++) {
    if (classOf(text.charCodeAt(p)) !== CharClass.Word) continue;
    let end = p + 1;
    while (end < to && classOf(text.charCodeAt(end)) === CharClass.Word) end++;
    if (isLetter(text.charCodeAt(p)) && end - p >= 2 && end - p <= MAX_WORD) {
      sink.token(TokenKind.CommentWord, text.slice(p, end));
      words++;
    }
    p = end;
  }
}

/** Emits, as comment tokens, the markers of the comment body `text[from, to)`: once each, in the order found. */
export function emitCommentMarkers(text: string, from: number, to: number, sink: TokenSink): void {
  if (sink.commentWords) emitCommentWords(text, from, to, sink);
  found.length = 0;
  for (let p = readLead(text, from, to); p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === BACKTICK) {
      add('`');
    } else if ((c === AT || c === BACKSLASH) && isLower(text.charCodeAt(p + 1)) && opensTag(p > from ? text.charCodeAt(p - 1) : SPACE)) {
      const end = lettersEnd(text, p + 1, to, MAX_TAG);
      add(text.slice(p, end));
      p = end - 1;
    } else if (c === LT && isLower(text.charCodeAt(p + 1))) {
      const end = lettersEnd(text, p + 1, to, MAX_TAG);
      const after = text.charCodeAt(end);
      // An element, not a comparison: `<summary>`, `<p/>`, `<param name=…`.
      if (end - p <= 11 && (after === GT || after === SLASH || (after === SPACE && hasAttribute(text, end + 1, to)))) add(text.slice(p, end));
      p = end - 1;
    }
  }
  for (const marker of found) sink.token(TokenKind.Comment, marker);
}
