// `whichlang breakdown [dir]`: which languages a tree is made of, by bytes.
import { classifyPaths, isFailure, isSkipped } from '../node/classify-files.js';
import type { ModelData } from '../model/types.js';
import { breakdown, countedLanguage, formatBreakdown, type BreakdownInput } from './breakdown.js';
import type { CliIO } from './io.js';
import { displayPath } from './format.js';
import { newSkipCounts, reportNoFiles, reportSkipped } from './skipped.js';
import { parseJobs } from './classify-command.js';

export interface BreakdownCommandOptions {
  json?: boolean;
  all?: boolean;
  jobs?: string;
}

export async function breakdownCommand(
  paths: string[],
  options: BreakdownCommandOptions,
  { model, modelPath, colour, progress }: { model: ModelData; modelPath: string; colour: boolean; progress: boolean },
  io: CliIO,
): Promise<number> {
  // Only what the sums need: keeping 80,000 whole results (paths, candidates) held 50 MB.
  const classified: BreakdownInput[] = [];
  let failed = 0;
  const skipped = newSkipCounts();
  let seen = 0;
  const onWarning = (message: string): void => io.stderr(`${progress ? '\n' : ''}whichlang: ${displayPath(message)}\n`);
  // Like GitHub's language bar, documentation is left out too (a plain walk lists it).
  const exclude = ['vendored', 'generated', 'documentation'] as const;
  for await (const r of classifyPaths(paths.length > 0 ? paths : ['.'], { model, modelPath, workers: parseJobs(options.jobs), all: options.all, exclude, onWarning, top: 1 })) {
    if (io.interrupted?.()) break;
    if (progress && ++seen % 500 === 0) io.stderr(`\rclassified ${seen} files`);
    if (isSkipped(r)) skipped[r.skipped]++;
    else if (isFailure(r)) {
      failed++;
      io.stderr(`${progress ? '\n' : ''}whichlang: ${displayPath(r.error.message)}\n`);
    } else classified.push({ language: countedLanguage(r), size: r.size, ...(r.detectable === undefined ? {} : { detectable: r.detectable }) });
  }
  if (progress && seen >= 500) io.stderr('\n');
  reportSkipped(skipped, io);
  if (classified.length === 0 && failed === 0 && !io.interrupted?.()) reportNoFiles(io);
  const result = breakdown(classified);
  const counts = { files: classified.length, skipped, failed };
  if (options.json) io.stdout(JSON.stringify({ ...result, ...counts }) + '\n');
  else io.stdout(formatBreakdown(result, colour));
  return failed > 0 ? 1 : 0;
}
