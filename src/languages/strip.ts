// Parts of a text that say nothing about its own syntax, removed before looking for evidence:
// comments, where prose says "logic" and "interface", and Markdown's fenced code blocks, where a
// README quotes the code of other languages. One pass each, linear.

/** `text` with `//` line comments and block comments blanked (a line comment keeps its line break). */
export function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text.charCodeAt(i) !== 47) continue; // '/'
    const next = text.charCodeAt(i + 1);
    if (next !== 47 && next !== 42) continue; // '//' or '/*'
    out += text.slice(from, i);
    const end = text.indexOf(next === 47 ? '\n' : '*/', i + 2);
    // The line break stays, so that patterns anchored at a line's start still see the next line.
    from = end < 0 ? text.length : next === 47 ? end : end + 2;
    out += ' ';
    i = from - 1;
  }
  return out + text.slice(from);
}

/**
 * `text` with comments and string, character and template literals blanked (each literal keeps
 * its quotes), so that `"a::b"` or `'<vector>'` in a message is not taken for syntax. One pass, so
 * that `//` inside a string is not a comment and a quote inside a comment opens no string. A `"`
 * or `'` literal ends at its line's end if unclosed; a template literal may span lines.
 */
export function withoutCommentsAndStrings(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 47 && (next === 47 || next === 42)) {
      // '//' or '/*': the line break after a line comment stays, as in withoutComments.
      out += text.slice(from, i) + ' ';
      const end = text.indexOf(next === 47 ? '\n' : '*/', i + 2);
      i = from = end < 0 ? text.length : next === 47 ? end : end + 2;
    } else if (c === 34 || c === 39 || c === 96) {
      // '"', "'" or '`'
      out += text.slice(from, i) + text.charAt(i).repeat(2);
      i = from = literalEnd(text, i, c === 96, true);
    } else {
      i++;
    }
  }
  return out + text.slice(from);
}

/**
 * Where the literal whose quote is at `start` ends: after its closing quote (one a backslash
 * escapes does not close it), or, if unclosed, at its line's end, or at the text's end when
 * literals may span lines.
 */
function literalEnd(text: string, start: number, spansLines: boolean, backslashEscapes: boolean): number {
  const quote = text.charCodeAt(start);
  let j = start + 1;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d === 92 && backslashEscapes) j += 2;
    else if (d === quote || (d === 10 && !spansLines)) break;
    else j++;
  }
  return j < text.length && text.charCodeAt(j) === quote ? j + 1 : Math.min(j, text.length);
}

/**
 * As withoutCommentsAndStrings, for languages whose comments open with `#` (Python, Ruby, Shell,
 * Crystal, Elixir): a `#` at a line's start or after a space, tab or `;` opens a comment to the line's
 * end, so `$#`, `${#x}` and `a#b` stay code, and `"""` or `'''` opens a string that may span lines
 * (Python's docstrings). The C-style pass read such comments and docstrings as code, where
 * session 27's rules found `; and` and `cdef`.
 */
export function withoutHashCommentsAndStrings(text: string): string {
  return withoutHashComments(text, false);
}

/**
 * As withoutHashCommentsAndStrings, for Shell, whose quotes may span lines (`awk '…'` over ten
 * lines of another language) and whose single quotes escape nothing.
 */
export function withoutShellCommentsAndStrings(text: string): string {
  return withoutHashComments(text, true);
}

function withoutHashComments(text: string, shellQuotes: boolean): string {
  let out = '';
  let from = 0;
  let i = 0;
  // A snippet may begin inside a docstring: then its first triple quote closes one. Where the text
  // cannot tell, its triple quotes are read as C-style quotes are, to the line's end.
  const triples: Record<number, boolean> = {};
  for (const [code, quote] of [[34, '"""'], [39, "'''"]] as const) {
    const first = firstTripleOpens(text, quote);
    triples[code] = first !== undefined;
    if (first === false && i === 0) {
      const close = text.indexOf(quote) + 3;
      out = quote;
      i = from = close;
    }
  }
  // A heredoc's body (Shell's and Ruby's `<<EOF`, `<<-'EOF'`, `<<~EOF`) is a string: from the line
  // after its opener to its terminator line. `<<` with no terminator line below is a shift or an append.
  let body = -1;
  let bodyEnd = -1;
  let terminators: HeredocTerminators | undefined;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (body >= 0 && i >= body) {
      // A string or comment on the opener's line ends at its line break, where the body begins.
      if (i === body) {
        out += text.slice(from, i);
        i = from = bodyEnd;
      }
      body = -1;
      continue;
    }
    if (c === 60 && body < 0 && text.charCodeAt(i + 1) === 60) {
      HEREDOC_OPENER.lastIndex = i;
      const id = HEREDOC_OPENER.exec(text)?.[2];
      const lineEnd = text.indexOf('\n', i);
      if (id !== undefined && lineEnd >= 0) {
        const end = (terminators ??= heredocTerminators(text)).after(id, lineEnd);
        if (end >= 0) {
          body = lineEnd;
          bodyEnd = end;
        }
      }
      i += 2;
      continue;
    }
    if (c === 35 && (i === 0 || isCommentBoundary(text.charCodeAt(i - 1)))) {
      // '#': the line break stays, so that patterns anchored at a line's start still see the next line.
      out += text.slice(from, i) + ' ';
      const end = text.indexOf('\n', i + 1);
      i = from = end < 0 ? text.length : end;
    } else if ((c === 34 || c === 39) && triples[c] && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) {
      // A triple-quoted string: to its closing triple, or the text's end.
      const quote = text.slice(i, i + 3);
      const end = text.indexOf(quote, i + 3);
      out += text.slice(from, i) + quote + quote;
      i = from = end < 0 ? text.length : end + 3;
    } else if (c === 34 || c === 39) {
      // '"' or "'": to the same quote not escaped, or the line's end (in Shell, the quote).
      out += text.slice(from, i) + text.charAt(i).repeat(2);
      i = from = literalEnd(text, i, shellQuotes, !(shellQuotes && c === 39));
    } else {
      i++;
    }
  }
  return out + text.slice(from);
}

/**
 * As withoutCommentsAndStrings, for the ML family (OCaml, Standard ML): `(* … *)` comments, which
 * nest and may span lines, and `"…"` strings, which may span lines too. A `'` is a type variable
 * (`'a list`) or a character (`'"'`, whose quote opens no string), never a quote that pairs.
 */
export function withoutMlCommentsAndStrings(text: string): string {
  return withoutNestedComments(text, '(*', '*)', undefined, (i) => (text.charCodeAt(i) === 39 ? characterLiteralEnd(text, i) : i));
}

/**
 * As withoutCommentsAndStrings, for Lisps (Scheme, Common Lisp): `;` comments to the line's end,
 * `#| … |#` comments, which nest, and `"…"` strings, which may span lines. A character literal
 * (`#\"`, `#\;`) is code: its quote opens no string and its `;` no comment.
 */
export function withoutLispCommentsAndStrings(text: string): string {
  return withoutNestedComments(text, '#|', '|#', ';', (i) => (text.charCodeAt(i) === 35 && text.charCodeAt(i + 1) === 92 ? i + 3 : i));
}

/**
 * One pass over `text` blanking nested block comments (`open` … `close`), line comments (`line` to
 * the line's end, whose break stays) and `"` strings with backslash escapes (their quotes kept);
 * `skip(i)` says where a language's own literal at `i` that could be mistaken for those ends (or
 * `i` where there is none).
 */
function withoutNestedComments(text: string, open: string, close: string, line: string | undefined, skip: (i: number) => number): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const skipped = skip(i);
    if (skipped > i) {
      i = skipped;
    } else if (text.startsWith(open, i)) {
      out += text.slice(from, i) + ' ';
      i = from = nestedCommentEnd(text, i, open, close);
    } else if (line !== undefined && text.startsWith(line, i)) {
      out += text.slice(from, i) + ' ';
      const end = text.indexOf('\n', i);
      i = from = end < 0 ? text.length : end;
    } else if (text.charCodeAt(i) === 34) {
      out += text.slice(from, i) + '""';
      i = from = literalEnd(text, i, true, true);
    } else {
      i++;
    }
  }
  return out + text.slice(from);
}

/** Where the comment opened at `start` ends, after the `close` that matches it (or the text's end). */
function nestedCommentEnd(text: string, start: number, open: string, close: string): number {
  let depth = 0;
  let j = start;
  while (j < text.length) {
    if (text.startsWith(open, j)) {
      depth++;
      j += open.length;
    } else if (text.startsWith(close, j)) {
      j += close.length;
      if (--depth === 0) return j;
    } else {
      j++;
    }
  }
  return text.length;
}

/** After an ML character literal at `start` (`'"'`, `'\"'`, `'\n'`), or `start` for a type variable (`'a`). */
function characterLiteralEnd(text: string, start: number): number {
  if (text.charCodeAt(start + 2) === 39 && text.charCodeAt(start + 1) !== 92) return start + 3;
  if (text.charCodeAt(start + 1) === 92) {
    const end = text.indexOf("'", start + 2);
    if (end > 0 && end <= start + 5) return end + 1;
  }
  return start;
}

/**
 * Does the first `quote` (a triple quote) of `text` open a string (true), close one the text began
 * inside (false), or can the text not tell (undefined)? Openers and closers alternate, and one of
 * them shows its part: text after it on its line (`"""Doc`), or an assignment or a call before it
 * (`x = """`), opens; the rest of an expression after it (`""")`, `""".format`), or the end of a
 * sentence before it and nothing but a comment after (`prose."""`), closes (`md"""` and `@doc """`
 * say nothing). Only the first two are read; with neither showing, an even number of them pairs up
 * from the first.
 */
function firstTripleOpens(text: string, quote: string): boolean | undefined {
  let count = 0;
  for (let p = text.indexOf(quote); p >= 0; p = text.indexOf(quote, p + 3), count++) {
    const lineStart = text.lastIndexOf('\n', p - 1) + 1;
    const lineEnd = text.indexOf('\n', p + 3);
    const before = text.slice(lineStart, p).trim();
    const after = text.slice(p + 3, lineEnd < 0 ? text.length : lineEnd).trim();
    // What follows a closer on its line: a comment, or the rest of an expression (`""")`, `""".format`).
    const closerTail = /^(?:$|#|[)\],;.}])/.test(after);
    const opens = !closerTail || /(?:[=(\[{,+:]|\breturn|(?<![\w])[rRbBuUfF]{1,2})$/.test(before);
    const closes = !opens && (after !== '' || /[.!?]$/.test(before));
    if (opens || closes) return opens === (count % 2 === 0);
    // Far from the text's start, a quote's shape says more of its own string than of where the
    // text began (Julia's `""" args` after a macro's string): only the first two are read.
    if (count === 1) break;
  }
  return occurrences(text, quote) % 2 === 0 ? true : undefined;
}

/** How many times `part` stands in `text`, without overlaps. */
function occurrences(text: string, part: string): number {
  let n = 0;
  for (let p = text.indexOf(part); p >= 0; p = text.indexOf(part, p + part.length)) n++;
  return n;
}

const HEREDOC_OPENER = /<<[-~]?[ \t]*(['"]?)([A-Za-z_]\w*)\1/y;

interface HeredocTerminators {
  /** Where the first line after `from` that holds `id` alone ends, or -1. */
  after(id: string, from: number): number;
}

/**
 * The lines that could end a heredoc (a name alone on its line), found in one pass, by name. Each
 * `<<name` asks for the first one below it, and openers come in order, so a cursor per name makes
 * the whole search linear: a search of the rest of the text per distinct name was quadratic in a
 * text of many `x << name` shifts (64 KB of them took 80 ms).
 */
function heredocTerminators(text: string): HeredocTerminators {
  const lines = new Map<string, number[]>(); // per name: start, end, start, end …
  const line = /^[ \t]*([A-Za-z_]\w*)[ \t]*\r?$/gm;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    const name = m[1] as string;
    let at = lines.get(name);
    if (at === undefined) lines.set(name, (at = []));
    at.push(m.index, m.index + m[0].length);
  }
  const cursors = new Map<string, number>();
  return {
    after(id, from) {
      const at = lines.get(id);
      if (at === undefined) return -1;
      let k = cursors.get(id) ?? 0;
      while (k < at.length && (at[k] as number) <= from) k += 2;
      cursors.set(id, k);
      return k < at.length ? (at[k + 1] as number) : -1;
    },
  };
}

/** A line break, space, tab or `;` before `#` makes it a comment. */
function isCommentBoundary(code: number): boolean {
  return code === 10 || code === 13 || code === 32 || code === 9 || code === 59;
}

/**
 * `text` without its fenced code blocks: from a line opening with ```` ``` ```` or `~~~` to the line
 * closing it, which (as in CommonMark) is a run of the same character at least as long and nothing
 * after it. A `~~~` inside a backtick block is code, not a fence.
 */
export function withoutCodeFences(text: string): string {
  const kept: string[] = [];
  let fence = '';
  for (const line of text.split('\n')) {
    const run = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === '') {
      if (run) fence = run;
      else kept.push(line);
    } else if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) {
      fence = '';
    }
  }
  return kept.join('\n');
}

/**
 * `text` without its Pod: from a line opening with a command (`=head1`, `=pod`, `=over` …) to the
 * line after `=cut`, and everything after `__END__` or `__DATA__`, where Perl stops reading code.
 */
export function withoutPod(text: string): string {
  const kept: string[] = [];
  let inPod = false;
  for (const line of text.split('\n')) {
    if (/^__(?:END|DATA)__\b/.test(line)) break;
    if (/^=[A-Za-z]/.test(line)) inPod = !/^=cut\b/.test(line);
    else if (!inPod) kept.push(line);
  }
  return kept.join('\n');
}
