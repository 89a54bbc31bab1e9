// Bytes to text, leniently: honour UTF-8 and UTF-16 byte-order marks, recognise BOM-less UTF-16
// by its NUL pattern, and replace invalid UTF-8 rather than fail. Only a prefix is decoded.

/** How much of a file the model reads. Enough for a confident answer on any real source file. */
export const MAX_INPUT_BYTES = 64 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export function sniffEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // BOM-less UTF-16 of mostly-ASCII text: NULs on one parity only.
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample >= 8) {
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < sample; i += 2) {
      if (bytes[i] === 0) evenNul++;
      if (bytes[i + 1] === 0) oddNul++;
    }
    const pairs = sample / 2;
    if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
    if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  }
  return { encoding: 'utf-8', bomLength: 0 };
}

const decoders = new Map<TextEncoding, TextDecoder>();

/** Decodes at most `maxBytes` of `bytes` (default MAX_INPUT_BYTES); never throws. */
export function decodeText(bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): string {
  const { encoding, bomLength } = sniffEncoding(bytes);
  let end = Math.min(bytes.length, bomLength + maxBytes);
  if (encoding !== 'utf-8') end -= (end - bomLength) & 1;
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  return decoder.decode(bytes.subarray(bomLength, end));
}

const encoder = new TextEncoder();
let scratch: Uint8Array | undefined;

/**
 * The start of `text` that fits in `maxBytes` of UTF-8 (default MAX_INPUT_BYTES): a string is read
 * as far as its bytes would be, so `detect` costs the same and answers alike for both.
 */
export function textPrefix(text: string, maxBytes = MAX_INPUT_BYTES): string {
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
  if (text.length * 3 <= maxBytes) return text;
  if (scratch === undefined || scratch.length !== maxBytes) scratch = new Uint8Array(maxBytes);
  // encodeInto stops before a character that would not fit whole.
  const { read } = encoder.encodeInto(text, scratch);
  return read < text.length ? text.slice(0, read) : text;
}

/** How much of an input is looked at to tell binary from text. */
const BINARY_SAMPLE = 8192;

/** A control code that text does not hold: not a tab, line break, vertical tab, form feed or escape. */
const isStrayControl = (code: number): boolean => code < 9 || (code > 13 && code < 32 && code !== 27);

/** Whether the first codes (bytes or UTF-16 units) hold a NUL, or stray control codes in over a tenth of them. */
function binaryCodes(length: number, codeAt: (i: number) => number): boolean {
  const sample = Math.min(length, BINARY_SAMPLE);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const code = codeAt(i);
    if (code === 0) return true;
    if (isStrayControl(code)) control++;
  }
  return sample > 0 && control / sample > 0.1;
}

/** Share of NUL and control bytes in a sample: high for binary files (images, archives, objects). */
export function looksBinary(bytes: Uint8Array): boolean {
  return sniffEncoding(bytes).encoding === 'utf-8' && binaryCodes(bytes.length, (i) => bytes[i] as number);
}

/** The same test on text already decoded (binary bytes decode to NULs and control characters). */
export function looksBinaryText(text: string): boolean {
  return binaryCodes(text.length, (i) => text.charCodeAt(i));
}
