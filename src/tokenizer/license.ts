// License headers (Apache, GPL, MIT, BSD …) are the same prose in every language, yet naive Bayes
// learns them as evidence of whichever languages the projects that use them are written in: an
// AsciiDoc page opening with the Apache header read as Java Server Pages. Their words are blanked
// before scanning; their punctuation stays, so comment and string delimiters still open and close.

/** A word of license prose (the word "permission" alone is file modes' too). */
const LICENSE_WORD = /licen[cs]|warrant|merchantab|copyright|redistribut|liabilit|infring|rights reserved/i;
/** A phrase of license prose that code seldom writes: one marks its paragraph. */
const LICENSE_PHRASE =
  /warrant|merchantab|redistribut|permission is hereby granted|licensed (?:to|under)|under the terms of|rights reserved|free software foundation|as is" basis/i;
/** A paragraph longer than this is code that mentions a license, not a header. */
const MAX_PARAGRAPH_LINES = 40;
/** Headers sit near the top; further down, the cost of looking is not repaid. */
const SEARCH_LIMIT = 16_384;
const LETTER = /\p{L}/u;

/** The symbols a line starts with, blanks left out (` * `, `#`, `--`): code after a `#` header has none. */
function markerOf(line: string): string {
  return (LEADING_SYMBOLS.exec(line)?.[0] ?? '').replace(/\s+/g, '');
}
const LEADING_SYMBOLS = /^[^\p{L}\p{N}"'([{<]*/u;

/** Comment markers that are words (batch files' REM, m4's dnl) stay. */
const WORD_MARKER = /^[ \t]*@?(?:rem|dnl)\b/i;

function blankWords(line: string): string {
  const kept = WORD_MARKER.exec(line)?.[0] ?? '';
  return kept + line.slice(kept.length).replace(/[\p{L}\p{N}_]+/gu, (word) => ' '.repeat(word.length));
}

/**
 * `text` with the words of its license paragraphs replaced by spaces (offsets and lines unchanged).
 * A paragraph is a run of lines with letters that start with the same symbols (a comment's empty
 * ` *` lines end one, and so does the first line of code after a `#` comment); it is license
 * prose when it holds a license phrase. Where most of a paragraph's lines are copyright or license
 * lines, those lines go.
 */
export function withoutLicenseWords(text: string): string {
  const head = text.length > SEARCH_LIMIT ? text.slice(0, SEARCH_LIMIT) : text;
  if (!LICENSE_WORD.test(head)) return text;
  const lines = head.split('\n');
  // The last line of a cut head may be cut mid-line; it is never blanked.
  const searchable = text.length > SEARCH_LIMIT ? lines.length - 1 : lines.length;
  let changed = false;
  let i = 0;
  while (i < searchable) {
    if (!LETTER.test(lines[i] as string)) {
      i++;
      continue;
    }
    const first = i;
    const marker = markerOf(lines[i] as string);
    let marked = 0;
    let phrase = false;
    for (; i < searchable && LETTER.test(lines[i] as string) && markerOf(lines[i] as string) === marker; i++) {
      const line = lines[i] as string;
      if (LICENSE_WORD.test(line)) marked++;
      if (!phrase && LICENSE_PHRASE.test(line)) phrase = true;
    }
    const length = i - first;
    if (length > MAX_PARAGRAPH_LINES) continue;
    if (phrase) {
      for (let k = first; k < i; k++) lines[k] = blankWords(lines[k] as string);
      changed = true;
    } else if (marked >= 2 && 2 * marked >= length) {
      // Copyright lines among code (a version banner) go; the code stays.
      for (let k = first; k < i; k++) if (LICENSE_WORD.test(lines[k] as string)) lines[k] = blankWords(lines[k] as string);
      changed = true;
    }
  }
  if (!changed) return text;
  const blanked = lines.join('\n');
  return text.length > SEARCH_LIMIT ? blanked + text.slice(blanked.length) : blanked;
}
