// `detectLanguage` and `detectWithModel` on hostile input, with a tiny model trained in memory:
// never a throw, always a well-formed answer (probabilities in [0, 1] summing to at most 1, a
// language the model or Linguist knows, or null), the same answer for the same input, the same
// answer whatever the encoding, and time linear in the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectWithModel } from '../../src/core.js';
import { detectLanguage, type DetectLanguageOptions } from '../../src/detect/pipeline.js';
import { decodeText, MAX_INPUT_BYTES } from '../../src/tokenizer/decode.js';
import {
  anyBytes,
  anyText,
  codeLike,
  concat,
  costRatio,
  expectWellFormed,
  fill,
  MB,
  ORDINARY,
  randomBytes,
  SHAPES,
  tinyModel as model,
  utf16,
  utf8,
} from './adversarial.js';

const RUNS = { numRuns: 200 };

const options: fc.Arbitrary<DetectLanguageOptions> = fc.record(
  {
    filename: fc.oneof(
      fc.constantFrom('add.py', 'lib/a.rb', 'b.js', 'x.h', 'Makefile', 'src/.bashrc', 'run', 'notes.unknownext', 'dir/x.ts', 'README', '.py', ''),
      fc.string({ maxLength: 30 }),
    ),
    candidates: fc.subarray([...model.languages, 'Go', 'Makefile', 'Not A Language']),
    top: fc.integer({ min: 0, max: 5 }),
    contentOnly: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('detect properties', () => {
  it('never throws, and answers well-formed, on any string with any options', () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        expectWellFormed(detectLanguage(model, text, opts), model, opts.candidates);
        expectWellFormed(detectLanguage(model, text), model);
      }),
      RUNS,
    );
  });

  it('is deterministic: the same text and options give the same answer', () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        expect(detectLanguage(model, text.split('').join(''), opts)).toEqual(detectLanguage(model, text, opts));
      }),
      RUNS,
    );
  });

  it('never throws on any bytes, and answers as for the decoded text', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const detection = detectWithModel(model, bytes);
        expectWellFormed(detection, model);
        expect(detectWithModel(model, bytes.slice())).toEqual(detection);
        expect(detection).toEqual(detectLanguage(model, decodeText(bytes)));
      }),
      RUNS,
    );
  });

  it('answers alike for text given as a string or as UTF-8 bytes', () => {
    // No NULs (they can make UTF-8 look like BOM-less UTF-16) and no leading U+FEFF (a BOM is dropped).
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), codeLike).filter((t) => !t.includes('\0') && !t.startsWith('\ufeff'));
    fc.assert(
      fc.property(text, (t) => {
        // Lone surrogates do not survive UTF-8; compare with what does.
        const same = Buffer.from(t, 'utf8').toString('utf8');
        expect(detectWithModel(model, utf8(t))).toEqual(detectLanguage(model, same));
      }),
      RUNS,
    );
  });

  it('reads a long string only as far as its bytes would be read (the first MAX_INPUT_BYTES)', () => {
    const ruby = 'class Point\n  attr_reader :x, :y\n  def initialize(x, y)\n    @x = x\n  end\nend\n';
    // Python (with a non-ASCII comment) past the first 64 KiB, then far more Ruby.
    const python = fill('# café\n' + PYTHON, MAX_INPUT_BYTES + 1000);
    const text = python + fill(ruby, 8 * MAX_INPUT_BYTES);
    expect(detectLanguage(model, text).language, 'read whole, the text is Ruby').toBe('Ruby');
    expect(detectWithModel(model, text).language).toBe('Python');
    expect(detectWithModel(model, text)).toEqual(detectWithModel(model, utf8(text)));
  });

  it('answers alike for ASCII text in UTF-16 LE or BE, with or without a BOM', () => {
    // BOM-less UTF-16 is recognised by its NULs, so the text needs some length and no NULs of its own.
    const ascii = codeLike.map((t) => t.replace(/[^\x01-\x7f]/g, '')).filter((t) => t.length >= 4);
    fc.assert(
      fc.property(ascii, fc.constantFrom('le' as const, 'be' as const), fc.boolean(), (text, endian, bom) => {
        expect(detectWithModel(model, utf16(text, endian, bom))).toEqual(detectLanguage(model, text));
      }),
      RUNS,
    );
  });
});

const PYTHON = 'import os\n\ndef area(w, h):\n    """Area."""\n    return w * h\n\nif __name__ == "__main__":\n    print(area(2, 3))\n';
const mixedEndings = (text: string): string => {
  let k = 0;
  return text.replace(/\n/g, () => ['\r\n', '\r', '\n'][k++ % 3] as string);
};
// Bytes that are never valid UTF-8, put at line ends where they cannot change a token.
const INVALID_UTF8 = [[0x80], [0xbf, 0x80], [0xc0, 0xaf], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xc3]];
const withInvalidUtf8 = (text: string): Uint8Array =>
  new Uint8Array(text.split('\n').flatMap((line, i) => [...Buffer.from(line), ...(INVALID_UTF8[i % INVALID_UTF8.length] as number[]), 0x0a]));

describe('detect on adversarial files', () => {
  it.each<[string, () => Uint8Array, string | null]>([
    ['an empty file', () => new Uint8Array(0), null],
    ['10 MB of NUL bytes', () => new Uint8Array(10 * MB), null],
    ['1 MB of one repeated character: (', () => utf8(fill('(', MB)), null],
    ['1 MB of one repeated character: "', () => utf8(fill('"', MB)), null],
    ['1 MB of one repeated character: a', () => utf8(fill('a', MB)), null],
    ['1 MB of one repeated character: line feeds', () => utf8(fill('\n', MB)), null],
    ['deeply nested brackets', () => utf8(fill('{[(', MB / 2) + fill(')]}', MB / 2)), null],
    ['one 10 MB line of Python, no line break', () => utf8(fill(PYTHON.replace(/\n/g, ' '), 10 * MB)), 'Python'],
    ['Python with mixed line endings (CRLF, CR, LF)', () => utf8(mixedEndings(PYTHON)), 'Python'],
    ['Python with invalid UTF-8 at every line end', () => withInvalidUtf8(PYTHON), 'Python'],
    ['1 MB of lone UTF-8 continuation bytes', () => randomBytes(MB, 11, (r) => 0x80 | (r & 0x3f)), null],
    ['1 MB of random bytes', () => randomBytes(MB, 12), null],
    ['Python in UTF-8 with a BOM', () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(PYTHON)), 'Python'],
    ['Python in UTF-16 LE with a BOM', () => utf16(PYTHON, 'le', true), 'Python'],
    ['Python in UTF-16 BE with a BOM', () => utf16(PYTHON, 'be', true), 'Python'],
    ['Python in UTF-16 LE without a BOM', () => utf16(PYTHON, 'le', false), 'Python'],
    ['Python in UTF-16 BE without a BOM', () => utf16(PYTHON, 'be', false), 'Python'],
    ['10 MB of Python in UTF-16 LE, odd length', () => concat(utf16(fill(PYTHON, 5 * MB), 'le', true), new Uint8Array([0x41])), 'Python'],
    ['10 MB of Python in UTF-16 BE with a BOM', () => utf16(fill(PYTHON, 5 * MB), 'be', true), 'Python'],
    ['a UTF-16 LE BOM and nothing else', () => new Uint8Array([0xff, 0xfe]), null],
    ['a UTF-16 BE BOM and half a character', () => new Uint8Array([0xfe, 0xff, 0x00]), null],
    ['a UTF-8 BOM and nothing else', () => new Uint8Array([0xef, 0xbb, 0xbf]), null],
  ])('%s', (_name, make, expected) => {
    const bytes = make();
    const detection = detectWithModel(model, bytes);
    expectWellFormed(detection, model);
    expect(detection.language).toBe(expected);
    expect(detectWithModel(model, bytes)).toEqual(detection);
  });

  it('reads the same Python alike in every encoding and line ending', () => {
    const plain = detectLanguage(model, PYTHON);
    for (const bytes of [utf16(PYTHON, 'le', false), utf16(PYTHON, 'be', true), withInvalidUtf8(PYTHON), utf8(mixedEndings(PYTHON))]) {
      expect(detectWithModel(model, bytes)).toEqual(plain);
    }
  });
});

// Time linear in the input, end to end (decode, strategies, features, classifier). The library
// reads a MAX_INPUT_BYTES prefix, so a 10 MB file must cost what a 64 KiB one does: each shape
// costs at most BOUND times what ordinary code of the same size costs, measured alongside.
const BOUND = 8;
const SIZE = 10 * MB;
const BYTE_SHAPES: Array<[string, (size: number) => Uint8Array]> = [
  ...SHAPES.map(([name, make]): [string, (size: number) => Uint8Array] => [name, (n) => utf8(make(n))]),
  ['NUL bytes', (n) => new Uint8Array(n)],
  ['random bytes', (n) => randomBytes(n, 13)],
  ['lone UTF-8 continuation bytes', (n) => randomBytes(n, 14, (r) => 0x80 | (r & 0x3f))],
  ['code in UTF-16 LE with a BOM', (n) => utf16(fill(ORDINARY, n / 2), 'le', true)],
  ['code in UTF-16 BE without a BOM', (n) => utf16(fill(ORDINARY, n / 2), 'be', false)],
];

describe('detect time is linear in the input', () => {
  const detect = (bytes: Uint8Array): void => void detectWithModel(model, bytes);
  const baseline = utf8(fill(ORDINARY, SIZE));

  it.each(BYTE_SHAPES)('%s', (name, make) => {
    const ratio = costRatio(detect, make(SIZE), baseline, BOUND, { repeats: 5 });
    if (process.env.SHOW_RATIOS) console.log(`detect ${name}: ${ratio.toFixed(2)}×`);
    expect(ratio, `${ratio.toFixed(2)}× ordinary code`).toBeLessThan(BOUND);
  });

  // Regression: shebangInterpreter once stripped versions with /(\.\d+)+$/, which backtracked from
  // every '.' of the first line (quadratic); it now strips them in one backward pass.
  it("a '#!' line of '.1.1.1…' filling the 64 KiB that are read", () => {
    const shebang = utf8('#!' + fill('.1', MAX_INPUT_BYTES - 4) + 'x\n' + fill(ORDINARY, SIZE - MAX_INPUT_BYTES));
    expect(costRatio(detect, shebang, baseline, BOUND, { repeats: 5 })).toBeLessThan(BOUND);
  });
});
