// The command line: argument definitions → one library call → formatting → exit status.
// `run(argv, io)` is what tests drive; main.ts binds it to the process.
import { Command, CommanderError } from 'commander';
import { WhichlangError } from '../errors.js';
import type { ModelData } from '../model/types.js';
import { DEFAULT_MODEL_PATH, modelAt } from '../node/model-file.js';
import { classifyCommand, type ClassifyCommandOptions } from './classify-command.js';
import type { CliIO } from './io.js';
import { languagesCommand } from './languages-command.js';
import { breakdownCommand, type BreakdownCommandOptions } from './breakdown-command.js';
import { trainCommand, type TrainCommandOptions } from './train-command.js';
import { evalCommand, type EvalCommandOptions } from './eval-command.js';

/** Exit statuses, as documented in the README. */
export const ExitStatus = { Ok: 0, SomeFailed: 1, Usage: 2, Model: 3, Interrupted: 130 } as const;

const EXAMPLES = `
Examples:
  $ whichlang src/ README.md script       files and whole directories
  $ cat snippet.txt | whichlang -         standard input
  $ whichlang --content-only --top 3 x.h  content only, three best guesses
  $ whichlang --ndjson . > langs.ndjson   one JSON object per line, streamed
  $ whichlang --explain tool              which tokens decided
  $ whichlang breakdown .                 share of each language by bytes
  $ whichlang languages                   what the model knows

Walking a directory skips hidden files, .git, node_modules, .gitignored files,
binary files, and vendored and generated files as GitHub Linguist defines them
(vendor/, third_party/, lock files, *.pb.go, minified bundles, "Code generated …
DO NOT EDIT"); breakdown also skips documentation (docs/, README, LICENSE), as
GitHub's language bar does. Counts by reason go to stderr; --all includes all but
binary files. Files named on the command line are never skipped. .gitattributes
overrides are honoured: linguist-language=<name>, linguist-vendored,
linguist-generated, linguist-documentation (unset with -attr or =false),
linguist-detectable.

Exit status: 0 all inputs classified, 1 some could not be read (each reported on
stderr), 2 usage error, 3 model missing or damaged, 130 interrupted.`;

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let status: number = ExitStatus.Ok;
  let modelPath: string | undefined;
  const resolvedModelPath = (): string => modelPath ?? (process.env.WHICHLANG_MODEL || DEFAULT_MODEL_PATH);
  const model = (): ModelData => modelAt(resolvedModelPath());

  const program = new Command('whichlang')
    .description('Tell which programming, markup or config language files are written in.')
    .argument('[paths...]', 'files, directories (walked), or - for standard input')
    .option('--json', 'one JSON array of results')
    .option('--ndjson', 'one JSON object per line, streamed')
    .option('-k, --top <k>', 'show the k most likely languages')
    .option('-c, --content-only', 'ignore file names, extensions and shebangs: the classifier alone decides')
    .option('--only <languages>', 'choose only among these comma-separated languages')
    .option('--explain', 'show the tokens that decided between the two best languages')
    .option('-a, --all', 'also walk hidden, .gitignored, vendored and generated files, .git and node_modules')
    .option('-j, --jobs <n>', 'worker threads for large runs (default: one per core, at most 4; 0: none)')
    .option('-m, --model <path>', 'use this model file (default: $WHICHLANG_MODEL or the shipped model)')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(whichlang --help shows usage)')
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .hook('preAction', (cmd) => {
      modelPath = (cmd.opts() as { model?: string }).model;
    })
    .action(async (paths: string[], options: ClassifyCommandOptions) => {
      if (paths.length === 0) throw new WhichlangError('USAGE', 'no input: give files, directories, or - for standard input (whichlang --help)');
      status = await classifyCommand(paths, options, { model: model(), modelPath: resolvedModelPath() }, io);
    });

  program
    .command('languages')
    .description('list the languages the model knows')
    .option('--json', 'as JSON')
    .option('-m, --model <path>', 'another model file')
    .action((options: { json?: boolean; model?: string }) => {
      status = languagesCommand(options.model ? modelAt(options.model) : model(), options, io);
    });

  program
    .command('breakdown')
    .description("the share of each language by bytes in a directory (default: the current one), like GitHub's language bar")
    .argument('[paths...]', 'directories or files')
    .option('--json', 'as JSON')
    .option('-a, --all', 'also count hidden, .gitignored, vendored, generated and documentation files, .git and node_modules')
    .option('-j, --jobs <n>', 'worker threads for large runs (default: one per core, at most 4; 0: none)')
    .action(async (paths: string[], options: BreakdownCommandOptions) => {
      const colour = io.stdoutIsTTY === true && !process.env.NO_COLOR;
      status = await breakdownCommand(paths, options, { model: model(), modelPath: resolvedModelPath(), colour, progress: io.stderrIsTTY === true }, io);
    });

  program
    .command('train')
    .description('train a model from a directory of <Language>/<files> or a JSONL index of {path, language[, split]}')
    .argument('<corpus>', 'directory or .jsonl index')
    .requiredOption('-o, --out <model>', 'where to write the model')
    .option('--extend <model>', 'add to this model (new languages or more data) instead of starting empty')
    .option('--split <name>', 'train only on index rows with this split')
    .option('--validation-split <name>', 'tune smoothing and calibration on index rows with this split')
    .option('--refine <epochs>', 'refine the counts discriminatively for this many epochs (slower, more accurate; npm run train uses 6; two threads)')
    .option('-q, --quiet', 'no progress or summary')
    .action(async (corpus: string, options: TrainCommandOptions) => {
      status = await trainCommand(corpus, options, io);
    });

  program
    .command('eval')
    .description('accuracy of the model on labelled files: per language, confusions, by input length')
    .argument('<corpus>', 'directory or .jsonl index')
    .option('--split <name>', 'only index rows with this split')
    .option('--json', 'as JSON')
    .option('--report <prefix>', 'write <prefix>.md and <prefix>.json')
    .option('--html <file>', 'write a self-contained HTML report with a confusion heat map')
    .option('-m, --model <path>', 'the model to evaluate')
    .action((corpus: string, options: EvalCommandOptions & { model?: string }) => {
      status = evalCommand(corpus, options.model ?? resolvedModelPath(), options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitStatus.Ok : ExitStatus.Usage;
    if (error instanceof WhichlangError) {
      io.stderr(`whichlang: ${error.message}\n`);
      if (error.code === 'USAGE') return ExitStatus.Usage;
      if (error.code.startsWith('MODEL_')) return ExitStatus.Model;
      return ExitStatus.SomeFailed;
    }
    throw error;
  }
}
