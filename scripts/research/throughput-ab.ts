// Research harness (not part of the product): one-core classification throughput of two or more
// models over the bench set, their passes alternating in one process, so that the machine's
// hour-to-hour swings (5-10%, more on a slow hour) fall on every model alike. `npm run bench`
// times one model; this tells whether a new model is slower, or only the hour. Usage:
//   npx tsx scripts/research/throughput-ab.ts A.wlm B.wlm [--passes 6] [--files 2000]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchSet } from '../../bench/bench-set.js';
import { classify } from '../../src/model/classify.js';
import { deserializeModel } from '../../src/model/serialize.js';
import { readTextPrefix } from '../../src/node/labelled-files.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { passes: { type: 'string', default: '6' }, files: { type: 'string', default: '2000' }, index: { type: 'string', default: 'corpus/.cache/index.jsonl' } },
});
if (positionals.length < 2) throw new Error('usage: throughput-ab.ts A.wlm B.wlm [...]');
const files = benchSet(values.index, 'test', Number(values.files));
const texts = files.map((f) => readTextPrefix(f.path));
const models = positionals.map((path) => ({ path, model: deserializeModel(readFileSync(path)), rates: [] as number[] }));
for (const { model } of models) classify(model, texts[0] ?? '');
for (let pass = 0; pass < Number(values.passes); pass++) {
  for (const m of models) {
    const t0 = performance.now();
    for (const text of texts) classify(m.model, text);
    m.rates.push(Math.round(files.length / ((performance.now() - t0) / 1000)));
  }
}
for (const m of models) {
  const sorted = [...m.rates].sort((a, b) => a - b);
  console.log(`${m.path}: median ${sorted[Math.floor(sorted.length / 2)]} files/s (passes ${m.rates.join(', ')})`);
}
