// Adds generated textual noise (base64, hex dumps, random tokens, UUIDs, gibberish; see
// src/evaluate/noise.ts) to the corpus as the internal class "(noise)" (src/model/no-language.ts),
// pinned to training: the model learns that such text is no language, answered null, while Text
// keeps its counts for prose. Writes the samples to
// corpus/.cache/generated/noise/ and rewrites the index with them in place of any earlier ones;
// every other record is left as it was, so the held-out splits do not move. Written for whichlang.
// Usage: npx tsx corpus/scripts/noise.ts [--count 600] [--index index.jsonl]   (run after build-index.ts)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textualNoise, TRAINING_NOISE_SEED } from '../../src/evaluate/noise.js';
import { NOISE } from '../../src/model/no-language.js';
import { CACHE } from './fetch.js';
import { flag, indexPathFromFlags, otherRecords, writeIndex } from './generated-records.js';

const SOURCE = 'generated:noise';
const DIR = 'generated/noise';

// 600 samples: on a train-only model (session 23, validation) 97% of 1,200 held-out noise texts
// (whole and 1, 3, 10 lines) were answered null, against 6% without. Learnt as Text they cost
// prose (Text recall 95.0% -> 88.75%) and code a little (10 lines 88.01 -> 87.86); as "(noise)"
// (session 24) neither: 96.63 / 76.20 / 88.02 at whole, 3 and 10 lines, Text 95.0%.
const count = Number(flag('count', '600'));
const indexPath = indexPathFromFlags();

rmSync(join(CACHE, DIR), { recursive: true, force: true });
mkdirSync(join(CACHE, DIR), { recursive: true });
const records = textualNoise(count, TRAINING_NOISE_SEED).map(({ kind, text }, i) => {
  const path = `${DIR}/${kind}-${String(i).padStart(4, '0')}.txt`;
  writeFileSync(join(CACHE, path), text);
  return JSON.stringify({ path, language: NOISE, source: SOURCE, split: 'train', bytes: Buffer.byteLength(text) });
});
const kept = otherRecords(indexPath, SOURCE);
// The summary build-index.ts wrote counts the index's files: say these were added after it.
writeIndex(indexPath, kept, records, 'generatedNoise', { language: NOISE, source: SOURCE, split: 'train', files: records.length, seed: TRAINING_NOISE_SEED });
console.log(`noise: ${records.length} generated ${NOISE} samples in ${DIR}, ${kept.length} other records kept in ${indexPath}`);
