// A snippet cut out of a file may begin inside a block comment or a docstring. Read from the top,
// its closing `*/` would be an operator among the comment's prose, and its closing `"""` would open
// a string that swallows the code after it. Where the text shows it began so, the scanner treats
// everything up to the closer as the comment or string it was.

export interface CutStart {
  /** What the text began inside: a block comment (`/*`) or a triple-quoted string. */
  readonly opener: '/*' | '"""' | "'''";
  /** Where the closer starts, and the index just past it. */
  readonly closerAt: number;
  readonly end: number;
}

/** Only blanks between `from` and the end of its line. */
function restOfLineBlank(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The start of the line holding `at` has no quote before `at` (a glob in a string, `"src/**\/*.js"`, is no comment). */
function unquotedBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c === 34 || c === 39 || c === 96) return false;
  }
  return true;
}

/**
 * A `*` `/` ending its line before any `/*` opened one; or a triple quote ending its line, the first
 * of an odd number of them.
 */
export function cutStart(text: string): CutStart | undefined {
  const candidates: CutStart[] = [];
  const close = text.indexOf('*/');
  if (close >= 0) {
    const open = text.indexOf('/*');
    if ((open < 0 || close < open) && restOfLineBlank(text, close + 2) && unquotedBefore(text, close)) {
      candidates.push({ opener: '/*', closerAt: close, end: close + 2 });
    }
  }
  for (const quote of ['"""', "'''"] as const) {
    const first = text.indexOf(quote);
    // With nothing before it, a lone triple quote opens as well as it closes: read it as opening.
    if (first < 0 || !restOfLineBlank(text, first + 3) || text.slice(0, first).trim() === '') continue;
    let count = 0;
    for (let at = first; at >= 0; at = text.indexOf(quote, at + 3)) count++;
    if (count % 2 === 1) candidates.push({ opener: quote, closerAt: first, end: first + 3 });
  }
  return candidates.sort((a, b) => a.closerAt - b.closerAt)[0];
}
