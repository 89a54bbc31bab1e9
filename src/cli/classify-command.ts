// The default command: classify files, directories and standard input.
import { WhichlangError } from '../errors.js';
import { resolveLanguageName } from '../languages/index.js';
import { classifyPaths, isFailure } from '../node/classify-files.js';
import type { ModelData } from '../model/types.js';
import { displayPath, isReportable, makeWriter, type OutputFormat } from './format.js';
import type { CliIO } from './io.js';
import { newSkipCounts, reportNoFiles, reportSkipped } from './skipped.js';

export interface ClassifyCommandOptions {
  json?: boolean;
  ndjson?: boolean;
  top?: string;
  contentOnly?: boolean;
  only?: string;
  explain?: boolean;
  all?: boolean;
  jobs?: string;
}

export function parseTop(value: string | undefined): number {
  if (value === undefined) return 1;
  const top = Number(value);
  if (!Number.isInteger(top) || top < 1 || top > 50) throw new WhichlangError('USAGE', `--top takes a whole number from 1 to 50, not "${value}"`);
  return top;
}

export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 0 || jobs > 256) throw new WhichlangError('USAGE', `--jobs takes a whole number from 0 to 256, not "${value}"`);
  return jobs;
}

export function parseOnly(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((name) => {
    const resolved = resolveLanguageName(name);
    if (!resolved) throw new WhichlangError('USAGE', `--only: unknown language "${name.trim()}" (see: whichlang languages)`);
    return resolved;
  });
}

/** Returns the exit status: 0 all classified, 1 some inputs failed. */
export async function classifyCommand(
  paths: string[],
  options: ClassifyCommandOptions,
  { model, modelPath }: { model: ModelData; modelPath: string },
  io: CliIO,
): Promise<number> {
  if (options.json && options.ndjson) throw new WhichlangError('USAGE', '--json and --ndjson cannot be combined');
  const top = parseTop(options.top);
  const candidates = parseOnly(options.only);
  const workers = parseJobs(options.jobs);
  const format: OutputFormat = options.json ? 'json' : options.ndjson ? 'ndjson' : 'table';
  if (paths.includes('-') && io.stdinIsTTY) io.stderr('whichlang: reading standard input from the terminal; end it with Ctrl-D\n');
  const writer = makeWriter(format, io.stdout, { pathWidth: Math.min(60, Math.max(...paths.map((p) => p.length), 20)), top, explain: options.explain === true });
  let failed = 0;
  let reported = 0;
  const skipped = newSkipCounts();
  writer.begin();
  try {
    const onWarning = (message: string): void => io.stderr(`whichlang: ${displayPath(message)}\n`);
    for await (const result of classifyPaths(paths, { model, modelPath, workers, top, candidates, contentOnly: options.contentOnly, explain: options.explain, all: options.all, onWarning, stdin: io.stdin })) {
      if (io.interrupted?.()) break;
      if (!isReportable(result)) {
        skipped[result.skipped]++;
        continue;
      }
      reported++;
      if (isFailure(result)) {
        failed++;
        io.stderr(`whichlang: ${displayPath(result.error.message)}\n`);
      }
      writer.result(result);
    }
  } finally {
    writer.end();
  }
  reportSkipped(skipped, io);
  if (reported === 0 && !io.interrupted?.()) reportNoFiles(io);
  return failed > 0 ? 1 : 0;
}
