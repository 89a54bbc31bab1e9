// What a comment says about the language around it, though its prose is dropped (the prose is the
// project's, not the language's): documentation tags (`@param` in Javadoc, JSDoc and PHPDoc,
// `\brief` in Doxygen, `<summary>` in C#'s XML docs, `<p>` in Javadoc), code spans in backticks
// (Rust, Swift and Kotlin docs), a leading mark (Haddock's `-- |`, `# %%` cells, `// ---` rules)
// and a first word that is a tool's directive (`//go:build`, `# type: ignore`, `// MARK:`,
// `# frozen_string_literal:`, `// eslint-disable`). Each is emitted once per comment.
import { CharClass, classOf } from './charclass.js';

const MAX_MARKERS = 8;
const MAX_TAG = 16;
const MAX_DIRECTIVE = 24;
const AT = 64;
const BACKSLASH = 92;
const BACKTICK = 96;
const LT = 60;
const COLON = 58;
const MINUS = 45;
const LEAD_MARKS = '|^=-%>~+';

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Where a tag may start: after a blank, an opening brace (`{@link`) or a Javadoc star; not in `a@b.org`. */
function opensTag(previous: number): boolean {
  return previous === 32 || previous === 9 || previous === 123 || previous === 42;
}

function lettersEnd(text: string, from: number, to: number, max: number): number {
  let i = from;
  while (i < to && i - from < max && isLetter(text.charCodeAt(i))) i++;
  return i;
}

/** `name=` at `from`: an element's first attribute. */
function hasAttribute(text: string, from: number, to: number): boolean {
  const end = lettersEnd(text, from, to, MAX_TAG);
  return end > from && text.charCodeAt(end) === 61;
}

/** Calls `emit` with each marker of the comment body `text[from, to)`, once each, in order found. */
export function forEachCommentMarker(text: string, from: number, to: number, emit: (marker: string) => void): void {
  const seen: string[] = [];
  const add = (marker: string): void => {
    if (seen.length < MAX_MARKERS && !seen.includes(marker)) {
      seen.push(marker);
      emit(marker);
    }
  };
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const lead = text.charCodeAt(i);
  if (i < to && LEAD_MARKS.includes(text[i] as string)) add(`^${text[i]}`);
  else if (i < to && classOf(lead) === CharClass.Word) {
    let end = i + 1;
    while (end < to && end - i < MAX_DIRECTIVE && classOf(text.charCodeAt(end)) === CharClass.Word) end++;
    const next = text.charCodeAt(end);
    if (next === COLON) add(`${text.slice(i, end)}:`);
    else if (next === MINUS && isLetter(text.charCodeAt(end + 1))) add(`${text.slice(i, end)}-`);
  }
  for (let p = i; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === BACKTICK) {
      add('`');
    } else if ((c === AT || c === BACKSLASH) && isLower(text.charCodeAt(p + 1)) && opensTag(p > from ? text.charCodeAt(p - 1) : 32)) {
      const end = lettersEnd(text, p + 1, to, MAX_TAG);
      add(text.slice(p, end));
      p = end - 1;
    } else if (c === LT && isLower(text.charCodeAt(p + 1))) {
      const end = lettersEnd(text, p + 1, to, MAX_TAG);
      const after = text.charCodeAt(end);
      // An element, not a comparison: `<summary>`, `<p/>`, `<param name=…`.
      if (end - p <= 11 && (after === 62 || after === 47 || (after === 32 && hasAttribute(text, end + 1, to)))) add(text.slice(p, end));
      p = end - 1;
    }
  }
}
