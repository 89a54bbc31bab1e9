// Near duplicates within one source: files that differ only in their literal values — numbers,
// the contents of quoted strings, spacing — are copies of one template (camlp5's nine
// `ocaml_stuff/<version>/utils/pconfig.ml`, which differ in a magic number; a locale file per
// language; an icon per colour). Kept all, one source's template counts many times in training,
// and in a test split one file's error counts many times. Build-index keeps the first by path.

/**
 * The text with every run of whitespace as one space, every run of digits as `0` and every
 * quoted string on one line as `""` (a quote right after a letter or digit, as in `don't`, opens
 * nothing). Two files of a source with the same key are near duplicates. One pass, linear.
 */
export function nearDuplicateKey(text: string): string {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  const unclosedUntil: Record<string, number> = { '"': -1, "'": -1 };
  while (i < n) {
    const c = text[i]!;
    if (isSpace(c)) {
      while (i < n && isSpace(text[i]!)) i++;
      out.push(' ');
    } else if (isDigit(c)) {
      while (i < n && isDigit(text[i]!)) i++;
      out.push('0');
    } else if ((c === '"' || c === "'") && !(i > 0 && isWordChar(text[i - 1]!))) {
      // A quote before the end of a line that an earlier quote of its kind searched in vain closes
      // nothing either: not searching again keeps the pass linear.
      const close = i < unclosedUntil[c]! ? -1 : closingQuote(text, i);
      if (close < 0 && i >= unclosedUntil[c]!) unclosedUntil[c] = lineEnd(text, i);
      if (close < 0) {
        out.push(c);
        i++;
      } else {
        out.push('""');
        i = close + 1;
      }
    } else {
      const start = i;
      while (i < n && !isSpace(text[i]!) && !isDigit(text[i]!) && text[i] !== '"' && text[i] !== "'") i++;
      if (i === start) i++; // a quote that opens nothing
      out.push(text.slice(start, i));
    }
  }
  return out.join('').trim();
}

/** The index of the quote closing the one at `open` on the same line (backslash escapes), or -1. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === quote) return i;
  }
  return -1;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isWordChar = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
