// What a string's contents say about the language around it, though the contents themselves are
// dropped: interpolation (`${x}` in JavaScript and shell, `#{x}` in Ruby, `\(x)` in Swift, `$x`),
// template tags (`{{ x }}` in a Jinja-templated YAML value, `<%= %>`, `<?php`) and format
// directives (`%s`, `{}`, `{0}`, `{:>8}`). Each kind a string holds becomes one token after it.
import { CharClass, classOf } from './charclass.js';

export const STRING_MARKERS = ['${', '#{', '$w', '{{', '{%', '<%', '<?', '%a', '{}', '{0', '{:', '{w', '\\('] as const;

type Marker = (typeof STRING_MARKERS)[number];
const BIT = new Map<string, number>(STRING_MARKERS.map((marker, i) => [marker, 1 << i]));
const BACKSLASH = 92;

/** Characters that may open a marker; anything else inside a string is skipped at one table read. */
const OPENS = new Uint8Array(128);
for (const c of '$#{<%\\') OPENS[c.charCodeAt(0)] = 1;

export function mayOpenMarker(code: number): boolean {
  return code < 128 && OPENS[code] === 1;
}

/** The bit of the marker that `code` followed by `next` opens inside a string, or 0. */
export function markerBit(code: number, next: number): number {
  const nextWord = classOf(next) === CharClass.Word;
  const nextDigit = next >= 48 && next <= 57;
  let marker: Marker | '' = '';
  switch (code) {
    case 36: // $
      marker = next === 123 ? '${' : nextWord ? '$w' : '';
      break;
    case 35: // #
      marker = next === 123 ? '#{' : '';
      break;
    case 123: // {
      if (next === 123) marker = '{{';
      else if (next === 37) marker = '{%';
      else if (next === 125) marker = '{}';
      else if (next === 58) marker = '{:';
      else if (nextDigit) marker = '{0';
      else if (nextWord) marker = '{w';
      break;
    case 60: // <
      marker = next === 37 ? '<%' : next === 63 ? '<?' : '';
      break;
    case 37: // %
      marker = nextWord ? '%a' : '';
      break;
    case BACKSLASH:
      marker = next === 40 ? '\\(' : '';
      break;
  }
  return BIT.get(marker) ?? 0;
}

/** The markers whose bits are set in `bits`, in table order. */
export function markersOf(bits: number): string[] {
  return STRING_MARKERS.filter((_, i) => (bits & (1 << i)) !== 0);
}
