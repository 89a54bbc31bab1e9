// Character classes for the scanner, as a lookup table so the hot loop does one array read.
export const enum CharClass {
  Space = 0,
  Newline = 1,
  Word = 2,
  Digit = 3,
  Quote = 4,
  Punct = 5,
}

const table = new Uint8Array(128).fill(CharClass.Punct);
for (let c = 0; c < 32; c++) table[c] = CharClass.Space;
table[32] = CharClass.Space;
table[127] = CharClass.Space;
table[10] = CharClass.Newline;
table[13] = CharClass.Newline;
for (let c = 48; c <= 57; c++) table[c] = CharClass.Digit;
for (let c = 65; c <= 90; c++) table[c] = CharClass.Word;
for (let c = 97; c <= 122; c++) table[c] = CharClass.Word;
table[95] = CharClass.Word; // _
table[34] = CharClass.Quote; // "
table[39] = CharClass.Quote; // '
table[96] = CharClass.Quote; // `

/** Non-ASCII letters count as word characters (identifiers in Unicode); other non-ASCII as space. */
export function classOf(code: number): CharClass {
  if (code < 128) return table[code] as CharClass;
  if (code === 0xa0 || code === 0xfeff || code === 0xfffd || (code >= 0x2000 && code <= 0x206f)) return CharClass.Space;
  return CharClass.Word;
}
