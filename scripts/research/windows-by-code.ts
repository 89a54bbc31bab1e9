// Research harness (not part of the product): how right snippets are by how much code they hold.
// Cuts the evaluation's 3- and 10-line windows from the validation files, counts the tokens outside
// comments (words, operators, numbers, strings, directives; license words blanked), and reports
// accuracy and top-3 per band. Session 13 used it to see how much of the snippet gap is windows
// with nothing to go on. Usage:
//   npx tsx scripts/research/windows-by-code.ts --model /tmp/train-only.wlm
import { parseArgs } from 'node:util';
import { detectLanguage } from '../../src/detect/pipeline.js';
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { readModelFile } from '../../src/node/model-file.js';
import { TokenKind } from '../../src/tokenizer/kinds.js';
import { withoutLicenseWords } from '../../src/tokenizer/license.js';
import { scan } from '../../src/tokenizer/scan.js';
import { answerOf, labelledSnippets } from './labelled-snippets.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
    split: { type: 'string', default: 'validation' },
  },
});
const model = readModelFile(values.model as string);
const files = listLabelledFiles(values.index as string, { split: values.split as string });
const CODE_KINDS = new Set<string>([TokenKind.Word, TokenKind.Punct, TokenKind.Number, TokenKind.String, TokenKind.Directive]);
const BANDS = [0, 1, 4, 8, 16, 32, Infinity];

function codeTokens(text: string): number {
  let n = 0;
  scan(withoutLicenseWords(text), { token: (kind) => void (CODE_KINDS.has(kind) && n++), newline: () => {} });
  return n;
}

for (const lines of [3, 10]) {
  const total = BANDS.map(() => 0);
  const right = BANDS.map(() => 0);
  const top3 = BANDS.map(() => 0);
  for (const { snippet, expected } of labelledSnippets(files, lines)) {
    const d = detectLanguage(model, snippet, { contentOnly: true });
    const predicted = answerOf(d);
    const n = codeTokens(snippet);
    const band = BANDS.findIndex((low, i) => n >= low && n < (BANDS[i + 1] as number));
    total[band]!++;
    if (predicted === expected) right[band]!++;
    if (d.candidates.slice(0, 3).some((c) => c.language === expected)) top3[band]!++;
  }
  const all = total.reduce((a, b) => a + b, 0);
  console.log(`${lines} lines: ${all} windows`);
  for (let i = 0; i < BANDS.length - 1; i++) {
    if (total[i] === 0) continue;
    const range = BANDS[i + 1] === Infinity ? `${BANDS[i]}+` : `${BANDS[i]}–${(BANDS[i + 1] as number) - 1}`;
    const pct = (x: number): string => ((100 * x) / total[i]!).toFixed(1);
    console.log(`  ${range} code tokens: ${((100 * total[i]!) / all).toFixed(1)}% of windows, right ${pct(right[i]!)}%, top-3 ${pct(top3[i]!)}%`);
  }
}
