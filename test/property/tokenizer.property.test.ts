// The tokenizer on hostile input: it never throws, gives the same answer for the same text,
// keeps its tokens small, and takes time linear in the input whatever the input's shape.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeText, featureHashes, scan, tokenize, TokenKind, type Token, type TokenSink } from '../../src/tokenizer/index.js';
import { anyBytes, anyText, codeLike, costRatio, fastest, fill, KB, MB, ORDINARY, SHAPES } from './adversarial.js';

const RUNS = { numRuns: 200 };
const KINDS: ReadonlySet<string> = new Set(Object.values(TokenKind));
const PLAIN = { bigrams: false, positions: false };

/**
 * What is wrong with a token stream, if anything: tokens are short whatever the input (words and
 * directives are cut at 40 characters), of a known kind, and line breaks neither lead nor repeat.
 */
function malformed(tokens: Array<Token | null>): string | undefined {
  for (const [i, t] of tokens.entries()) {
    if (t === null) {
      if (i === 0 || tokens[i - 1] === null) return `line break at ${i} after no token`;
    } else if (!KINDS.has(t.kind) || t.text.length === 0 || t.text.length > 40) {
      return `token ${i}: ${JSON.stringify(t)}`;
    }
  }
  return undefined;
}

const tokenCount = (tokens: Array<Token | null>): number => tokens.filter((t) => t !== null).length;

describe('tokenizer properties', () => {
  it('never throws, and its tokens are well formed, on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        expect(malformed(tokens)).toBeUndefined();
        // Without pairs and positions there is exactly one feature per token.
        expect(featureHashes(text, PLAIN).length).toBe(tokenCount(tokens));
      }),
      RUNS,
    );
  });

  it('never throws on any bytes decoded leniently', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const text = decodeText(bytes);
        // At most one UTF-16 code unit per byte, whatever the encoding sniffed.
        expect(text.length).toBeLessThanOrEqual(bytes.length);
        expect(decodeText(bytes)).toBe(text);
        const tokens = tokenize(text);
        expect(malformed(tokens)).toBeUndefined();
        expect(featureHashes(text)).toEqual(featureHashes(text));
      }),
      RUNS,
    );
  });

  it('is deterministic: same text, same tokens and features, however the string is built', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const copy = text.split('').join('');
        expect(tokenize(copy)).toEqual(tokenize(text));
        expect(featureHashes(copy)).toEqual(featureHashes(text));
        expect(featureHashes(text, PLAIN)).toEqual(featureHashes(text, PLAIN));
      }),
      RUNS,
    );
  });

  it('reads LF, CRLF, CR and a mix of them alike, apart from the CRLF marker', () => {
    // Backslashes are left out: before a line break they escape its first character, so `\`+CRLF
    // is a break and `\`+LF is not; that is line continuation, not a difference of line endings.
    const lfText = codeLike.map((t) => t.replace(/[\r\\]/g, ''));
    fc.assert(
      fc.property(lfText, fc.infiniteStream(fc.constantFrom('\n', '\r\n', '\r')), (text, endings) => {
        const mixed = text.replace(/\n/g, () => endings.next().value as string);
        const withoutMarker = tokenize(mixed).filter((t) => t?.kind !== TokenKind.LineEnding);
        expect(withoutMarker).toEqual(tokenize(text));
      }),
      RUNS,
    );
  });
});

describe('tokenizer on single-character floods (1 MB)', () => {
  it.each([
    ['(', 'deep nesting'],
    ['"', 'quotes'],
    ["'", 'apostrophes'],
    ['`', 'backticks'],
    ['\\', 'backslashes'],
    ['#', 'hashes'],
    ['/', 'slashes'],
    ['-', 'dashes'],
    ['a', 'one 1 MB word'],
    ['9', 'one 1 MB number'],
    ['\n', 'empty lines'],
    ['\r', 'CR line breaks'],
    ['\0', 'NUL characters'],
    ['\ud800', 'lone surrogates'],
    ['🙂', 'astral characters'],
  ])('%j (%s)', (ch) => {
    const text = fill(ch, MB);
    const tokens = tokenize(text);
    expect(malformed(tokens)).toBeUndefined();
    expect(featureHashes(text, PLAIN).length).toBe(tokenCount(tokens));
  });

  it('deeply nested brackets, opened then closed', () => {
    const text = fill('{[(', MB / 2) + fill(')]}', MB / 2);
    const tokens = tokenize(text);
    expect(malformed(tokens)).toBeUndefined();
    expect(tokens.every((t) => t?.kind === TokenKind.Punct)).toBe(true);
  });
});

// Time linear in the input: each shape costs at most BOUND times what ordinary code of the same
// size costs, measured in the same run. The tokenizer (`scan`) reads the whole string; the
// library's 64 KiB cut (MAX_INPUT_BYTES) is not relied on. A 256 KiB round first makes a
// quadratic shape fail within a minute rather than run for hours at 10 MB.
const BOUND = 8;
const SIZES = [256 * KB, 10 * MB] as const;
let seen = 0;
const countingSink: TokenSink = { token: () => void seen++, newline: () => void seen++ };
const tokenizeOnly = (text: string): void => scan(text, countingSink);

describe('tokenizer time is linear in the input', () => {
  const baselineMs = new Map<number, number>();
  beforeAll(() => {
    for (const size of SIZES) {
      const text = fill(ORDINARY, size);
      baselineMs.set(size, fastest(() => tokenizeOnly(text)));
    }
  });

  it.each(SHAPES)('%s', (_name, make) => {
    for (const size of SIZES) {
      const ratio = costRatio(tokenizeOnly, make(size), fill(ORDINARY, size), BOUND, { baselineMs: baselineMs.get(size) });
      if (process.env.SHOW_RATIOS) console.log(`${_name} @${size}: ${ratio.toFixed(2)}×`);
      expect(ratio, `${size} characters: ${ratio.toFixed(2)}× ordinary code`).toBeLessThan(BOUND);
    }
  });

  // Regression: shebangInterpreter once stripped versions with /(\.\d+)+$/, which backtracked from
  // every '.' of the first line (quadratic); it now strips them in one backward pass.
  it("a 10 MB '#!' line of '.1.1.1…' (once quadratic in shebangInterpreter)", () => {
    for (const size of SIZES) {
      const ratio = costRatio(tokenizeOnly, '#!' + fill('.1', size - 3) + 'x', fill(ORDINARY, size), BOUND, { baselineMs: baselineMs.get(size) });
      expect(ratio).toBeLessThan(BOUND);
    }
  });
});
