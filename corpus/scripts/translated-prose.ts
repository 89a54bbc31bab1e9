// Adds prose in other human languages than English to the corpus as the internal class
// "(other prose)" (src/model/no-language.ts), pinned to training: runs of the translated messages
// of the training projects' Gettext catalogs (src/evaluate/translated-prose.ts). Without them a
// German or Greek paragraph was named a language, as the corpus's Text is English; learnt as Text
// they cost English prose, learnt apart they do not, and either ranked first is answered as prose.
// Writes the samples to corpus/.cache/generated/prose/ and rewrites the index with them in place
// of any earlier ones; every other record is left as it was, so the held-out splits do not move,
// and the held-out projects' catalogs stay for evaluation. Written for whichlang.
// Usage: npx tsx corpus/scripts/translated-prose.ts [--count 600] [--index index.jsonl]   (run after build-index.ts)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogMessages, TRAINING_PROSE_SEED, translatedProse } from '../../src/evaluate/translated-prose.js';
import { OTHER_PROSE } from '../../src/model/no-language.js';
import { CACHE } from './fetch.js';
import { flag, indexPathFromFlags, otherRecords, writeIndex } from './generated-records.js';

const SOURCE = 'generated:translated-prose';
const DIR = 'generated/prose';
const count = Number(flag('count', '600'));
const indexPath = indexPathFromFlags();

interface IndexRecord {
  readonly path: string;
  readonly language: string;
  readonly source: string;
  readonly split: string;
}
const kept = otherRecords(indexPath, SOURCE);
const catalogs = kept
  .map((line) => JSON.parse(line) as IndexRecord)
  .filter((r) => r.language === 'Gettext Catalog' && r.split === 'train')
  .map((r) => ({ source: r.source, messages: catalogMessages(readFileSync(join(CACHE, r.path), 'utf8')) }));

rmSync(join(CACHE, DIR), { recursive: true, force: true });
mkdirSync(join(CACHE, DIR), { recursive: true });
const records = translatedProse(catalogs, count, TRAINING_PROSE_SEED).map(({ text }, i) => {
  const path = `${DIR}/prose-${String(i).padStart(4, '0')}.txt`;
  writeFileSync(join(CACHE, path), text);
  return JSON.stringify({ path, language: OTHER_PROSE, source: SOURCE, split: 'train', bytes: Buffer.byteLength(text) });
});
writeIndex(indexPath, kept, records, 'translatedProse', { language: OTHER_PROSE, source: SOURCE, split: 'train', files: records.length, catalogs: catalogs.length, seed: TRAINING_PROSE_SEED });
console.log(`translated prose: ${records.length} ${OTHER_PROSE} samples from ${catalogs.length} training catalogs in ${DIR}, ${kept.length} other records kept in ${indexPath}`);
