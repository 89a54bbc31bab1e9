// npm run bench: speed and memory of whichlang on one fixed set of real files, with natural's
// BayesClassifier on the same data side by side; whole trees on one thread and on worker threads;
// and whichlang breakdown against GitHub Linguist on the Linux kernel and mid-size Debian source
// packages (bench/linguist.ts). Writes bench/RESULTS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { classify as classifyType } from '../src/model/classify.js';
import type { deserializeModel as deserializeType } from '../src/model/serialize.js';
import { readTextPrefix } from '../src/node/labelled-files.js';
import { benchSet } from './bench-set.js';
import { runNaturalBaseline } from './natural-baseline.js';
import { compareWithLinguist, prepareTree, TREES } from './linguist.js';

const { values } = parseArgs({
  options: {
    index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
    model: { type: 'string', default: 'models/default.wlm' },
    files: { type: 'string', default: '2000' },
    'natural-train': { type: 'string', default: '15' },
    'natural-test': { type: 'string', default: '300' },
    tree: { type: 'string', default: 'corpus/.cache/sources/deb-src_gradle' },
    // Trees for the thread-count runs and the comparison with Linguist (bench/linguist.ts); '' skips.
    'big-tree': { type: 'string', default: 'linux' },
    linguist: { type: 'string', default: TREES.map((t) => t.name).join(',') },
  },
});
const modelPath = values.model as string;
// Time the built code (dist/), as users run it: tsx's on-the-fly transpiling does not inline
// const enums across files and would understate the speed.
const { classify } = (await import('../dist/model/classify.js' as string)) as { classify: typeof classifyType };
const { deserializeModel } = (await import('../dist/model/serialize.js' as string)) as { deserializeModel: typeof deserializeType };
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const rows: Array<[string, string]> = [];
const note = (what: string, figure: string): void => {
  rows.push([what, figure]);
  console.log(`${what}: ${figure}`);
};

const files = benchSet(values.index as string, 'test', Number(values.files));
const bytes = files.reduce((a, f) => a + statSync(f.path).size, 0);
const languages = new Set(files.map((f) => f.language)).size;
console.log(`bench set: ${files.length} files, ${languages} languages, ${(bytes / 1e6).toFixed(1)} MB (mean ${(bytes / files.length / 1e3).toFixed(1)} KB)`);

// Model load, in fresh processes.
const loads = Array.from({ length: 7 }, () => Number(execFileSync(process.execPath, ['bench/load-model.mjs', modelPath], { encoding: 'utf8' })));
note('model load (read + parse + index, fresh process, median of 7)', `${median(loads).toFixed(1)} ms`);
note('model file size', `${(statSync(modelPath).size / 1e6).toFixed(2)} MB`);

// Classifier throughput, one core, content only, texts already in memory. Five passes over the
// set, the median reported with the range: one pass swung from 887 to 1,455 files/s between runs
// twenty minutes apart on this machine (session 20), and a single figure hid that.
const model = deserializeModel(readFileSync(modelPath));
const texts = files.map((f) => readTextPrefix(f.path));
classify(model, texts[0] ?? '');
let hits = 0;
const passSeconds: number[] = [];
for (let pass = 0; pass < 5; pass++) {
  const t0 = performance.now();
  texts.forEach((text, i) => {
    const right = classify(model, text).language === files[i]!.language;
    if (pass === 0 && right) hits++;
  });
  passSeconds.push((performance.now() - t0) / 1000);
}
const seconds = median(passSeconds);
const rate = (s: number): string => (files.length / s).toFixed(0);
note(
  'throughput, one core, content only (in memory; median of 5 passes, slowest–fastest)',
  `${rate(seconds)} files/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s (${rate(Math.max(...passSeconds))}–${rate(Math.min(...passSeconds))} files/s)`,
);
note('accuracy on the bench set (content only)', `${((100 * hits) / files.length).toFixed(2)}%`);

// The CLI end to end over the same files: reading, pool, output; peak RSS of the whole process.
const cli = (args: string[]): { ms: number; rssKb: number } => {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', './bench/report-rss.mjs', 'dist/cli/main.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  const rss = /PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1];
  if (run.status !== 0) throw new Error(`whichlang ${args.slice(0, 3).join(' ')} … exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return { ms, rssKb: Number(rss) };
};
const whole = cli(['--content-only', '--ndjson', ...files.map((f) => f.path)]);
note('CLI over the bench set (--content-only --ndjson, reading files)', `${(files.length / (whole.ms / 1000)).toFixed(0)} files/s wall, incl. start-up`);
note('CLI peak RSS over the bench set', `${(whole.rssKb / 1024).toFixed(0)} MB`);

// A whole tree, one thread against all cores: where the worker threads pay.
const tree = values.tree as string;
if (tree) {
  // --all: the corpus cache sits under this repository's .gitignore.
  const single = cli(['--content-only', '--ndjson', '--all', '-j', '0', tree]);
  const multi = cli(['--content-only', '--ndjson', '--all', tree]);
  note(`CLI --content-only over ${tree}, one thread (-j 0)`, `${(single.ms / 1000).toFixed(2)} s, peak RSS ${(single.rssKb / 1024).toFixed(0)} MB`);
  note(`CLI --content-only over ${tree}, worker threads (default)`, `${(multi.ms / 1000).toFixed(2)} s (${(single.ms / multi.ms).toFixed(2)}× faster), peak RSS ${(multi.rssKb / 1024).toFixed(0)} MB`);
}

// A big tree (the Linux kernel source, 78,605 files) by thread count: where the workers pay.
const bigTree = TREES.find((t) => t.name === values['big-tree']);
if (bigTree) {
  const dir = prepareTree(bigTree);
  cli(['--ndjson', '-j', '0', dir]); // warm the page cache
  for (const jobs of ['0', '1', '2']) {
    const run = cli(['--ndjson', '-j', jobs, dir]);
    note(`CLI --ndjson over ${bigTree.name} (the whole tree as walked by default), -j ${jobs}`, `${(run.ms / 1000).toFixed(2)} s, peak RSS ${(run.rssKb / 1024).toFixed(0)} MB`);
  }
}

const one = files.find((f) => f.language === 'Python')?.path ?? 'test/fixtures/samples/inventory.py';
const colds = Array.from({ length: 10 }, () => cli([one]).ms);
note('CLI cold start, one file (median of 10)', `${median(colds).toFixed(0)} ms`);

// natural's BayesClassifier: small slices, it is slow (--natural-train 0 skips it).
const perLanguage = Number(values['natural-train']);
if (perLanguage > 0) {
  const trainPool = new Map<string, number>();
  const naturalTrain = benchSet(values.index as string, 'train', 1e9).filter((f) => {
    const n = trainPool.get(f.language) ?? 0;
    if (n >= perLanguage) return false;
    trainPool.set(f.language, n + 1);
    return true;
  });
  const testLanguages = new Set(trainPool.keys());
  const naturalTest = files.filter((f) => testLanguages.has(f.language)).slice(0, Number(values['natural-test']));
  const baseline = runNaturalBaseline(naturalTrain, naturalTest);
  const ours = naturalTest.filter((f) => classify(model, readTextPrefix(f.path)).language === f.language).length / naturalTest.length;
  note(
    `natural BayesClassifier (trained on ${baseline.trainFiles} files, ${perLanguage}/language, in ${baseline.trainSeconds.toFixed(0)} s)`,
    `${baseline.filesPerSecond.toFixed(1)} files/s, ${(100 * baseline.accuracy).toFixed(1)}% on ${baseline.testFiles} bench files (it answered ${baseline.mostCommon} for ${(100 * baseline.mostCommonShare).toFixed(0)}%; whichlang: ${(100 * ours).toFixed(1)}% on the same files)`,
  );
}

const linguistTrees = (values.linguist as string).split(',').filter(Boolean);
const linguist = linguistTrees.length > 0 ? compareWithLinguist(linguistTrees).lines : [];

const table = [
  '# Benchmark results',
  '',
  `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, this 2-core machine.`,
  `Bench set: ${files.length} real files from the corpus test split, ${languages} languages, ${(bytes / 1e6).toFixed(1)} MB, mean ${(bytes / files.length / 1e3).toFixed(1)} KB.`,
  '',
  '| Measure | Result |',
  '|---|---|',
  ...rows.map(([a, b]) => `| ${a} | ${b} |`),
  '',
  ...linguist,
];
writeFileSync('bench/RESULTS.md', table.join('\n'));
