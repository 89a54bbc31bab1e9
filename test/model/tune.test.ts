import { describe, expect, it } from 'vitest';
import { trainModel } from '../../src/model/train.js';
import { classify } from '../../src/model/classify.js';
import { compile } from '../../src/model/compiled.js';
import { effectiveTemperature, leaderBonusAt, scoreForClassification, vectorize } from '../../src/model/score.js';
import { fitCalibration, LEADER_BONUS_EXPONENTS, tuneAlpha, tuneMinConfidence } from '../../src/model/tune.js';
import { NOISE, PROSE } from '../../src/model/no-language.js';
import { EVALUATION_NOISE_SEED, TRAINING_NOISE_SEED, textualNoise } from '../../src/evaluate/noise.js';

const corpus = [
  { language: 'C', text: '#include <stdio.h>\nint main(void) { printf("x"); return 0; }' },
  { language: 'C', text: 'static int add(int a, int b) { return a + b; }\nstruct p { int x; };' },
  { language: 'Python', text: 'def main():\n    print("x")\n    return 0\n' },
  { language: 'Python', text: 'import os\nclass Thing:\n    def __init__(self):\n        self.x = 1\n' },
];
const model = trainModel(corpus);

const known = [
  { language: 'C', text: 'int sub(int a, int b) { return a - b; }' },
  { language: 'Python', text: 'def sub(a, b):\n    return a - b\n' },
];
// Neither C nor Python: tokens the model has barely seen, so its best guess is a coin toss.
const unknown = [
  { language: 'Haskell', text: 'module Main where\nmain :: IO ()\nmain = putStrLn "x"' },
  { language: 'Prolog', text: 'parent(tom, bob).\nancestor(X, Y) :- parent(X, Y).' },
];

describe('tuning on validation data', () => {
  it('picks the smoothing with the best validation accuracy', () => {
    const tuned = tuneAlpha(model, known, [0.01, 0.1, 1]);
    expect(tuned.tried.map(([a]) => a)).toEqual([0.01, 0.1, 1]);
    expect(tuned.accuracy).toBe(Math.max(...tuned.tried.map(([, acc]) => acc)));
    expect(tuned.accuracy).toBe(1);
  });

  it('fits a temperature that makes the right answers likelier than T = 1 does', () => {
    const fitted = fitCalibration(model, [...known, ...known]);
    expect(fitted.temperature).toBeGreaterThan(0);
    expect(Number.isFinite(fitted.nll)).toBe(true);
  });

  it('fits the temperature and leader’s bonus that minimise the softmax’s validation NLL', () => {
    // Four languages, so that the temperature shapes the runners-up while the bonus lifts the
    // leader; texts labelled against their content keep the best temperature away from 0.
    const four = trainModel([
      ...corpus,
      { language: 'Ruby', text: 'def main\n  puts "x"\nend\nclass Thing\n  attr_reader :x\nend\n' },
      { language: 'Ruby', text: 'require "set"\nmodule M\n  def self.run(a)\n    a.each { |x| puts x }\n  end\nend\n' },
      { language: 'Go', text: 'package main\nimport "fmt"\nfunc main() {\n\tfmt.Println("x")\n}\n' },
      { language: 'Go', text: 'func add(a int, b int) int {\n\treturn a + b\n}\ntype p struct { x int }\n' },
    ]);
    const docs = [
      ...known,
      { language: 'Ruby', text: 'def sub(a, b)\n  a - b\nend\n' },
      { language: 'Go', text: 'func sub(a int, b int) int {\n\treturn a - b\n}\n' },
      { language: 'Python', text: 'int mul(int a, int b) { return a * b; }' },
      { language: 'Ruby', text: 'def f(self):\n    return 0' },
      { language: 'C', text: 'return a + b;' },
      { language: 'Go', text: 'return a, nil' },
      { language: 'Python', text: 'x = a.each' },
      // Ranked among two languages only, as content rules may leave it.
      { language: 'Go', text: 'x = a.each', candidates: ['Go', 'Ruby'] },
    ];
    const compiled = compile(four);
    // The softmax written out here, not toProbabilities: the leader's weight is e^bonus.
    const plainNll = (params: { temperature: number; temperatureExponent: number; leaderBonus: number; leaderBonusExponent: number }): number => {
      let sum = 0;
      for (const d of docs) {
        const doc = vectorize(compiled, d.text);
        const among = (l: number): boolean => !('candidates' in d) || (d.candidates as string[]).includes(four.languages[l] as string);
        const scores = [...scoreForClassification(compiled, doc)].map((s, l) => (among(l) ? s : -Infinity));
        const top = Math.max(...scores);
        const leader = scores.indexOf(top);
        const weights = scores.map((s, l) => (!among(l) ? 0 : l === leader ? Math.exp(leaderBonusAt(params, doc.mass)) : Math.exp((s - top) / effectiveTemperature(params, doc.mass))));
        sum -= Math.log((weights[four.languages.indexOf(d.language)] as number) / weights.reduce((a, b) => a + b));
      }
      return sum / docs.length;
    };
    const fitted = fitCalibration(four, docs);
    expect(fitted.nll).toBeCloseTo(plainNll(fitted), 9);
    expect(fitted.leaderBonus).toBeGreaterThan(0);
    for (const factor of [0.9, 1.1]) expect(plainNll({ ...fitted, temperature: fitted.temperature * factor })).toBeGreaterThan(fitted.nll);
    for (const shift of [-0.1, 0.1]) expect(plainNll({ ...fitted, leaderBonus: fitted.leaderBonus + shift })).toBeGreaterThan(fitted.nll);
    // The bonus's exponent is the grid's best: at the fitted T and bonus, no other does better.
    expect(LEADER_BONUS_EXPONENTS).toContain(fitted.leaderBonusExponent);
    for (const leaderBonusExponent of LEADER_BONUS_EXPONENTS) expect(plainNll({ ...fitted, leaderBonusExponent })).toBeGreaterThanOrEqual(fitted.nll - 1e-12);
    expect(plainNll({ ...fitted, leaderBonus: 0 })).toBeGreaterThan(fitted.nll);
  });

  it('scores the same texts afresh for a model with another vocabulary (vectors are kept per vocabulary)', () => {
    // Tuned once on `model`, whose vectors of `known` are then kept; a model that knows only
    // Python's features must not reuse them: C's text means nothing to it.
    expect(tuneAlpha(model, known, [0.1]).accuracy).toBe(1);
    const pythonOnly = trainModel([...corpus.filter((d) => d.language === 'Python'), { language: 'C', text: 'x' }], { minDocFrequency: 1 });
    const expected = known.filter((d) => classify({ ...pythonOnly, params: { ...pythonOnly.params, minEvidence: 0, minKnownShare: 0 } }, d.text).language === d.language).length / 2;
    expect(tuneAlpha(pythonOnly, known, [pythonOnly.params.alpha]).accuracy).toBe(expected);
    expect(expected).toBeLessThan(1);
  });

  it('keeps every answer when no unknown-language files are given', () => {
    expect(tuneMinConfidence(model, known).minConfidence).toBe(0);
  });

  it('raises the unknown threshold when that turns wrong names for unknown languages into nulls', () => {
    // At T = 1 the known files come out near-certain and the unknown ones at about 0.66 and 0.52.
    const plain = { ...model, params: { ...model.params, temperature: 1, temperatureExponent: 0 } };
    const tuned = tuneMinConfidence(plain, [...known, ...unknown], [0, 0.6, 0.9]);
    expect(tuned.tried).toEqual([
      [0, 0.5],
      [0.6, 0.75],
      [0.9, 1],
    ]);
    expect(tuned.minConfidence).toBe(0.9);
  });

  it('counts prose and noise ranked first as the null they are answered, whatever the threshold', () => {
    const prose = ['The quick brown fox jumps over the lazy dog while we wait.\n', 'Thanks to everyone who sent patches and reported bugs.\n'];
    const taught = trainModel([
      ...corpus,
      ...prose.map((text) => ({ language: PROSE, text })),
      ...textualNoise(48, TRAINING_NOISE_SEED).map(({ text }) => ({ language: NOISE, text })),
    ]);
    const plain = { ...taught, params: { ...taught.params, temperature: 1, temperatureExponent: 0 } };
    // A held-out hex dump (a "language" the model does not know) is answered null: noise ranks first.
    const hex = textualNoise(6, EVALUATION_NOISE_SEED).find((s) => s.kind === 'hex')!.text;
    expect(classify(plain, hex)).toMatchObject({ language: null, reason: 'noise', candidates: [] });
    const docs = [...known, { language: 'Hex dump', text: hex }, { language: PROSE, text: 'We thank the fox and the dog for their patches.\n' }];
    // Every answer is right at every threshold up to the known files' confidence: the noise and
    // the prose are null already, so no threshold is needed to null them, and none may be counted
    // against the prose file.
    const tuned = tuneMinConfidence(plain, docs, [0, 0.5]);
    expect(tuned.tried).toEqual([
      [0, 1],
      [0.5, 1],
    ]);
    expect(tuned.minConfidence).toBe(0);
  });

  it('keeps the lower threshold when a higher one wins by less than a standard error', () => {
    const plain = { ...model, params: { ...model.params, temperature: 1, temperatureExponent: 0 } };
    // Confidently wrong answers no threshold can fix (C labelled Python) make the gain of
    // nulling the one unknown file (confidence about 0.52) smaller than the noise.
    const mislabelled = Array.from({ length: 3 }, () => ({ language: 'Python', text: known[0]!.text }));
    const docs = [...Array.from({ length: 10 }, () => known).flat(), ...mislabelled, unknown[1]!];
    const tuned = tuneMinConfidence(plain, docs, [0, 0.6, 0.9]);
    expect(tuned.tried[0]).toEqual([0, 20 / 24]);
    expect(tuned.tried[1]).toEqual([0.6, 21 / 24]);
    expect(tuned.minConfidence).toBe(0);
    expect(tuned.accuracy).toBe(20 / 24);
  });
});
