// Research harness (session 22): fits the pair stage (src/model/pairs.ts) on a train-only model's
// training windows and scores the validation split through the whole pipeline, as `npm run train`
// then `whichlang eval` would, with and without the stage. Usage:
//   npx tsx scripts/research/pair-stage.ts --model TRAIN_ONLY.wlm [--variants '[{"pairs":50}]']
// SCORED_LABELS=1 labels the windows as evaluation scores them (not as training learns them);
// CLASSIFIER_ALONE=1 also prints the classifier's own top-1 on 3- and 10-line windows.
// Session 22, session 21's train-only model: the classifier alone gains (3 lines 71.92 -> 74.09,
// 10 lines 84.21 -> 85.38 with 50 pairs and scored labels), the pipeline loses (76.19 -> 75.83,
// 88.01 -> 87.40): what the pairs learn is mostly what the pipeline's superset rules already do.
import { parseArgs } from 'node:util';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { listLabelledFiles, readTextPrefix } from '../../src/node/labelled-files.js';
import { readModelFile } from '../../src/node/model-file.js';
import { compile } from '../../src/model/compiled.js';
import { vectorize } from '../../src/model/score.js';
import { DEFAULT_PAIR_FIT, fitPairStage, type PairDocument } from '../../src/model/pairs.js';
import { contentLanguage } from '../../src/languages/content-languages.js';
import { learntWindows, SHIPPED_SNIPPET_LINES, trainingWindows } from '../../src/node/train-files.js';
import { tuneMinConfidence } from '../../src/model/tune.js';
import { classify } from '../../src/model/classify.js';
import { labelledSnippets } from './labelled-snippets.js';
import type { ModelData } from '../../src/model/types.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
    variants: { type: 'string', default: '[{}]' },
    retune: { type: 'boolean', default: false },
  },
});
const base = readModelFile(values.model as string);
const compiled = compile(base);
const languageIndex = new Map(base.languages.map((l, i) => [l, i]));
const corpus = listLabelledFiles(values.index as string);
const readable = (path: string): string | undefined => {
  try {
    const t = readTextPrefix(path);
    return t.trim() === '' ? undefined : t;
  } catch {
    return undefined;
  }
};
const started = performance.now();
const windows: PairDocument[] = [];
const taught = new Set(base.languages);
const trainFiles = corpus.filter((f) => f.split === 'train');
if (process.env.SCORED_LABELS) {
  // Windows labelled as evaluation scores them (three lines of C++ without C++ are C).
  for (const { lines, id } of trainingWindows('', SHIPPED_SNIPPET_LINES)) {
    const suffix = id;
    for (const s of labelledSnippets(trainFiles, lines, (f) => f.key + suffix)) {
      const label = languageIndex.get(s.expected);
      if (label !== undefined) windows.push({ doc: vectorize(compiled, s.snippet), label });
    }
  }
} else {
  for (const f of trainFiles) {
    const text = readable(f.path);
    if (text === undefined) continue;
    const language = contentLanguage(f.language, text);
    for (const w of learntWindows(text, language, f.key, SHIPPED_SNIPPET_LINES, taught)) {
      const label = languageIndex.get(w.language);
      if (label !== undefined) windows.push({ doc: vectorize(compiled, w.text), label });
    }
  }
}
process.stderr.write(`${windows.length} training windows in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
const samples: Array<{ id: string; text: string; language: string }> = [];
const unknown: Array<{ text: string; language: string }> = [];
for (const f of corpus) {
  if (f.split !== 'validation') continue;
  const text = readable(f.path);
  if (text === undefined) continue;
  samples.push({ id: f.key, text, language: f.language });
  if (!taught.has(f.language)) unknown.push({ text, language: contentLanguage(f.language, text) });
}
const pct = (x: number): string => (100 * x).toFixed(2);
console.log(['variant', 'pairs', 'maxMass', 'minConf', 'whole', '1', '3', '5', '10', '20', '50', 'ece3', 'ece10', 'seconds'].join('\t'));
for (const variant of JSON.parse(values.variants as string) as Array<Partial<typeof DEFAULT_PAIR_FIT> & { none?: boolean }>) {
  const t0 = performance.now();
  let model: ModelData = variant.none ? base : { ...base, pairs: fitPairStage(base, windows, { ...DEFAULT_PAIR_FIT, ...variant }) };
  const fitted = (performance.now() - t0) / 1000;
  if (values.retune) model = { ...model, params: { ...model.params, minConfidence: tuneMinConfidence(model, unknown).minConfidence } };
  if (process.env.CLASSIFIER_ALONE) {
    for (const lines of [3, 10]) {
      let n = 0, right = 0;
      for (const s of labelledSnippets(corpus.filter((f) => f.split === 'validation'), lines)) {
        n++;
        if (classify(model, s.snippet).candidates[0]?.language === s.expected) right++;
      }
      console.log(`classifier alone, ${lines} lines: ${pct(right / n)}`);
    }
  }
  const result = evaluate(model, samples);
  const byLines = new Map(result.byLines.map((b) => [b.lines, b.metrics]));
  console.log(
    [
      JSON.stringify(variant),
      model.pairs?.pairs.length ?? 0,
      model.pairs?.maxMass.toFixed(1) ?? '-',
      model.params.minConfidence,
      pct(result.whole.accuracy),
      ...[1, 3, 5, 10, 20, 50].map((n) => pct(byLines.get(n)!.accuracy)),
      byLines.get(3)!.calibrationError.toFixed(3),
      byLines.get(10)!.calibrationError.toFixed(3),
      `${fitted.toFixed(0)}+${((performance.now() - t0) / 1000 - fitted).toFixed(0)}`,
    ].join('\t'),
  );
}
