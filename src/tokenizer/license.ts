// License headers (Apache, GPL, MIT, BSD …) are the same prose in every language, yet naive Bayes
// learns them as evidence of whichever languages the projects that use them are written in: an
// AsciiDoc page opening with the Apache header read as Java Server Pages. Their words are blanked
// before scanning; their punctuation stays, so comment and string delimiters still open and close.
import { asTrie } from './alternation-trie.js';

/** A word of license prose (the word "permission" alone is file modes' too). */
const LICENSE_WORDS = ['licen[cs]', 'warrant', 'merchantab', 'copyright', 'redistribut', 'liabilit', 'infring', 'rights reserved'];
const LICENSE_WORD = new RegExp(LICENSE_WORDS.join('|'), 'i');
/**
 * Phrases of license prose that code seldom writes: one marks its paragraph. Besides the opening
 * words, each common license's later sentences are here too, so that a snippet cut from the middle
 * of a header (three lines of BSD disclaimer, the GPL's "along with this program") is blanked as
 * the whole file is: otherwise its words are comment prose a snippet is classified by.
 */
const LICENSE_PHRASES = [
  // Any license.
  'warrant', 'merchantab', 'redistribut', 'licensed (?:to|under)', 'under the terms of', 'rights reserved', 'as is" basis',
  'spdx-(?:license-identifier|filecopyrighttext)',
  // BSD.
  'provided that the following conditions', 'this list of conditions', 'the following disclaimer', 'materials provided with',
  'neither the name of', 'nor the names of its contributors', 'endorse or promote products', 'software is provided by',
  'prior written permission', 'in no event shall', 'be liable for', 'consequential damages', 'procurement of substitute',
  'business interruption', 'theory of liability', 'negligence or otherwise', 'arising in any way out of', 'possibility of such damage',
  // GPL, LGPL.
  'free software foundation', 'public license (?:for more details|as published)', 'any later version', 'distributed in the hope that it will be useful',
  'fitness for a particular purpose', 'should have received a copy', 'along with this (?:program|library|file)',
  'gnu\\.org/licenses', 'franklin st', 'temple place', 'at your option\\) any later', 'unlimited permission to copy',
  // Apache.
  'except in compliance with', 'obtain a copy of the license', 'required by applicable law', 'specific language governing',
  'under the license\\.',
  // MIT, ISC.
  'permission is hereby granted', 'any person obtaining a copy', 'without restriction, including', 'merge, publish, distribute',
  'permit persons to whom', 'furnished to do so', 'permission notice shall be', 'substantial portions of the software',
  'other dealings in the software', 'action of contract', 'with or without fee', 'tortious action',
  // MPL.
  'source code form is subject',
  // Perl's.
  'same terms as perl itself',
];
const LICENSE_PHRASE = new RegExp(LICENSE_PHRASES.join('|'), 'i');
/** A paragraph longer than this is code that mentions a license, not a header. */
const MAX_PARAGRAPH_LINES = 40;
/** Headers sit near the top; further down, the cost of looking is not repaid. */
const SEARCH_LIMIT = 16_384;
const LETTER = /\p{L}/u;

const LEADING_SYMBOLS = /^[^\p{L}\p{N}"'([{<]*/u;

/** The symbols a line starts with, blanks left out (` * `, `#`, `--`): code after a `#` header has none. */
function markerOf(line: string): string {
  return (LEADING_SYMBOLS.exec(line)?.[0] ?? '').replace(/\s+/g, '');
}

/** Comment markers that are words (batch files' REM, m4's dnl) stay. */
const WORD_MARKER = /^[ \t]*@?(?:rem|dnl)\b/i;

function blankWords(line: string): string {
  const kept = WORD_MARKER.exec(line)?.[0] ?? '';
  return kept + line.slice(kept.length).replace(/[\p{L}\p{N}_]+/gu, (word) => ' '.repeat(word.length));
}

/**
 * License words and phrases, found in one pass: only the paragraphs around them are read. As a
 * trie, the search takes about a third less time than the plain alternation of 70 marks.
 */
const LICENSE_MARK = new RegExp(asTrie([...LICENSE_WORDS, ...LICENSE_PHRASES]), 'gi');

/** Where the line holding `at` ends in `region` (its newline, or the region's end). */
function lineEnd(region: string, at: number): number {
  const newline = region.indexOf('\n', at);
  return newline < 0 ? region.length : newline;
}

/** The paragraph holding `at`: lines with letters and the marker of `at`'s line on both sides. */
function paragraphAround(region: string, at: number): { start: number; end: number; lines: string[] } {
  let start = region.lastIndexOf('\n', at - 1) + 1;
  let end = lineEnd(region, at);
  const lines = [region.slice(start, end)];
  const marker = markerOf(lines[0] as string);
  const belongs = (line: string): boolean => LETTER.test(line) && markerOf(line) === marker;
  while (start > 0) {
    const previousStart = region.lastIndexOf('\n', start - 2) + 1;
    const previous = region.slice(previousStart, start - 1);
    if (!belongs(previous)) break;
    lines.unshift(previous);
    start = previousStart;
  }
  while (end < region.length) {
    const nextEnd = lineEnd(region, end + 1);
    const next = region.slice(end + 1, nextEnd);
    if (!belongs(next)) break;
    lines.push(next);
    end = nextEnd;
  }
  return { start, end, lines };
}

/**
 * `text` with the words of its license paragraphs replaced by spaces (offsets and lines unchanged).
 * A paragraph is a run of lines with letters that start with the same symbols (a comment's empty
 * ` *` lines end one, and so does the first line of code after a `#` comment); it is license
 * prose when it holds a license phrase. Where most of a paragraph's lines are copyright or license
 * lines, those lines go.
 */
export function withoutLicenseWords(text: string): string {
  const cut = text.length > SEARCH_LIMIT;
  const head = cut ? text.slice(0, SEARCH_LIMIT) : text;
  // The last line of a cut head may be cut mid-line; it is never blanked.
  const region = cut ? head.slice(0, Math.max(head.lastIndexOf('\n'), 0)) : text;
  // Line ranges to blank, in order.
  const blanks: Array<[number, number]> = [];
  LICENSE_MARK.lastIndex = 0;
  for (let match = LICENSE_MARK.exec(region); match !== null; match = LICENSE_MARK.exec(region)) {
    const paragraph = paragraphAround(region, match.index);
    LICENSE_MARK.lastIndex = paragraph.end;
    const { lines } = paragraph;
    if (lines.length > MAX_PARAGRAPH_LINES) continue;
    if (lines.some((line) => LICENSE_PHRASE.test(line))) {
      blanks.push([paragraph.start, paragraph.end]);
      continue;
    }
    const marked = lines.filter((line) => LICENSE_WORD.test(line)).length;
    if (marked < 2 || 2 * marked < lines.length) continue;
    // Copyright lines among code (a version banner) go; the code stays.
    let at = paragraph.start;
    for (const line of lines) {
      if (LICENSE_WORD.test(line)) blanks.push([at, at + line.length]);
      at += line.length + 1;
    }
  }
  if (blanks.length === 0) return text;
  let out = '';
  let done = 0;
  for (const [start, end] of blanks) {
    out += text.slice(done, start) + text.slice(start, end).split('\n').map(blankWords).join('\n');
    done = end;
  }
  return out + text.slice(done);
}
