import { describe, expect, it } from 'vitest';
import { EVALUATION_NOISE_SEED, NOISE_KINDS, TRAINING_NOISE_SEED, textualNoise } from '../../src/evaluate/noise.js';
import { evaluateNoise } from '../../src/evaluate/noise-rejection.js';
import { trainModel } from '../../src/model/train.js';
import { NOISE } from '../../src/model/no-language.js';
import { detect } from '../../src/index.js';
import { TINY_CORPUS } from '../tiny-corpus.js';

describe('textualNoise', () => {
  it('is the same for a seed and differs between seeds', () => {
    expect(textualNoise(12, 5)).toEqual(textualNoise(12, 5));
    const a = textualNoise(12, TRAINING_NOISE_SEED).map((s) => s.text);
    const b = textualNoise(12, EVALUATION_NOISE_SEED).map((s) => s.text);
    expect(a.filter((text) => b.includes(text))).toEqual([]);
  });

  it('gives every kind in turn, each sample a few lines of its own alphabet', () => {
    const samples = textualNoise(120, 3);
    expect(samples.slice(0, NOISE_KINDS.length).map((s) => s.kind)).toEqual([...NOISE_KINDS]);
    for (const { kind, text } of samples) {
      const lines = text.split('\n').slice(0, -1);
      expect(text.endsWith('\n')).toBe(true);
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.every((l) => l.length > 0)).toBe(true);
      if (kind === 'base64') expect(text).toMatch(/^[A-Za-z0-9+/\n]+$/);
      if (kind === 'gibberish') expect(text).toMatch(/^[a-z \n]+$/);
      if (kind === 'ids') expect(text).toMatch(/^[0-9a-f\-\t \n]+$/);
    }
    // Both short pastes and long blobs.
    const lineCounts = samples.map((s) => s.text.split('\n').length - 1);
    expect(Math.min(...lineCounts)).toBeLessThanOrEqual(5);
    expect(Math.max(...lineCounts)).toBeGreaterThan(50);
  });
});

describe('evaluateNoise', () => {
  it('counts the samples answered null, whole and as snippets, and what was named instead', () => {
    const noise = textualNoise(24, TRAINING_NOISE_SEED);
    const heldOut = textualNoise(24, EVALUATION_NOISE_SEED);
    const code = trainModel(TINY_CORPUS);
    const learnt = trainModel([...TINY_CORPUS, ...noise.map(({ text }) => ({ text, language: NOISE }))]);
    const before = evaluateNoise(code, heldOut, [3]);
    const after = evaluateNoise(learnt, heldOut, [3]);
    expect(before.byInput.map((t) => t.lines)).toEqual(['whole', 3]);
    expect(before.byInput[0]?.total).toBe(24);
    expect(before.byKind.map((k) => k.kind)).toEqual([...NOISE_KINDS]);
    for (const k of before.byKind) expect(k.nulls + k.named.reduce((s, n) => s + n.count, 0)).toBeLessThanOrEqual(k.total);
    // A model that learnt noise as its own class answers "no language" for noise it never saw.
    const nulls = (r: typeof before): number => r.byInput.reduce((s, t) => s + t.nulls, 0);
    expect(nulls(after)).toBeGreaterThan(nulls(before));
    expect(after.byInput[0]!.nulls / after.byInput[0]!.total).toBeGreaterThan(0.9);
  });
});

describe('the shipped model on noise it never learnt', () => {
  it('answers "no language" for base64, hex dumps and random tokens', () => {
    const samples = textualNoise(60, EVALUATION_NOISE_SEED);
    const named = samples.filter(({ text }) => detect(text).language !== null);
    expect(named.length).toBeLessThanOrEqual(3);
    // What a user pastes: a base64 blob, a hex dump.
    const base64 = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 7919) % 251)).toString('base64');
    expect(detect(base64.replace(/(.{76})/g, '$1\n')).language).toBeNull();
    expect(detect('00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............\n00000010: 0300 3e00 0100 0000 1061 0000 0000 0000  ..>......a......\n').language).toBeNull();
  });
});
