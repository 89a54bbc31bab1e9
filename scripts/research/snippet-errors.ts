// Research harness (not part of the product): where a model's snippet errors are. For N-line
// snippets of validation files (cut as `npm run eval` cuts them) it prints accuracy, top-k
// accuracy, accuracy by kind of snippet (code, comments only, punctuation only) and by evidence,
// and, for every tenth training file, accuracy on the window the trainer learnt and on one it
// never saw: the gap between those and validation is what unseen projects cost. Usage:
//   npx tsx scripts/research/snippet-errors.ts --model X [--lines 3]
// Use a train-only model (scripts/train.ts --no-refit): the shipped one has learnt validation.
import { parseArgs } from 'node:util';
import { listLabelledFiles, readTextPrefix } from '../../src/node/labelled-files.js';
import { readModelFile } from '../../src/node/model-file.js';
import { snippetOf } from '../../src/evaluate/snippets.js';
import { contentLanguage } from '../../src/languages/content-languages.js';
import { detectLanguage } from '../../src/detect/index.js';
import { classify, PROSE } from '../../src/model/classify.js';
import type { Detection } from '../../src/detect/pipeline.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    lines: { type: 'string', default: '3' },
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
  },
});
if (!values.model) throw new Error('--model is required');
const model = readModelFile(values.model);
const lines = Number(values.lines);
const corpus = listLabelledFiles(values.index as string);

/** Comment markers of the common languages, at a line's start. */
const COMMENT_LINE = /^(?:\/\/|#|\*|\/\*|--|;|%|\(\*|\{-|<!--)/;
const PUNCTUATION_LINE = /^[\s{}()[\];,.]*$/;

function kindOf(snippet: string): string {
  const nonBlank = snippet.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (nonBlank.every((l) => PUNCTUATION_LINE.test(l))) return 'punctuation only';
  if (nonBlank.every((l) => COMMENT_LINE.test(l) || PUNCTUATION_LINE.test(l))) return 'comments only';
  return 'code';
}

/** As `npm run eval` scores it: prose is answered as no language, with Text ranked first. */
function answer(d: Detection): string | null {
  return d.language ?? (d.candidates[0]?.language === PROSE ? PROSE : null);
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
for (const f of corpus.filter((x) => x.split === 'validation')) {
  let text: string;
  try {
    text = readTextPrefix(f.path);
  } catch {
    continue;
  }
  const snippet = snippetOf(text, lines, f.key);
  if (!snippet) continue;
  const expected = contentLanguage(contentLanguage(f.language, text), snippet);
  const detection = detectLanguage(model, snippet, { contentOnly: true, top: 5 });
  const ok = answer(detection) === expected;
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
corpus
  .filter((f) => f.split === 'train' && model.languages.includes(f.language))
  .forEach((f, i) => {
    if (i % 10 !== 0) return;
    let text: string;
    try {
      text = readTextPrefix(f.path);
    } catch {
      return;
    }
    const language = contentLanguage(f.language, text);
    const learnt = snippetOf(text, lines, `${f.key}#train${lines}`);
    const other = snippetOf(text, lines, `${f.key}#not-learnt${lines}`);
    if (!learnt || !other) return;
    sampled++;
    if (answer(detectLanguage(model, learnt, { contentOnly: true })) === contentLanguage(language, learnt)) seen++;
    if (answer(detectLanguage(model, other, { contentOnly: true })) === contentLanguage(language, other)) unseen++;
  });
console.log(`training files (${sampled}, every tenth): learnt window ${((100 * seen) / sampled).toFixed(2)}%, another window ${((100 * unseen) / sampled).toFixed(2)}%`);
