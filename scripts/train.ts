// npm run train: rebuilds models/default.wlm from the corpus index (npm run corpus), tuning
// smoothing and temperature on the validation split. The test split is never read here.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ModelTrainer } from '../src/model/train.js';
import { serializeModel } from '../src/model/serialize.js';
import { fitTemperature, tuneAlpha, type ValidationDoc } from '../src/model/tune.js';
import { listLabelledFiles, readTextPrefix } from '../src/node/labelled-files.js';
import { snippetOf } from '../src/evaluate/snippets.js';

const { values } = parseArgs({
  options: {
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
    out: { type: 'string', default: 'models/default.wlm' },
    windows: { type: 'string', default: '2' },
    'max-features': { type: 'string', default: '400000' },
    'min-df': { type: 'string', default: '3' },
    'min-files': { type: 'string', default: '20' },
    bigrams: { type: 'boolean', default: true },
    'no-bigrams': { type: 'boolean', default: false },
  },
});

const started = performance.now();
const index = values.index as string;
// A language needs enough training files from the corpus to be learnt rather than memorised.
const allTrain = listLabelledFiles(index, { split: 'train' });
const perLanguage = new Map<string, number>();
for (const f of allTrain) perLanguage.set(f.language, (perLanguage.get(f.language) ?? 0) + 1);
const kept = new Set([...perLanguage].filter(([, n]) => n >= Number(values['min-files'])).map(([l]) => l));
const train = allTrain.filter((f) => kept.has(f.language));
const validation = listLabelledFiles(index, { split: 'validation' }).filter((f) => kept.has(f.language));
const windowSizes = [3, 10].slice(0, Number(values.windows));
const trainer = new ModelTrainer({
  maxFeatures: Number(values['max-features']),
  minDocFrequency: Number(values['min-df']),
  features: { bigrams: !values['no-bigrams'], positions: true },
  info: { corpus: 'corpus/manifest.json (npm run corpus)', snippetWindowsPerFile: windowSizes },
});
let done = 0;
for (const file of train) {
  const text = readTextPrefix(file.path);
  trainer.add({ text, language: file.language });
  // Windows of lines teach the model what short pastes look like.
  for (const lines of windowSizes) {
    const snippet = snippetOf(text, lines, `${file.path}#train${lines}`);
    if (snippet) trainer.add({ text: snippet, language: file.language });
  }
  if (++done % 5000 === 0) process.stderr.write(`  counted ${done}/${train.length} files\n`);
}
let model = trainer.build();
const countedAt = performance.now();

const validationDocs: ValidationDoc[] = validation.map((f) => ({ text: readTextPrefix(f.path), language: f.language }));
// Tune on a mix of whole files and snippets, since both are what users give us.
const tuningDocs: ValidationDoc[] = [
  ...validationDocs,
  ...validationDocs.flatMap((d, i) => {
    const s = snippetOf(d.text, 10, `validation${i}`);
    return s ? [{ text: s, language: d.language }] : [];
  }),
];
const alpha = tuneAlpha(model, tuningDocs, [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1]);
model = { ...model, params: { ...model.params, alpha: alpha.alpha } };
const calibration = fitTemperature(model, tuningDocs);
model = { ...model, params: { ...model.params, temperature: calibration.temperature, temperatureExponent: calibration.temperatureExponent } };

const bytes = serializeModel(model);
const out = values.out as string;
mkdirSync(dirname(out), { recursive: true });
// Write then rename, so an interrupted run never leaves a broken model behind.
writeFileSync(`${out}.tmp`, bytes);
renameSync(`${out}.tmp`, out);
const seconds = (performance.now() - started) / 1000;
const log = {
  trainFiles: train.length,
  validationFiles: validation.length,
  languages: model.languages.length,
  features: model.featureHashes.length,
  entries: model.entryCount.length,
  modelBytes: bytes.length,
  alphaGrid: alpha.tried,
  alpha: alpha.alpha,
  temperature: calibration.temperature,
  temperatureExponent: calibration.temperatureExponent,
  validationNll: calibration.nll,
  countingSeconds: Number(((countedAt - started) / 1000).toFixed(1)),
  totalSeconds: Number(seconds.toFixed(1)),
};
writeFileSync(out.replace(/\.wlm$/, '') + '.train-log.json', JSON.stringify(log, null, 2) + '\n');
console.log(JSON.stringify(log, null, 2));
