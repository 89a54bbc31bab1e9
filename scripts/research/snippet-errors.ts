// Research harness (not part of the product): where a model's snippet errors are. For N-line
// snippets of validation files (cut as `npm run eval` cuts them) it prints accuracy, top-k
// accuracy, accuracy by kind of snippet (code, comments only, punctuation only) and by evidence,
// and, for every tenth training file, accuracy on the window the trainer learnt and on one it
// never saw: the gap between those and validation is what unseen projects cost. Usage:
//   npx tsx scripts/research/snippet-errors.ts --model X [--lines 3]
// Use a train-only model (scripts/train.ts --no-refit): the shipped one has learnt validation.
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { readSnippetArgs } from './snippet-args.js';
import { detectLanguage } from '../../src/detect/index.js';
import { classify } from '../../src/model/classify.js';
import { trainingWindowId } from '../../src/node/train-files.js';
import { answerOf, labelledSnippets } from './labelled-snippets.js';

const args = readSnippetArgs('3');
const model = args.model;
const lines = args.lines[0] as number;
const corpus = listLabelledFiles(args.index);

/** Comment markers of the common languages, at a line's start. */
const COMMENT_LINE = /^(?:\/\/|#|\*|\/\*|--|;|%|\(\*|\{-|<!--)/;
const PUNCTUATION_LINE = /^[\s{}()[\];,.]*$/;

function kindOf(snippet: string): string {
  const nonBlank = snippet.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (nonBlank.every((l) => PUNCTUATION_LINE.test(l))) return 'punctuation only';
  if (nonBlank.every((l) => COMMENT_LINE.test(l) || PUNCTUATION_LINE.test(l))) return 'comments only';
  return 'code';
}

class Tally {
  private readonly groups = new Map<string, { n: number; right: number }>();
  add(group: string, right: boolean): void {
    const g = this.groups.get(group) ?? { n: 0, right: 0 };
    g.n++;
    if (right) g.right++;
    this.groups.set(group, g);
  }
  print(title: string): void {
    const total = [...this.groups.values()].reduce((s, g) => s + g.n, 0);
    const wrong = [...this.groups.values()].reduce((s, g) => s + g.n - g.right, 0);
    console.log(title);
    for (const [group, g] of this.groups) {
      const share = ((100 * g.n) / total).toFixed(1);
      const errors = ((100 * (g.n - g.right)) / Math.max(1, wrong)).toFixed(1);
      console.log(`  ${group.padEnd(18)} ${String(g.n).padStart(6)} snippets (${share}%), ${((100 * g.right) / g.n).toFixed(1)}% right, ${errors}% of the errors`);
    }
  }
}

const byKind = new Tally();
const byMass = new Tally();
const topK = new Array<number>(5).fill(0);
let total = 0;
let right = 0;
for (const { snippet, expected } of labelledSnippets(corpus.filter((f) => f.split === 'validation'), lines)) {
  const detection = detectLanguage(model, snippet, { contentOnly: true, top: 5 });
  const ok = answerOf(detection) === expected;
  const rank = detection.candidates.findIndex((c) => c.language === expected);
  for (let k = 0; k < topK.length; k++) if (ok || (rank >= 0 && rank <= k)) topK[k] = (topK[k] as number) + 1;
  total++;
  if (ok) right++;
  byKind.add(kindOf(snippet), ok);
  const mass = classify(model, snippet).doc.mass;
  byMass.add(mass < 8 ? 'evidence < 8' : mass < 16 ? 'evidence 8–16' : mass < 32 ? 'evidence 16–32' : 'evidence ≥ 32', ok);
}
console.log(`${lines}-line validation snippets: ${total}, ${((100 * right) / total).toFixed(2)}% right`);
console.log(`top 1–5: ${topK.map((n) => ((100 * n) / total).toFixed(1)).join(' / ')}%`);
byKind.print('by kind');
byMass.print('by evidence (damped feature occurrences the model knows)');

// Training files: the window the trainer cut (same id as src/node/train-files.ts) and another.
let seen = 0;
let unseen = 0;
let sampled = 0;
const sample = corpus.filter((f) => f.split === 'train' && model.languages.includes(f.language)).filter((_, i) => i % 10 === 0);
const unlearnt = new Map([...labelledSnippets(sample, lines, (f) => `${f.key}#not-learnt${lines}`)].map((s) => [s.file.key, s]));
for (const learnt of labelledSnippets(sample, lines, (f) => trainingWindowId(f.key, lines))) {
  const other = unlearnt.get(learnt.file.key);
  if (!other) continue;
  sampled++;
  if (answerOf(detectLanguage(model, learnt.snippet, { contentOnly: true })) === learnt.expected) seen++;
  if (answerOf(detectLanguage(model, other.snippet, { contentOnly: true })) === other.expected) unseen++;
}
console.log(`training files (${sampled}, every tenth): learnt window ${((100 * seen) / sampled).toFixed(2)}%, another window ${((100 * unseen) / sampled).toFixed(2)}%`);
