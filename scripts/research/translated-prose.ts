// Research harness (not part of the product): how often a model answers prose in other human
// languages as no language (null, or Text ranked first), from the translated messages of one
// split's Gettext catalogs (src/evaluate/translated-prose.ts), whole samples and first lines.
// Usage: npx tsx scripts/research/translated-prose.ts --model M.wlm [--split validation] [--count 400]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { catalogMessages, translatedProse } from '../../src/evaluate/translated-prose.js';
import { detectLanguage } from '../../src/detect/pipeline.js';
import { readModelFile } from '../../src/node/model-file.js';
import { listLabelledFiles } from '../../src/node/labelled-files.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'models/default.wlm' },
    split: { type: 'string', default: 'validation' },
    count: { type: 'string', default: '400' },
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
  },
});
const model = readModelFile(values.model as string);
const catalogs = listLabelledFiles(values.index as string, { split: values.split as string })
  .filter((f) => f.language === 'Gettext Catalog')
  .map((f) => ({ source: f.source ?? f.path, messages: catalogMessages(readFileSync(f.path, 'utf8')) }));
// Another seed than the corpus's (1), though the held-out splits' catalogs are other projects anyway.
const samples = translatedProse(catalogs, Number(values.count), 99);
for (const lines of [0, 1, 3]) {
  const named = new Map<string, number>();
  let none = 0;
  for (const { text } of samples) {
    const input = lines === 0 ? text : text.split('\n').slice(0, lines).join('\n') + '\n';
    const d = detectLanguage(model, input, { contentOnly: true });
    if (d.language === null) none++;
    else named.set(d.language, (named.get(d.language) ?? 0) + 1);
  }
  const top = [...named].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([l, n]) => `${l} ${n}`).join(', ');
  console.log(`${lines === 0 ? 'whole' : `${lines} line(s)`}: ${none} of ${samples.length} answered null (${((100 * none) / samples.length).toFixed(1)}%); named: ${top}`);
}
console.log(`${catalogs.length} catalogs from ${new Set(catalogs.map((c) => c.source)).size} projects (${values.split})`);
