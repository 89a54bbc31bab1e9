// Research harness (not part of the product): scores a train-only model on the validation split
// with parameter variants that need no retraining, refitting the temperature and the "unknown"
// threshold for each variant as `npm run train` does, then evaluating as `whichlang eval` does.
// Session 13 measured with it a cap on how far one feature could put a language behind (commit
// 67320cc, since removed: every cap lost) and α changed after the refinement (0.3: lost at every length).
// Usage:
//   npx tsx scripts/train.ts --no-refit --out /tmp/train-only.wlm
//   npx tsx scripts/research/rescore.ts --model /tmp/train-only.wlm --variants '[{}, {"alpha": 0.3}]'
// A variant is a set of parameters to override (`{}`: the model as trained).
import { parseArgs } from 'node:util';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { listLabelledFiles, readTextPrefix } from '../../src/node/labelled-files.js';
import { readModelFile } from '../../src/node/model-file.js';
import { snippetOf } from '../../src/evaluate/snippets.js';
import { contentLanguage } from '../../src/languages/content-languages.js';
import { contentCandidates } from '../../src/detect/pipeline.js';
import { fitCalibration, tuneMinConfidence, type ValidationDoc } from '../../src/model/tune.js';
import type { ModelData } from '../../src/model/types.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
    variants: { type: 'string', default: '[{}]' },
    'min-files': { type: 'string', default: '20' },
    // Fit the calibration to the classifier's own ranking, before the content rules (as until session 33).
    'classifier-alone': { type: 'boolean', default: false },
  },
});
const base = readModelFile(values.model as string);
const known = new Set(base.languages);

const corpus = listLabelledFiles(values.index as string);
const validation = corpus.filter((f) => f.split === 'validation');
const readable = (path: string): string | undefined => {
  try {
    const t = readTextPrefix(path);
    return t.trim() === '' ? undefined : t;
  } catch {
    return undefined;
  }
};

// The tuning documents of train-files.ts: whole files and a 10- and a 3-line window of each
// validation file of a known language, plus files of languages the model lacks for the threshold.
const tuning: ValidationDoc[] = [];
const unknown: ValidationDoc[] = [];
const samples: Array<{ id: string; text: string; language: string }> = [];
for (const f of validation) {
  const text = readable(f.path);
  if (text === undefined) continue;
  samples.push({ id: f.key, text, language: f.language });
  if (!known.has(f.language)) continue;
  const language = contentLanguage(f.language, text);
  tuning.push({ text, language });
  for (const [lines, id] of [[10, `${f.key}#validation`], [3, `${f.key}#validation3`]] as const) {
    const snippet = snippetOf(text, lines, id);
    if (snippet) tuning.push({ text: snippet, language: contentLanguage(language, snippet) });
  }
}
for (const f of corpus) {
  if (f.split === 'test' || known.has(f.language)) continue;
  const text = readable(f.path);
  if (text !== undefined) unknown.push({ text, language: contentLanguage(f.language, text) });
}
process.stderr.write(`${samples.length} validation files, ${tuning.length} tuning texts, ${unknown.length} of unknown languages\n`);

const pct = (x: number): string => (100 * x).toFixed(2);
console.log(['variant', 'T', 'exp', 'bonus', 'minConf', 'whole', '1', '3', '5', '10', '20', '50', 'eceWhole', 'ece1', 'ece3', 'ece5', 'ece10', 'ece20', 'ece50', 'seconds'].join('\t'));
for (const variant of JSON.parse(values.variants as string) as Array<Partial<ModelData['params']>>) {
  const started = performance.now();
  const capped: ModelData = { ...base, params: { ...base.params, ...variant } };
  const asAnswered = (doc: ValidationDoc): ValidationDoc => {
    const candidates = values['classifier-alone'] ? undefined : contentCandidates(capped, doc.text);
    return candidates ? { ...doc, candidates } : doc;
  };
  const { nll: _nll, ...calibration } = fitCalibration(capped, tuning.map(asAnswered));
  let model: ModelData = { ...capped, params: { ...capped.params, ...calibration } };
  const threshold = tuneMinConfidence(model, [...tuning, ...unknown].map(asAnswered));
  model = { ...model, params: { ...model.params, minConfidence: threshold.minConfidence } };
  const result = evaluate(model, samples);
  const byLines = new Map(result.byLines.map((b) => [b.lines, b.metrics]));
  console.log(
    [
      JSON.stringify(variant),
      model.params.temperature.toFixed(3),
      model.params.temperatureExponent,
      `${model.params.leaderBonus.toFixed(3)}·^${model.params.leaderBonusExponent}`,
      model.params.minConfidence,
      pct(result.whole.accuracy),
      ...[1, 3, 5, 10, 20, 50].map((n) => pct(byLines.get(n)!.accuracy)),
      result.whole.calibrationError.toFixed(4),
      ...[1, 3, 5, 10, 20, 50].map((n) => byLines.get(n)!.calibrationError.toFixed(4)),
      ((performance.now() - started) / 1000).toFixed(0),
    ].join('\t'),
  );
}
