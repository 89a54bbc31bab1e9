import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, reclassify, deserializeModel, serializeModel, trainModel, explainDecision, ModelTrainer } from '../../src/model/index.js';
import { WhichlangError } from '../../src/errors.js';
import { TINY_CORPUS } from '../tiny-corpus.js';
import { NOISE, namedLanguages, OTHER_PROSE, PROSE } from '../../src/model/no-language.js';
import { EVALUATION_NOISE_SEED, textualNoise, TRAINING_NOISE_SEED } from '../../src/evaluate/noise.js';
import { compile, EVIDENCE_SMOOTHING, smoothingForEvidence } from '../../src/model/compiled.js';
import { leaderBonusAt, scoreForClassification, scoreVector, toProbabilities, vectorize } from '../../src/model/score.js';

const model = trainModel(TINY_CORPUS, { minDocFrequency: 1, alpha: 0.1 });

describe('trainModel + classify', () => {
  it('learns the languages it was given, sorted by name', () => {
    expect(model.languages).toEqual(['JavaScript', 'Python', 'Ruby']);
    expect([...model.languageDocs]).toEqual([6, 6, 6]);
  });

  it.each([
    ['def mul(a, b):\n    return a * b\n', 'Python'],
    ['def mul(a, b)\n  a * b\nend\n', 'Ruby'],
    ['function mul(a, b) {\n  return a * b;\n}\n', 'JavaScript'],
    ['class Box:\n    def __init__(self, w):\n        self.w = w\n', 'Python'],
  ])('classifies unseen code %#', (text, expected) => {
    expect(classify(model, text).language).toBe(expected);
  });

  it('returns probabilities that sum to one, best first', () => {
    const result = classify(model, 'puts "hi"\n', { top: 3 });
    expect(result.candidates).toHaveLength(3);
    const sum = result.candidates.reduce((a, c) => a + c.probability, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(result.candidates[0]!.probability).toBeGreaterThanOrEqual(result.candidates[1]!.probability);
  });

  it('answers unknown (null) for empty input and for input with no known tokens', () => {
    expect(classify(model, '')).toMatchObject({ language: null, reason: 'too-little-evidence' });
    expect(classify(model, 'zzqx vvkw').language).toBeNull();
    expect(classify(model, 'def mul(a, b):\n    return a * b\n').reason).toBeUndefined();
  });

  it('answers unknown when most of the input is unknown to the model (noise)', () => {
    const noise = 'def ' + Array.from({ length: 40 }, (_, i) => `q${(i * 7919).toString(36)}x`).join(' ');
    const result = classify(model, noise);
    expect(result.doc.knownCount).toBeGreaterThan(0);
    expect(result).toMatchObject({ language: null, reason: 'unfamiliar' });
  });

  it('answers unknown for prose when the model learnt prose as Text', () => {
    const prose = [
      'This program is free software: you can redistribute it and modify it.\nSee the notes for details.\n',
      'The quick brown fox jumps over the lazy dog. It was a bright cold day in April.\n',
      'Thanks to everyone who reported bugs and sent patches for this release.\n',
    ].map((text) => ({ text, language: 'Text' }));
    const withProse = trainModel([...TINY_CORPUS, ...prose], { minDocFrequency: 1, alpha: 0.1 });
    const result = classify(withProse, 'It was a cold day and the fox was free to jump over the dog.\n', { top: 2 });
    expect(result).toMatchObject({ language: null, reason: 'prose' });
    expect(result.candidates[0]!.language).toBe('Text');
    expect(classify(withProse, 'def mul(a, b):\n    return a * b\n').language).toBe('Python');
  });

  it('answers unknown for noise learnt as the internal noise class, and never names or ranks that class', () => {
    const noise = textualNoise(48, TRAINING_NOISE_SEED).map(({ text }) => ({ text, language: NOISE }));
    const withNoise = trainModel([...TINY_CORPUS, ...noise], { minDocFrequency: 1, alpha: 0.1 });
    expect(withNoise.languages).toContain(NOISE);
    expect(namedLanguages(withNoise)).toEqual(['JavaScript', 'Python', 'Ruby']);
    // A hex dump it never saw: familiar enough to be scored (not "unfamiliar"), and noise ranks first.
    const hex = textualNoise(6, EVALUATION_NOISE_SEED).find((s) => s.kind === 'hex')!.text;
    const result = classify(withNoise, hex, { top: 5 });
    expect(result).toMatchObject({ language: null, reason: 'noise' });
    expect(result.candidates).toEqual([]);
    // Code is still code, and the noise class is never among its candidates.
    const python = classify(withNoise, 'def mul(a, b):\n    return a * b\n', { top: 5 });
    expect(python.language).toBe('Python');
    expect(python.candidates.map((c) => c.language).sort()).toEqual(['JavaScript', 'Python', 'Ruby']);
  });

  it('answers prose in another language, learnt as the internal class, as prose with its probability on Text', () => {
    const english = [
      'The quick brown fox jumps over the lazy dog. It was a bright cold day in April.\n',
      'Thanks to everyone who reported bugs and sent patches for this release.\n',
      'Please read the manual before you install the package on your system.\n',
    ].map((text) => ({ text, language: PROSE }));
    const german = [
      'Die Datei konnte nicht geöffnet werden, weil sie nicht gefunden wurde.\n',
      'Bitte lesen Sie das Handbuch, bevor Sie das Paket auf Ihrem System installieren.\n',
      'Vielen Dank an alle, die Fehler gemeldet und Korrekturen geschickt haben.\n',
      'Der schnelle braune Fuchs springt über den faulen Hund.\n',
    ].map((text) => ({ text, language: OTHER_PROSE }));
    const both = trainModel([...TINY_CORPUS, ...english, ...german], { minDocFrequency: 1, alpha: 0.1 });
    expect(namedLanguages(both)).toEqual(['JavaScript', 'Python', 'Ruby', 'Text']);
    const result = classify(both, 'Bitte lesen Sie die Fehler, die der Fuchs gemeldet hat.\n', { top: 5 });
    expect(result).toMatchObject({ language: null, reason: 'prose' });
    expect(result.candidates[0]!.language).toBe('Text');
    expect(result.candidates.map((c) => c.language)).not.toContain(OTHER_PROSE);
    // Text's probability holds the other prose's: the candidates' sum is still one.
    expect(result.candidates.reduce((sum, c) => sum + c.probability, 0)).toBeCloseTo(1, 9);
    expect(classify(both, 'It was a bright day to read the manual.\n')).toMatchObject({ language: null, reason: 'prose' });
    expect(classify(both, 'def mul(a, b):\n    return a * b\n').language).toBe('Python');
    // Its lead over the runner-up is explained with the other prose's counts: German words that
    // Text never learnt would otherwise weigh nothing for it.
    const germanText = 'Bitte lesen Sie die Fehler, die der Fuchs gemeldet hat.\n';
    const runnerUp = result.candidates[1]!.language;
    const why = explainDecision(both, germanText, 'Text', runnerUp, 3);
    expect(why).toEqual(explainDecision(both, germanText, OTHER_PROSE, runnerUp, 3));
    expect(why[0]!.weight).toBeGreaterThan(0);
    // English prose is explained with Text's own counts.
    const englishText = 'It was a bright day to read the manual.\n';
    expect(explainDecision(both, englishText, 'Text', runnerUp, 3)).not.toEqual(explainDecision(both, englishText, OTHER_PROSE, runnerUp, 3));
    // Without Text to fold into, the class is still prose.
    const germanOnly = trainModel([...TINY_CORPUS, ...german], { minDocFrequency: 1, alpha: 0.1 });
    expect(classify(germanOnly, 'Bitte lesen Sie die Fehler, die der Fuchs gemeldet hat.\n')).toMatchObject({ language: null, reason: 'prose', candidates: [] });
  });

  it('answers unknown below the confidence threshold', () => {
    const strict = { ...model, params: { ...model.params, minConfidence: 0.999999 } };
    expect(classify(strict, 'puts "hi"\n')).toMatchObject({ language: null, reason: 'low-confidence' });
  });

  it('ranks only the requested candidates', () => {
    const text = 'def mul(a, b):\n    return a * b\n';
    const result = classify(model, text, { candidates: ['Ruby', 'JavaScript'], top: 5 });
    expect(result.candidates.map((c) => c.language).sort()).toEqual(['JavaScript', 'Ruby']);
    expect(result.language).not.toBe('Python');
    expect(classify(model, text, { candidates: ['Haskell'] })).toMatchObject({ language: null, reason: 'no-candidates' });
  });

  it('ranks again among other candidates from the scores it has, as classifying afresh would', () => {
    const text = 'def mul(a, b):\n    return a * b\n';
    const first = classify(model, text);
    const options = { candidates: ['Ruby', 'JavaScript'], top: 5 };
    const again = reclassify(model, first, options);
    expect(again.candidates).toEqual(classify(model, text, options).candidates);
    expect(again.language).toBe(classify(model, text, options).language);
  });

  it('is deterministic: the same corpus gives a byte-identical model', () => {
    const again = trainModel(TINY_CORPUS, { minDocFrequency: 1, alpha: 0.1 });
    expect(Buffer.from(serializeModel(again)).equals(Buffer.from(serializeModel(model)))).toBe(true);
  });

  it('prunes features seen in too few documents', () => {
    const pruned = trainModel(TINY_CORPUS, { minDocFrequency: 3 });
    expect(pruned.featureHashes.length).toBeLessThan(model.featureHashes.length);
    const capped = trainModel(TINY_CORPUS, { minDocFrequency: 1, maxFeatures: 50 });
    expect(capped.featureHashes.length).toBe(50);
  });

  it('keeps what marks a language with few files when the features are capped', () => {
    // Twenty Python files share many features; two Go files have their own, seen in fewer files.
    const python = Array.from({ length: 20 }, (_, i) => ({
      language: 'Python',
      text: `import os\n\ndef f${i}(a, b):\n    return a + b\n\nclass C${i}(object):\n    pass\n`,
    }));
    const go = [
      { language: 'Go', text: 'package main\n\nfunc main() {\n\tfmt.Println("hi")\n}\n' },
      { language: 'Go', text: 'package util\n\nfunc add() {\n\tfmt.Println("sum")\n}\n' },
    ];
    const capped = trainModel([...python, ...go], { minDocFrequency: 2, maxFeatures: 30 });
    expect(capped.featureHashes.length).toBe(30);
    expect(classify(capped, 'func run() {\n\tfmt.Println("go")\n}\n').language).toBe('Go');
    expect(classify(capped, 'def g(a, b):\n    return a + b\n').language).toBe('Python');
  });

  it('extends a model with a new language without the original corpus', () => {
    const trainer = new ModelTrainer({ minDocFrequency: 1 });
    trainer.addModel(model);
    const go = ['package main\n\nfunc main() {\n\tfmt.Println("hi")\n}\n', 'func add(a int, b int) int {\n\treturn a + b\n}\n', 'type Point struct {\n\tX int\n}\n'];
    for (const text of go) trainer.add({ text, language: 'Go' });
    const extended = trainer.build({ alpha: 0.1 });
    expect(extended.languages).toEqual(['Go', 'JavaScript', 'Python', 'Ruby']);
    expect(classify(extended, 'func sub(a int, b int) int {\n\treturn a - b\n}\n').language).toBe('Go');
    expect(classify(extended, 'def mul(a, b):\n    return a * b\n').language).toBe('Python');
  });

  it('explains which features separated winner from runner-up', () => {
    const features = explainDecision(model, 'def mul(a, b):\n    return a * b\n', 'Python', 'Ruby', 5);
    expect(features).toHaveLength(5);
    expect(features[0]!.weight).toBeGreaterThan(0);
    expect(features.map((f) => f.feature).join(' ')).toMatch(/:|return/);
  });
});

describe('smoothing by evidence', () => {
  const compiled = compile(model);
  const { fullBelow, exponent, floor } = EVIDENCE_SMOOTHING;

  it("keeps the model's α for short texts and lessens it as the evidence grows, down to its floor", () => {
    expect(smoothingForEvidence(compiled, 1)).toBe(compiled);
    expect(smoothingForEvidence(compiled, fullBelow)).toBe(compiled);
    const twice = smoothingForEvidence(compiled, 2 * fullBelow);
    // Less smoothing: a seen count weighs more against the unseen.
    expect(twice.weightOfCode[10]!).toBeGreaterThan(compiled.weightOfCode[10]!);
    const atTwice = compile({ ...model, params: { ...model.params, alpha: model.params.alpha * Math.pow(2, -exponent) } });
    expect(twice.weightOfCode[10]!).toBeCloseTo(atTwice.weightOfCode[10]!, 5);
    expect(Array.from(twice.baseWeight)).toEqual(Array.from(atTwice.baseWeight));
    // Made once per step, and the same past the floor.
    expect(smoothingForEvidence(compiled, 2 * fullBelow)).toBe(twice);
    const atFloor = compile({ ...model, params: { ...model.params, alpha: model.params.alpha * floor } });
    expect(smoothingForEvidence(compiled, 1e5).weightOfCode[10]!).toBeCloseTo(atFloor.weightOfCode[10]!, 5);
    expect(smoothingForEvidence(compiled, 1e6)).toBe(smoothingForEvidence(compiled, 1e5));
  });

  it('classifies a long text at the lessened α, and training still scores at the model’s', () => {
    const long = Array.from({ length: 40 }, (_, i) => `def f${i}(a, b):\n    return a * b + ${i}\n`).join('\n');
    const doc = vectorize(compiled, long);
    expect(doc.mass).toBeGreaterThan(2 * fullBelow);
    const lessened = scoreForClassification(compiled, doc);
    expect(Array.from(lessened)).toEqual(Array.from(scoreVector(compiled, doc, smoothingForEvidence(compiled, doc.mass))));
    expect(Array.from(lessened)).not.toEqual(Array.from(scoreVector(compiled, doc)));
    expect(classify(model, long).language).toBe('Python');
  });
});

describe("the leader's bonus", () => {
  const scores = Float64Array.from([-10, -12, -11, -30]);

  it("raises the leader's odds against every other language by e^bonus, and sums to one", () => {
    const plain = toProbabilities(scores, 2);
    const raised = toProbabilities(scores, 2, undefined, 0.7);
    expect(raised.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    for (const l of [1, 2, 3]) expect(raised[0]! / raised[l]!).toBeCloseTo((Math.exp(0.7) * plain[0]!) / plain[l]!, 9);
    // The others keep their odds between them: the ranking is the same.
    expect(raised[2]! / raised[1]!).toBeCloseTo(plain[2]! / plain[1]!, 9);
  });

  it('goes to the leader among the allowed languages', () => {
    const raised = toProbabilities(scores, 2, new Set([1, 2]), 0.7);
    expect(raised[0]).toBe(0);
    expect(raised[2]! / raised[1]!).toBeCloseTo(Math.exp(0.7 + 1 / 2), 9);
  });

  it('is whole up to 32 units of evidence and lessens by (32 / evidence)^exponent past them', () => {
    const params = { leaderBonus: 0.6, leaderBonusExponent: 0.5 };
    expect(leaderBonusAt(params, 5)).toBe(0.6);
    expect(leaderBonusAt(params, 32)).toBe(0.6);
    expect(leaderBonusAt(params, 128)).toBeCloseTo(0.3, 12);
  });

  it('makes the classifier surer of its answer, not another answer', () => {
    const text = 'def mul(a, b):\n    return a * b\n';
    const without = classify(model, text);
    const raised = classify({ ...model, params: { ...model.params, leaderBonus: 1, leaderBonusExponent: 0.5 } }, text);
    expect(raised.language).toBe(without.language);
    expect(raised.confidence).toBeGreaterThan(without.confidence);
    expect(raised.candidates.map((c) => c.language)).toEqual(without.candidates.map((c) => c.language));
  });

  it('is read as 0 from a model file written before it', () => {
    const { leaderBonus: _b, leaderBonusExponent: _e, ...older } = model.params;
    const read = deserializeModel(serializeModel({ ...model, params: older as typeof model.params }));
    expect(read.params.leaderBonus).toBe(0);
    expect(classify(read, 'def f(a):\n    return a\n').confidence).toBe(classify(model, 'def f(a):\n    return a\n').confidence);
  });
});

describe('model file', () => {
  const bytes = serializeModel(model);

  it('round-trips to an identical classifier', () => {
    const loaded = deserializeModel(bytes);
    expect(loaded.languages).toEqual(model.languages);
    expect(serializeModel(loaded)).toEqual(bytes);
    const text = 'class A\n  def b\n  end\nend\n';
    expect(classify(loaded, text).candidates).toEqual(classify(model, text).candidates);
  });

  it('stores each count in one byte (format version 2)', () => {
    expect(new DataView(bytes.buffer).getUint32(4, true)).toBe(2);
    expect(model.entryCodes).toBeInstanceOf(Uint8Array);
  });

  it('reads a format-version-1 file (two-byte counts) as the same model on the one-byte grid', () => {
    // Written by whichlang at 16c5b17 from the same tiny corpus and options.
    const version1 = new Uint8Array(readFileSync(new URL('../fixtures/models/tiny-v1.wlm', import.meta.url)));
    expect(new DataView(version1.buffer, version1.byteOffset).getUint32(4, true)).toBe(1);
    const loaded = deserializeModel(version1);
    expect(loaded.languages).toEqual(model.languages);
    expect([...loaded.featureHashes]).toEqual([...model.featureHashes]);
    expect([...loaded.entryCodes]).toEqual([...model.entryCodes]);
    expect([...loaded.languageTotals]).toEqual([...model.languageTotals]);
    expect(serializeModel(loaded)).toEqual(bytes);
  });

  it('loads from an unaligned buffer', () => {
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes, 1);
    expect(deserializeModel(padded.subarray(1)).languages).toEqual(model.languages);
  });

  const damaged = (mutate: (b: Uint8Array) => Uint8Array): WhichlangError => {
    try {
      deserializeModel(mutate(bytes.slice()), 'm.wlm');
    } catch (error) {
      return error as WhichlangError;
    }
    throw new Error('expected the damaged model to be rejected');
  };

  it.each([
    ['a flipped byte', (b: Uint8Array) => ((b[b.length - 3]! ^= 0x40), b), 'MODEL_CORRUPT', /checksum/],
    ['truncation', (b: Uint8Array) => b.subarray(0, b.length - 100), 'MODEL_CORRUPT', /checksum|truncated/],
    ['not a model', () => new Uint8Array(Buffer.from('hello world, not a model')), 'MODEL_CORRUPT', /magic/],
    ['an empty file', () => new Uint8Array(0), 'MODEL_CORRUPT', /magic/],
    ['a newer format', (b: Uint8Array) => (new DataView(b.buffer).setUint32(4, 99, true), b), 'MODEL_VERSION', /version 99.*upgrade/],
    ['a format older than any release', (b: Uint8Array) => (new DataView(b.buffer).setUint32(4, 0, true), b), 'MODEL_VERSION', /version 0.*retrain/],
  ])('rejects %s with a clear error', (_name, mutate, code, message) => {
    const error = damaged(mutate);
    expect(error).toBeInstanceOf(WhichlangError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/^m\.wlm: /);
    expect(error.message).toMatch(message);
  });
});
