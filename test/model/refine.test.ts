import { describe, expect, it } from 'vitest';
import { classify, ModelTrainer, serializeModel } from '../../src/model/index.js';
import { refineCounts, type RefineDocument } from '../../src/model/refine.js';
import { decodeCount } from '../../src/model/count-codec.js';
import type { ModelData } from '../../src/model/types.js';

// Two made-up languages that share words: "Alpha" files lean on `shared`, and so does a "Beta"
// dialect that lacks Beta's own words and borrows Alpha's. Plain naive Bayes credits `shared` to
// Alpha and gets those Beta files wrong; refinement moves the counts until it does not.
const alpha = Array.from({ length: 12 }, (_, i) => `shared shared shared alpha${i % 3} onlyalpha`);
const beta = Array.from({ length: 12 }, (_, i) => `shared betaword beta${i % 3}`);
const betaDialect = Array.from({ length: 4 }, (_, i) => `shared shared shared shared alpha${i % 2}`);
const documents = [
  ...alpha.map((text) => ({ text, language: 'Alpha' })),
  ...beta.map((text) => ({ text, language: 'Beta' })),
  ...betaDialect.map((text) => ({ text, language: 'Beta' })),
];

function train(): { model: ModelData; trainer: ModelTrainer } {
  const trainer = new ModelTrainer({ minDocFrequency: 1, alpha: 0.1, minEvidence: 0, keepDocuments: true, features: { bigrams: false, positions: false } });
  for (const doc of documents) trainer.add(doc);
  return { model: trainer.build(), trainer };
}

function trainingAccuracy(model: ModelData): number {
  return documents.filter((d) => classify(model, d.text).language === d.language).length / documents.length;
}

describe('refineCounts', () => {
  it('keeps every document it was given, as counted', () => {
    const { trainer } = train();
    expect(trainer.documents()).toHaveLength(documents.length);
    expect(trainer.documents()[0]?.language).toBe('Alpha');
    expect(new ModelTrainer().documents()).toHaveLength(0);
  });

  it('fixes training documents naive Bayes gets wrong, without breaking the others', () => {
    const { model, trainer } = train();
    const before = trainingAccuracy(model);
    expect(classify(model, betaDialect[0] as string).language).toBe('Alpha');
    const epochs: number[] = [];
    const refined = refineCounts(model, trainer.documents(), { epochs: 8, rate: 1, onEpoch: (_e, accuracy) => epochs.push(accuracy) });
    expect(epochs).toHaveLength(8);
    expect(epochs[0]).toBeCloseTo(before, 9);
    expect(classify(refined, betaDialect[0] as string).language).toBe('Beta');
    expect(trainingAccuracy(refined)).toBe(1);
    expect(before).toBeLessThan(1);
  });

  it('leaves the model alone when there is nothing to correct or no epochs', () => {
    const { model, trainer } = train();
    const unchanged = refineCounts(model, trainer.documents(), { epochs: 0, rate: 1 });
    expect(serializeModel(unchanged)).toEqual(serializeModel(model));
    const easy = trainer.documents().filter((d) => d.language === 'Alpha');
    const refined = refineCounts(model, easy, { epochs: 2, rate: 1, temperature: 0.01, temperatureExponent: 0 });
    expect(serializeModel(refined)).toEqual(serializeModel(model));
  });

  it('keeps counts non-negative, totals consistent and the result deterministic', () => {
    const { model, trainer } = train();
    const a = refineCounts(model, trainer.documents(), { epochs: 5, rate: 4 });
    const b = refineCounts(model, trainer.documents(), { epochs: 5, rate: 4 });
    expect(serializeModel(a)).toEqual(serializeModel(b));
    const totals = new Float64Array(a.languages.length);
    a.entryCodes.forEach((code, e) => {
      expect(decodeCount(code)).toBeGreaterThan(0);
      totals[a.entryLanguage[e] as number] = (totals[a.entryLanguage[e] as number] as number) + decodeCount(code);
    });
    totals.forEach((t, l) => expect(a.languageTotals[l]).toBeCloseTo(t, 6));
    expect(a.rowStart[a.rowStart.length - 1]).toBe(a.entryCodes.length);
  });

  it('learns a count-only document but never refines by it', () => {
    const { model, trainer } = train();
    // A copy of a Beta document, counted only: refined by, it would move the counts a second time.
    const [betaWords] = trainer.documents().filter((d) => d.language === 'Beta');
    const countOnly: RefineDocument = { ...(betaWords as RefineDocument), countOnly: true };
    const options = { epochs: 3, rate: 2 };
    const epochs: number[] = [];
    const withIt = refineCounts(model, [...trainer.documents(), countOnly], { ...options, onEpoch: (_e, acc) => epochs.push(acc) });
    expect(serializeModel(withIt)).toEqual(serializeModel(refineCounts(model, trainer.documents(), options)));
    expect(epochs[0]).toBeCloseTo(trainingAccuracy(model), 9);
    // The trainer counts its features, yet it is no document of its own.
    const counted = new ModelTrainer({ minDocFrequency: 1, features: { bigrams: false, positions: false } });
    counted.addCounted(countOnly);
    const learnt = counted.build();
    expect(Array.from(learnt.languageDocs)).toEqual([0]);
    expect(learnt.featureHashes.length).toBe(countOnly.hashes.length);
  });

  it('ignores documents of languages the model does not know', () => {
    const { model, trainer } = train();
    const alien = { hashes: Uint32Array.of(1, 2, 3), weights: Float32Array.of(1, 1, 1), language: 'Gamma' };
    const epochs: number[] = [];
    refineCounts(model, [...trainer.documents(), alien], { epochs: 1, rate: 1, onEpoch: (_e, acc) => epochs.push(acc) });
    expect(epochs[0]).toBeCloseTo(trainingAccuracy(model), 9);
  });
});
