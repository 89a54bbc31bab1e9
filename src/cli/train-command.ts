// `whichlang train`: a model from a directory of <Language>/<files> or a JSONL index.
import { WhichlangError } from '../errors.js';
import { listLabelledFiles } from '../node/labelled-files.js';
import { languageInfo } from '../languages/index.js';
import { readModelFile } from '../node/model-file.js';
import { SHIPPED_SNIPPET_FEATURES_FROM_WHOLE_FILES, SHIPPED_SNIPPET_LINES, SHIPPED_VOCABULARY, trainFromFiles, type TrainedFromFiles } from '../node/train-files.js';
import { TRAINING_THREADS, startRefineThreads } from '../node/refine-threads.js';
import { COUNT_THREADS_FROM, startCountThreads } from '../node/count-threads.js';
import { SHIPPED_FEATURE_OPTIONS } from '../tokenizer/features.js';
import { writeModelFile } from '../node/write-model.js';
import type { CliIO } from './io.js';
import { progressBar } from './progress.js';
import { isInternalClass, namedLanguages } from '../model/no-language.js';

export interface TrainCommandOptions {
  out: string;
  extend?: string;
  split?: string;
  validationSplit?: string;
  refine?: string;
  quiet?: boolean;
}

/** Epochs of discriminative refinement (src/model/refine.ts); `npm run train` uses 6. */
function parseRefine(value: string | undefined): number {
  if (value === undefined) return 0;
  const epochs = Number(value);
  if (!Number.isInteger(epochs) || epochs < 0 || epochs > 20) throw new WhichlangError('USAGE', `--refine takes a whole number of epochs from 0 to 20, not "${value}"`);
  return epochs;
}

export async function trainCommand(corpus: string, options: TrainCommandOptions, io: CliIO): Promise<number> {
  const refineEpochs = parseRefine(options.refine);
  const base = options.extend ? readModelFile(options.extend) : undefined;
  const files = listLabelledFiles(corpus, options.split ? { split: options.split } : {});
  if (files.length === 0) throw new WhichlangError('BAD_CORPUS', `${corpus}: no labelled files${options.split ? ` in split "${options.split}"` : ''}`);
  const own = [...new Set(files.map((f) => f.language))].filter((l) => !languageInfo(l) && !isInternalClass(l)).sort();
  if (own.length > 0 && !options.quiet) io.stderr(`whichlang: not Linguist languages, learnt as your own: ${own.join(', ')}\n`);
  const validation = options.validationSplit ? listLabelledFiles(corpus, { split: options.validationSplit }) : [];
  const bar = progressBar(io.stderr, !options.quiet && io.stderrIsTTY === true, 'training');
  const threads = refineEpochs > 0 ? await startRefineThreads(TRAINING_THREADS) : undefined;
  // A second thread reads and counts files once there are enough of them to pay for starting it.
  const counters = files.length + validation.length >= COUNT_THREADS_FROM ? await startCountThreads(TRAINING_THREADS) : undefined;
  let trained: TrainedFromFiles;
  try {
    trained = trainFromFiles(files, {
      ...(counters ? { counters } : {}),
      ...(base ? { extend: base } : {}),
      validation,
      features: SHIPPED_FEATURE_OPTIONS,
      ...SHIPPED_VOCABULARY,
      snippetLines: SHIPPED_SNIPPET_LINES,
      snippetFeaturesFromWholeFiles: SHIPPED_SNIPPET_FEATURES_FROM_WHOLE_FILES,
      ...(threads ? { refine: { epochs: refineEpochs, rate: 0.8, threads } } : {}),
      onProgress: (done, total) => bar.update(done, total),
    });
  } finally {
    await threads?.close();
    await counters?.close();
  }
  const { model, log } = trained;
  bar.done();
  const bytes = writeModelFile(options.out, model);
  for (const path of log.skippedEmptyOrBinary) io.stderr(`whichlang: ${path}: empty or binary, not learnt\n`);
  if (!options.quiet) {
    io.stderr(
      `wrote ${options.out}: ${namedLanguages(model).length} languages, ${log.trainFiles} files learnt${base ? ` (extending ${options.extend})` : ''}, ` +
        `${(bytes / 1e6).toFixed(2)} MB, ${log.seconds} s\n`,
    );
  }
  return 0;
}
