// `whichlang eval`: how good is a model on labelled files? A report for people, JSON for programs,
// or both written next to each other (--report PREFIX → PREFIX.md, PREFIX.json).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { evaluate } from '../evaluate/evaluate.js';
import { evaluateNoise } from '../evaluate/noise-rejection.js';
import { EVALUATION_NOISE_SEED, textualNoise } from '../evaluate/noise.js';
import { catalogMessages, EVALUATION_PROSE_SEED, translatedProse } from '../evaluate/translated-prose.js';
import { formatReport } from '../evaluate/report.js';
import { formatHtmlReport } from '../evaluate/html-report.js';
import { deserializeModel } from '../model/serialize.js';
import type { ModelData } from '../model/types.js';
import { listLabelledFiles, readTextPrefix } from '../node/labelled-files.js';
import { readModelBytes } from '../node/model-file.js';
import { contentLanguage } from '../languages/content-languages.js';
import { WhichlangError } from '../errors.js';
import { fileError } from '../fs/read.js';
import type { CliIO } from './io.js';
import { namedLanguages } from '../model/no-language.js';

function readLabelled(path: string): string {
  try {
    return readTextPrefix(path);
  } catch (error) {
    // A corpus whose index names a file that is gone: say which, not a stack trace.
    throw new WhichlangError('BAD_CORPUS', `cannot evaluate: ${fileError(path, error).message}`);
  }
}

export interface EvalCommandOptions {
  split?: string;
  json?: boolean;
  report?: string;
  html?: string;
}

/** Generated noise samples scored besides the corpus: 100 of each kind. */
const NOISE_SAMPLES = 600;
/** Samples of prose in other languages, from the evaluated files' Gettext catalogs. */
const OTHER_PROSE_SAMPLES = 400;

/** Prose in other languages from the evaluated projects' translations, by project; none without catalogs. */
function otherProse(model: ModelData, files: ReturnType<typeof listLabelledFiles>): { otherProse?: ReturnType<typeof evaluateNoise> } {
  const catalogs = files
    .filter((f) => f.language === 'Gettext Catalog')
    .map((f) => ({ source: f.source ?? f.path, messages: catalogMessages(readLabelled(f.path)) }));
  const samples = translatedProse(catalogs, OTHER_PROSE_SAMPLES, EVALUATION_PROSE_SEED);
  return samples.length === 0 ? {} : { otherProse: evaluateNoise(model, samples.map(({ source, text }) => ({ kind: source, text }))) };
}

export function evalCommand(corpus: string, modelPath: string, options: EvalCommandOptions, io: CliIO): number {
  const bytes = readModelBytes(modelPath);
  const model = deserializeModel(bytes, modelPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const all = listLabelledFiles(corpus);
  const files = options.split ? all.filter((f) => f.split === options.split) : all;
  const started = performance.now();
  const evaluation = {
    ...evaluate(
      model,
      files.map((f) => ({ id: f.key, text: readLabelled(f.path), language: f.language, filename: f.path, ...(f.source !== undefined ? { project: f.source } : {}) })),
      { withFilenames: true },
    ),
    // Another seed than the corpus's (corpus/scripts/noise.ts): noise the model never learnt.
    noise: evaluateNoise(model, textualNoise(NOISE_SAMPLES, EVALUATION_NOISE_SEED)),
    ...otherProse(model, files),
  };
  const seconds = (performance.now() - started) / 1000;
  const logPath = modelPath.replace(/\.wlm$/, '') + '.train-log.json';
  const training = existsSync(logPath) ? (JSON.parse(readFileSync(logPath, 'utf8')) as Record<string, unknown>) : undefined;
  // The files the model learnt from: as the training log counted them (by content language),
  // else the files of the other splits (`npm run train` learns from train, then train + validation).
  const trainingFiles = new Map<string, number>();
  const logged = training?.filesPerLanguage;
  if (logged && typeof logged === 'object') {
    for (const [language, n] of Object.entries(logged)) if (typeof n === 'number') trainingFiles.set(language, n);
  } else if (options.split) {
    for (const f of all) {
      if (f.split === options.split) continue;
      const language = contentLanguage(f.language);
      trainingFiles.set(language, (trainingFiles.get(language) ?? 0) + 1);
    }
  }
  const context = {
    title: 'whichlang model report',
    dataset: `${files.length} files from ${corpus}${options.split ? ` (split "${options.split}": packages that training never saw)` : ''}`,
    modelName: relative(process.cwd(), modelPath) || modelPath,
    modelBytes: bytes.length,
    modelSha256: sha256,
    command: `whichlang eval ${corpus}${options.split ? ` --split ${options.split}` : ''}`,
    ...(trainingFiles.size > 0 ? { trainingFiles } : {}),
  };
  const markdown =
    formatReport(model, evaluation, context) +
    [
      '',
      '## Timing',
      '',
      ...(training
        ? [
            `- Training (npm run train, 2-core machine): ${String(training.totalSeconds)} s in all — ${String(training.seconds)} s on ${String(training.trainFiles)} files ` +
              `and tuning on ${String(training.validationFiles)}` +
              (training.refitFiles ? `, then ${String(training.refitSeconds)} s refitting on ${String(training.refitFiles)} files` : ''),
          ]
        : []),
      `- This evaluation: ${seconds.toFixed(1)} s for ${files.length} files × ${1 + evaluation.byLines.length + 1} inputs each`,
      '',
    ].join('\n');
  const json = { modelSha256: sha256, modelBytes: bytes.length, languages: namedLanguages(model).length, evaluation, training };
  if (options.html) writeFileSync(options.html, formatHtmlReport(model, evaluation, context));
  if (options.report) {
    writeFileSync(`${options.report}.md`, markdown);
    writeFileSync(`${options.report}.json`, JSON.stringify(json, null, 1) + '\n');
  }
  if (options.json) io.stdout(JSON.stringify(json) + '\n');
  else if (!options.report) io.stdout(markdown);
  const w = evaluation.whole;
  io.stderr(
    `whole files ${(100 * w.accuracy).toFixed(2)}% of ${w.total}; ` +
      evaluation.byLines.map((b) => `${b.lines} lines ${(100 * b.metrics.accuracy).toFixed(1)}%`).join(', ') +
      (evaluation.withFilenames ? `; with file names ${(100 * evaluation.withFilenames.accuracy).toFixed(2)}%` : '') +
      '\n',
  );
  return 0;
}
