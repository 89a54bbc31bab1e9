// The refinement on worker threads: the same counts as on one thread, from real workers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelTrainer, serializeModel } from '../../src/model/index.js';
import { refineCounts } from '../../src/model/refine.js';
import { startRefineThreads, type StartedRefineThreads } from '../../src/node/refine-threads.js';
import { TINY_CORPUS } from '../tiny-corpus.js';

function trained() {
  const trainer = new ModelTrainer({ minDocFrequency: 1, alpha: 0.1, minEvidence: 0, keepDocuments: true });
  // Snippets of each text as well, so that some documents are wrong and the counts move.
  for (const doc of TINY_CORPUS) {
    trainer.add(doc);
    for (const line of doc.text.split('\n').filter((l) => l.trim() !== '')) trainer.add({ text: line, language: doc.language });
  }
  return { model: trainer.build(), documents: trainer.documents() };
}

describe('startRefineThreads', () => {
  let threads: StartedRefineThreads;
  beforeAll(async () => {
    threads = await startRefineThreads(3);
  });
  afterAll(async () => {
    await threads.close();
  });

  it('refines to the same counts on three threads as on one, epoch after epoch', () => {
    const { model, documents } = trained();
    const oneAccuracy: number[] = [];
    const threeAccuracy: number[] = [];
    const one = refineCounts(model, documents, { epochs: 4, rate: 2, onEpoch: (_e, a) => oneAccuracy.push(a) });
    const three = refineCounts(model, documents, { epochs: 4, rate: 2, threads, onEpoch: (_e, a) => threeAccuracy.push(a) });
    expect(threeAccuracy).toEqual(oneAccuracy);
    expect(Buffer.from(serializeModel(three)).equals(Buffer.from(serializeModel(model)))).toBe(false);
    expect(Buffer.from(serializeModel(three)).equals(Buffer.from(serializeModel(one)))).toBe(true);
  });

  it('takes a new job for each refinement', () => {
    const { model, documents } = trained();
    const first = refineCounts(model, documents.slice(0, 10), { epochs: 2, rate: 2, threads });
    const second = refineCounts(model, documents, { epochs: 2, rate: 2, threads });
    expect(serializeModel(second)).toEqual(serializeModel(refineCounts(model, documents, { epochs: 2, rate: 2 })));
    expect(serializeModel(first)).toEqual(serializeModel(refineCounts(model, documents.slice(0, 10), { epochs: 2, rate: 2 })));
  });

  it('works with a single thread (no workers)', async () => {
    const single = await startRefineThreads(1);
    const { model, documents } = trained();
    expect(serializeModel(refineCounts(model, documents, { epochs: 2, rate: 2, threads: single }))).toEqual(
      serializeModel(refineCounts(model, documents, { epochs: 2, rate: 2 })),
    );
    await single.close();
  });
});
