// npm run eval: measures the committed model on the corpus's test split (packages never seen in
// training) and writes models/REPORT.md and models/REPORT.json for exactly that model.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluate, formatReport, type EvaluationSample } from '../src/evaluate/index.js';
import { deserializeModel } from '../src/model/serialize.js';
import { listLabelledFiles, readTextPrefix } from '../src/node/labelled-files.js';

const { values } = parseArgs({
  options: {
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
    model: { type: 'string', default: 'models/default.wlm' },
    split: { type: 'string', default: 'test' },
    out: { type: 'string', default: 'models/REPORT' },
  },
});

const modelPath = values.model as string;
const bytes = readFileSync(modelPath);
const model = deserializeModel(bytes, modelPath);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const files = listLabelledFiles(values.index as string, { split: values.split as string });
const samples: EvaluationSample[] = files.map((f) => ({ id: f.path, text: readTextPrefix(f.path), language: f.language, filename: f.path }));
const started = performance.now();
const evaluation = evaluate(model, samples, { withFilenames: true });
const seconds = (performance.now() - started) / 1000;

const logPath = modelPath.replace(/\.wlm$/, '') + '.train-log.json';
const trainLog = existsSync(logPath) ? (JSON.parse(readFileSync(logPath, 'utf8')) as Record<string, unknown>) : {};
const report = formatReport(model, evaluation, {
  title: 'whichlang model report',
  dataset: `the corpus's ${values.split} split: ${samples.length} files from packages that training never saw (corpus/manifest.json)`,
  modelName: modelPath,
  modelBytes: bytes.length,
  modelSha256: sha256,
  command: 'npm run eval',
});
const extra = [
  '## Training',
  '',
  `- Training time (npm run train, this machine, 2 cores): ${trainLog.totalSeconds ?? '?'} s; ${trainLog.trainFiles ?? '?'} training files, ${trainLog.validationFiles ?? '?'} validation files`,
  `- Smoothing grid (α, validation accuracy): ${JSON.stringify(trainLog.alphaGrid ?? [])}`,
  `- Evaluation time: ${seconds.toFixed(1)} s`,
  '',
].join('\n');
writeFileSync(`${values.out}.md`, report + '\n' + extra);
writeFileSync(`${values.out}.json`, JSON.stringify({ modelSha256: sha256, modelBytes: bytes.length, languages: model.languages.length, evaluation, training: trainLog }, null, 1) + '\n');
console.log(`whole files: ${(100 * evaluation.whole.accuracy).toFixed(2)}% of ${evaluation.whole.total}; ` +
  evaluation.byLines.map((b) => `${b.lines} lines ${(100 * b.metrics.accuracy).toFixed(1)}%`).join(', ') +
  (evaluation.withFilenames ? `; with file names ${(100 * evaluation.withFilenames.accuracy).toFixed(2)}%` : ''));
