// The scanner: one left-to-right pass over the characters, no regular expressions in the loop,
// so time is linear in the input whatever its shape. It knows no language; it recognises the
// lexical habits many languages share (comment openers, quotes, sigils, operator runs) and leaves
// the rest to the model.
import { CharClass, classOf } from './charclass.js';
import { TokenKind, type TokenSink } from './kinds.js';
import { shebangInterpreter } from './shebang.js';
import { emitCommentMarkers } from './comment-markers.js';
import { wordStyle } from './word-style.js';
import { cutStart } from './cut-start.js';
import { markerBit, markersOf, mayOpenMarker } from './string-markers.js';

const MAX_WORD = 40;
const MAX_PUNCT_RUN = 4;

const enum Ch {
  Tab = 9, Lf = 10, Cr = 13, Space = 32, Bang = 33, Quote = 34, Hash = 35, Percent = 37,
  Apos = 39, LParen = 40, RParen = 41, Star = 42, Plus = 43, Minus = 45, Dot = 46, Slash = 47,
  Zero = 48, Colon = 58, Semi = 59, Lt = 60, LBracket = 91, Backslash = 92, RBracket = 93,
  Underscore = 95, Backtick = 96, LBrace = 123, Pipe = 124, RBrace = 125,
}

function isBlankOrEnd(code: number): boolean {
  return Number.isNaN(code) || code === Ch.Space || code === Ch.Tab || code === Ch.Lf || code === Ch.Cr;
}

function isWordChar(code: number): boolean {
  const cls = classOf(code);
  return cls === CharClass.Word || cls === CharClass.Digit;
}

function isHexDigitOrUnderscore(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 48 && code <= 57) || (lower >= 0x61 && lower <= 0x66) || code === Ch.Underscore;
}

/** Index of the next line break at or after `from`, or the text's length. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Lf || c === Ch.Cr) return i;
  }
  return text.length;
}

/** Up to `max` characters from `set` starting at `from`: the tail of a comment marker (`///`, `#'`). */
function markerTail(text: string, from: number, set: string, max: number): number {
  let i = from;
  while (i < text.length && i - from < max && set.includes(text[i] as string)) i++;
  return i;
}

export function scan(text: string, sink: TokenSink): void {
  const n = text.length;
  let i = 0;
  let lineBegin = 0;
  let atLineStart = true;
  let sawCrLf = false;
  const unclosedEnd = new Int32Array(128); // per quote character, see scanString

  if (text.startsWith('#!')) {
    const end = lineEnd(text, 0);
    const interpreter = shebangInterpreter(text.slice(0, end));
    if (interpreter) sink.token(TokenKind.Shebang, interpreter);
    i = end;
  }

  const cut = i === 0 ? cutStart(text) : undefined;
  if (cut) {
    if (cut.opener === '/*') {
      sink.token(TokenKind.Comment, '/*');
      emitCommentMarkers(text, 0, cut.closerAt, sink);
    } else sink.token(TokenKind.String, cut.opener + cut.opener);
    i = cut.end;
    atLineStart = false;
  }

  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);

    if (cls === CharClass.Newline) {
      if (c === Ch.Cr && text.charCodeAt(i + 1) === Ch.Lf) {
        sawCrLf = true;
        i++;
      }
      i++;
      if (!atLineStart) sink.newline();
      atLineStart = true;
      lineBegin = i;
      continue;
    }
    if (cls === CharClass.Space) {
      i++;
      continue;
    }

    const lineStart = atLineStart;
    if (atLineStart) {
      atLineStart = false;
      if (i > lineBegin) emitIndent(text, lineBegin, i, sink);
    }

    switch (cls) {
      case CharClass.Word:
        i = scanWord(text, i, sink);
        break;
      case CharClass.Digit:
        i = scanNumber(text, i, sink);
        break;
      case CharClass.Quote:
        // A Markdown code fence opens code, not a string: its info string (R Markdown's ```{r})
        // and its body are read as they are.
        if (lineStart && c === Ch.Backtick && text.startsWith('```', i)) {
          sink.token(TokenKind.Punct, '```');
          i += 3;
        } else i = scanString(text, i, sink, unclosedEnd);
        break;
      default:
        i = scanCommentOrPunct(text, i, lineStart, sink);
    }
  }
  if (sawCrLf) sink.token(TokenKind.LineEnding, 'crlf');
}

function emitIndent(text: string, from: number, to: number, sink: TokenSink): void {
  if (text.charCodeAt(from) === Ch.Tab) sink.token(TokenKind.Indent, 'tab');
  else sink.token(TokenKind.Indent, String(Math.min(to - from, 12)));
}

function scanWord(text: string, start: number, sink: TokenSink): number {
  let i = start + 1;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  const end = Math.min(i, start + MAX_WORD);
  // The naming style is read here, from the text itself: read again from the sliced token it cost
  // a quarter of the feature extraction.
  sink.token(TokenKind.Word, text.slice(start, end), wordStyle(text, start, end));
  return i;
}

/** Numbers become their shape: digit runs collapse to 9, radix prefixes and type suffixes stay (0x9, 9.9f, 9u8). */
function scanNumber(text: string, start: number, sink: TokenSink): number {
  let i = start;
  let shape = '';
  const next = text.charCodeAt(i + 1) | 0x20;
  if (text.charCodeAt(i) === Ch.Zero && (next === 0x78 || next === 0x62 || next === 0x6f)) {
    shape = '0' + String.fromCharCode(next) + '9';
    i += 2;
    while (i < text.length && isHexDigitOrUnderscore(text.charCodeAt(i))) i++;
  } else {
    shape = '9';
    while (i < text.length && (classOf(text.charCodeAt(i)) === CharClass.Digit || text.charCodeAt(i) === Ch.Underscore)) i++;
    if (text.charCodeAt(i) === Ch.Dot && classOf(text.charCodeAt(i + 1)) === CharClass.Digit) {
      shape += '.9';
      i++;
      while (i < text.length && classOf(text.charCodeAt(i)) === CharClass.Digit) i++;
    }
    const e = text.charCodeAt(i) | 0x20;
    if (e === 0x65) {
      const sign = text.charCodeAt(i + 1);
      const digitAt = sign === Ch.Plus || sign === Ch.Minus ? i + 2 : i + 1;
      if (classOf(text.charCodeAt(digitAt)) === CharClass.Digit) {
        shape += 'e9';
        i = digitAt;
        while (i < text.length && classOf(text.charCodeAt(i)) === CharClass.Digit) i++;
      }
    }
  }
  const suffixStart = i;
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  shape += text.slice(suffixStart, Math.min(i, suffixStart + 4));
  sink.token(TokenKind.Number, shape);
  return i;
}

/**
 * Strings become their delimiters: `""` closed, `"""` a triple-quoted block, followed by the
 * markers the contents held (`${`, `{{`, `%a` …: string-markers.ts). A one-character quote
 * that does not close on its line is no string (an apostrophe, a Lisp quote, a Rust lifetime) and
 * stays punctuation, so the rest of the line is still read.
 *
 * `unclosedEnd[q]` is where the last failed search for quote `q` stopped. Every `q` that search
 * passed was escaped, so a search from one of them retraces the same steps and fails there too:
 * it is skipped, which keeps lines like `"\"\"\"…` linear instead of quadratic.
 */
function scanString(text: string, start: number, sink: TokenSink, unclosedEnd: Int32Array): number {
  const quote = text[start] as string;
  const triple = quote + quote + quote;
  if (text.startsWith(triple, start)) {
    const end = text.indexOf(triple, start + 3);
    sink.token(TokenKind.String, end < 0 ? triple : triple + triple);
    return end < 0 ? text.length : end + 3;
  }
  const multiline = quote === '`';
  const q = text.charCodeAt(start);
  if (start >= (unclosedEnd[q] as number)) {
    let i = start + 1;
    let markers = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === q) {
        sink.token(TokenKind.String, i === start + 1 ? quote + quote : quote + '…' + quote);
        if (markers !== 0) for (const marker of markersOf(markers)) sink.token(TokenKind.String, marker);
        return i + 1;
      }
      if (mayOpenMarker(c)) markers |= markerBit(c, text.charCodeAt(i + 1));
      if (c === Ch.Backslash) i++;
      else if (!multiline && (c === Ch.Lf || c === Ch.Cr)) break;
    }
    unclosedEnd[q] = i;
  }
  sink.token(TokenKind.Punct, quote);
  return start + 1;
}

/** A comment from `start` to its line's end: its marker `text[start, markerEnd)`, then what it shows. */
function lineComment(text: string, start: number, markerEnd: number, sink: TokenSink): number {
  sink.token(TokenKind.Comment, text.slice(start, markerEnd));
  const end = lineEnd(text, markerEnd);
  emitCommentMarkers(text, markerEnd, end, sink);
  return end;
}

/** A comment from `start` to past `closer` (or the end of the text). */
function blockComment(text: string, start: number, markerEnd: number, closer: string, sink: TokenSink): number {
  sink.token(TokenKind.Comment, text.slice(start, markerEnd));
  const closedAt = text.indexOf(closer, markerEnd);
  emitCommentMarkers(text, markerEnd, closedAt < 0 ? text.length : closedAt, sink);
  return closedAt < 0 ? text.length : closedAt + closer.length;
}

// Comment scanning runs at every operator character, so it allocates nothing (closures here
// cost a fifth of the tokenizer's time).
function scanCommentOrPunct(text: string, i: number, lineStart: boolean, sink: TokenSink): number {
  const c = text.charCodeAt(i);
  const c1 = text.charCodeAt(i + 1);
  const c2 = text.charCodeAt(i + 2);

  switch (c) {
    case Ch.Slash:
      if (c1 === Ch.Slash) return lineComment(text, i, markerTail(text, i + 2, '/!', 1), sink);
      if (c1 === Ch.Star) return blockComment(text, i, markerTail(text, i + 2, '*!', 1), '*/', sink);
      break;
    case Ch.Hash:
      if (lineStart && isWordChar(c1)) {
        let end = i + 1;
        while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
        sink.token(TokenKind.Directive, text.slice(i, Math.min(end, i + MAX_WORD)));
        return end;
      }
      if (isBlankOrEnd(c1) || c1 === Ch.Hash || c1 === Ch.Apos || c1 === Ch.Colon) {
        return lineComment(text, i, markerTail(text, i + 1, "#':", 2), sink);
      }
      break;
    case Ch.Minus:
      if (c1 === Ch.Minus) {
        if (c2 === Ch.LBracket && /^\[=*\[/.test(text.slice(i + 2, i + 8))) return blockComment(text, i, i + 4, ']]', sink);
        if (isBlankOrEnd(c2)) return lineComment(text, i, i + 2, sink);
      }
      break;
    case Ch.Semi:
      if (lineStart) return lineComment(text, i, markerTail(text, i + 1, ';', 2), sink);
      break;
    case Ch.Percent:
      if (lineStart && (isBlankOrEnd(c1) || c1 === Ch.Percent)) return lineComment(text, i, markerTail(text, i + 1, '%', 1), sink);
      break;
    case Ch.Bang:
      if (lineStart && (c1 === Ch.Space || c1 === Ch.Tab)) return lineComment(text, i, i + 1, sink);
      break;
    case Ch.LParen:
      if (c1 === Ch.Star && (isBlankOrEnd(c2) || c2 === Ch.Star)) return blockComment(text, i, i + 2, '*)', sink);
      break;
    case Ch.LBrace:
      if (c1 === Ch.Minus && (isBlankOrEnd(c2) || c2 === Ch.Hash || c2 === Ch.Pipe)) {
        return blockComment(text, i, markerTail(text, i + 2, '#|', 1), '-}', sink);
      }
      break;
    case Ch.Lt:
      if (text.startsWith('<!--', i)) return blockComment(text, i, i + 4, '-->', sink);
      break;
  }
  return scanPunctRun(text, i, sink);
}

/** A run of operator characters (`=>`, `::`, `<?`, `%>`, `);`), cut at a comment opener or at 4. */
function scanPunctRun(text: string, start: number, sink: TokenSink): number {
  let i = start + 1;
  while (i < text.length && i - start < MAX_PUNCT_RUN && classOf(text.charCodeAt(i)) === CharClass.Punct) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === Ch.Slash && (next === Ch.Slash || next === Ch.Star)) break;
    if (c === Ch.Hash && isBlankOrEnd(next)) break;
    i++;
  }
  sink.token(TokenKind.Punct, text.slice(start, i));
  return i;
}
