// Research harness (not part of the product): the validation snippets of one confusion, to read
// what the model saw. Usage:
//   npx tsx scripts/research/confused-snippets.ts --model X --lines 3 --predicted "Protocol Buffer" [--expected C] [--max 20]
// Use a train-only model (scripts/train.ts --no-refit): the shipped one has learnt validation.
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { detectLanguage } from '../../src/detect/index.js';
import { readSnippetArgs } from './snippet-args.js';
import { answerOf, labelledSnippets } from './labelled-snippets.js';

const args = readSnippetArgs('3', { predicted: '', expected: '', max: '20' });
const { predicted, expected } = args.extra;
const files = listLabelledFiles(args.index, { split: 'validation' }).filter((f) => expected === '' || f.language === expected);
let shown = 0;
let total = 0;
for (const s of labelledSnippets(files, args.lines[0] as number)) {
  if (expected !== '' && s.expected !== expected) continue;
  const answer = answerOf(detectLanguage(args.model, s.snippet, { contentOnly: true }));
  if (answer === s.expected || (predicted !== '' && answer !== predicted)) continue;
  total++;
  if (shown++ >= Number(args.extra.max)) continue;
  console.log(`--- ${s.expected} -> ${answer}  ${s.file.key}\n${s.snippet}`);
}
console.log(`${total} such snippets`);
