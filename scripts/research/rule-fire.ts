// Research harness (not part of the product): how often each rule of extension-syntax.ts fires
// on texts of the very language it rules out, on the training split: whole files and N-line
// snippets cut and labelled as `npm run eval` cuts and labels them. A rule that fires there
// would take right answers away; this is the count each rule's comment gives. Usage:
//   npx tsx scripts/research/rule-fire.ts [--lines 0,3,10] [--only D,Dart] [--per-language 400]
import { parseArgs } from 'node:util';
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { EXTENSION_SYNTAX } from '../../src/languages/extension-syntax.js';
import { extensionShown } from '../../src/languages/content-languages.js';
import { labelledSnippets } from './labelled-snippets.js';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '0,3,10' },
    only: { type: 'string', default: '' },
    'per-language': { type: 'string', default: '400' },
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
  },
});
const only = new Set(String(values.only).split(',').filter((l) => l !== ''));
const languages = Object.keys(EXTENSION_SYNTAX).filter((l) => only.size === 0 || only.has(l));
const perLanguage = Number(values['per-language']);
const files = listLabelledFiles(String(values.index), { split: 'train' });

for (const language of languages) {
  // Every k-th file, so a language's projects are all sampled.
  const own = files.filter((f) => f.language === language);
  const step = Math.max(1, Math.floor(own.length / perLanguage));
  const sample = own.filter((_, i) => i % step === 0);
  const cells: string[] = [];
  for (const lines of String(values.lines).split(',').map(Number)) {
    let n = 0;
    let fired = 0;
    const examples: string[] = [];
    for (const { file, snippet, expected } of labelledSnippets(sample, lines)) {
      if (expected !== language) continue;
      n++;
      const rule = extensionShown(language, snippet);
      if (rule === undefined) continue;
      fired++;
      if (examples.length < 3) examples.push(file.path.split('/').slice(-2).join('/'));
    }
    cells.push(`${lines === 0 ? 'whole' : `${lines} lines`} ${fired}/${n}${examples.length > 0 ? ` (${examples.join(', ')})` : ''}`);
  }
  console.log(`${language}: ${cells.join('; ')}`);
}
