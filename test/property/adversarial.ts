// Shared material for the property and worst-case tests: a tiny in-memory model, generators of
// awkward text and bytes, and a cost comparison against ordinary code of the same size (a ratio,
// not a wall-clock number, so a slow or busy machine does not make the tests fail).
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Detection } from '../../src/detect/pipeline.js';
import { languageInfo } from '../../src/languages/index.js';
import { trainModel } from '../../src/model/train.js';
import type { ModelData } from '../../src/model/types.js';
import { TINY_CORPUS } from '../tiny-corpus.js';

export const KB = 1024;
export const MB = 1024 * KB;

export const tinyModel: ModelData = trainModel(TINY_CORPUS, { minDocFrequency: 1 });

/** `unit` repeated to exactly `size` UTF-16 code units. */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Deterministic pseudo-random bytes (xorshift32) mapped through `byte`, so a failure can be replayed. */
export function randomBytes(size: number, seed: number, byte: (r: number) => number = (r) => r & 0xff): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = byte(x >>> 0);
  }
  return out;
}

/** Printable ASCII with a line break about every 60 characters. */
export function randomPrintable(size: number, seed: number): string {
  const bytes = randomBytes(size, seed, (r) => (r % 60 === 0 ? 10 : 32 + ((r >>> 8) % 95)));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), body]) : body);
}

export const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

export const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

/** Lexically loaded pieces: every opener, closer, escape and line ending the scanner treats specially. */
const FRAGMENTS = [
  '"', "'", '`', '"""', "'''", '```', '\\', '\\"', "\\'", '\n', '\r', '\r\n', '\t', ' ', '    ',
  '//', '///', '//!', '/*', '*/', '/**', '#', '##', "#'", '#:', '#include', '#!', '#!/usr/bin/env python3\n',
  '--', '-- ', '--[[', '--[==[', ']]', ';', ';;', '%', '%%', '! ', '(*', '*)', '{-', '-}', '{-#', '<!--', '-->',
  '(', ')', '[', ']', '{', '}', '=>', '::', '<?php', '?>', '0x', '0b1', '1.5e-3', '9_000u8', '.', 'def', 'end',
  'function', 'return', 'x', 'é', '日本', '🙂', '\u0000', '\u00a0', '\ufeff', '\ufffd', '\ud800', '\udc00',
  '-*- mode: ruby -*-', 'vim: set ft=python:',
];

/** Strings built from the scanner's special cases, with some arbitrary code points in between. */
export const codeLike: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/** Any UTF-16 code units, lone surrogates included (what a JS string can hold, not only valid Unicode). */
export const codeUnits: fc.Arbitrary<string> = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 200,
});

/** Arbitrary text of every flavour: ASCII, graphemes, full Unicode, raw code units, code-like. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  codeUnits,
  codeLike,
);

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]].map((b) => new Uint8Array(b));

/** Arbitrary bytes, sometimes behind a byte-order mark, sometimes NUL-interleaved like BOM-less UTF-16. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.tuple(fc.constantFrom(...BOMS), fc.uint8Array({ maxLength: 600 })).map(([bom, body]) => new Uint8Array([...bom, ...body])),
  fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.boolean()).map(([half, be]) => {
    const out = new Uint8Array(half.length * 2);
    half.forEach((b, i) => (out[i * 2 + (be ? 1 : 0)] = b));
    return out;
  }),
);

/** The invariants every answer keeps, whatever the input. */
export function expectWellFormed(detection: Detection, model: ModelData, candidates?: readonly string[]): void {
  const { language, confidence, candidates: ranked, strategy } = detection;
  expect(confidence).toBeGreaterThanOrEqual(0);
  expect(confidence).toBeLessThanOrEqual(1);
  let sum = 0;
  for (const [i, c] of ranked.entries()) {
    expect(c.probability).toBeGreaterThanOrEqual(0);
    expect(c.probability).toBeLessThanOrEqual(1);
    if (i > 0) expect(c.probability).toBeLessThanOrEqual((ranked[i - 1] as (typeof ranked)[number]).probability);
    sum += c.probability;
  }
  expect(sum).toBeLessThanOrEqual(1 + 1e-9);
  expect(new Set(ranked.map((c) => c.language)).size).toBe(ranked.length);
  if (language === null) return;
  expect(ranked[0]?.language).toBe(language);
  expect(confidence).toBe(ranked[0]?.probability);
  if (strategy === 'classifier') {
    expect(model.languages).toContain(language);
    if (candidates && candidates.length > 0) expect(candidates).toContain(language);
  } else {
    // A name-based strategy decided alone: any Linguist language, with certainty.
    expect(languageInfo(language)?.name).toBe(language);
    expect(confidence).toBe(1);
  }
}

/** Ordinary code, the yardstick for the worst-case shapes. */
export const ORDINARY = 'function area(shape) {\n  if (shape.kind === "circle") return Math.PI * shape.r ** 2; // round\n  return shape.w * shape.h;\n}\n\n';

/** Worst cases for a scanner, by name; each makes a string of `size` code units. */
export const SHAPES: Array<[string, (size: number) => string]> = [
  ["deep nesting: '(' only", (n) => fill('(', n)],
  ['a quote per line, never closed', (n) => fill('"never closed (it [runs {to the end\n', n)],
  ['quotes only', (n) => fill('"', n)],
  ['escaped quotes on one line: "\\"\\"\\…', (n) => fill('"\\', n)],
  ['escaped backticks, never closed: `\\`\\…', (n) => fill('`\\', n)],
  ['one line, no line break, mixed tokens', (n) => fill('let x_1 = f("a\\"b", \'c\', `d`, [0x1F, 2.5e-3]) + {y: z} => <T>::w /* c */ ; ', n)],
  ["'/*' without a closer", (n) => fill('/*', n)],
  ["alternating 'a", (n) => fill("'a", n)],
  ["'#' lines", (n) => fill('#\n#x\n##\n# y\n#!\n', n)],
  ['random printable ASCII', (n) => randomPrintable(n, 0x5eed)],
  ['mixed line endings', (n) => fill('a\r\n\r\rb\n\r  c\r\n\n\td\r', n)],
  ['one word', (n) => fill('a', n)],
  ['NUL characters', (n) => fill('\0', n)],
  ['non-ASCII and lone surrogates', (n) => fill('é\ud800日', n)],
];

/** Milliseconds of the fastest of `repeats` runs. */
export function fastest(run: () => void, repeats = 1): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * How many times longer `run(shape)` takes than `run(baseline)`, inputs of the same size, each
 * timed as the fastest of `repeats` runs. Over `bound`, both are measured again (a busy machine,
 * a GC pause) and the fastest times count; a hopeless ratio (10 × bound) is returned at once.
 */
export function costRatio<T>(
  run: (input: T) => void,
  shape: T,
  baseline: T,
  bound: number,
  { repeats = 1, baselineMs }: { repeats?: number; baselineMs?: number } = {},
): number {
  let base = baselineMs ?? fastest(() => run(baseline), repeats);
  let cost = fastest(() => run(shape), repeats);
  for (let retry = 0; retry < 2 && cost / base > bound && cost / base < 10 * bound; retry++) {
    base = Math.min(base, fastest(() => run(baseline), repeats));
    cost = Math.min(cost, fastest(() => run(shape), repeats));
  }
  return cost / base;
}
