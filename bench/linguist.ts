// whichlang against GitHub Linguist (Debian's ruby-github-linguist) on the same trees in the same
// run: the Linux kernel source and a few mid-size Debian source packages. For each tree: wall
// time, files/s and peak RSS of `whichlang breakdown --json` and `github-linguist --breakdown
// --json`, where their byte shares per language differ, and which files account for it.
// Alone: `tsx bench/linguist.ts [--trees linux,git]` prints the Markdown; `npm run bench` runs it
// as part of bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countsInBar } from '../src/cli/breakdown.js';
import { languageInfo } from '../src/languages/index.js';
import { ensureCommand, PrivateApt, run } from './apt.js';

export interface TreeSpec {
  readonly name: string;
  readonly pkg: string;
  /** Pinned, so every run measures the same files (versions of the mirror this machine reaches). */
  readonly version: string;
  /**
   * Unpack only the upstream tarball. Debian's linux package patches the top-level .gitignore to
   * ignore everything but debian/ (its packaging repository holds only that), so the patched
   * tree, committed or walked, would be 1,600 packaging files rather than the kernel.
   */
  readonly upstreamOnly?: boolean;
}

export const TREES: readonly TreeSpec[] = [
  { name: 'linux', pkg: 'linux', version: '6.1.176-1', upstreamOnly: true },
  { name: 'git', pkg: 'git', version: '1:2.39.5-0+deb12u3' },
  { name: 'symfony', pkg: 'symfony', version: '5.4.53+dfsg-0+deb12u1' },
  { name: 'kubernetes', pkg: 'kubernetes', version: '1.20.5+really1.20.2-1.1+deb12u1' },
];

const CACHE = resolve('bench/.cache');
const CLI = resolve('dist/cli/main.js');

/** Unpacks a tree into bench/.cache/trees/<name> and commits it (Linguist reads a git commit's tree). */
export function prepareTree(spec: TreeSpec, apt = new PrivateApt(CACHE)): string {
  const tree = join(CACHE, 'trees', spec.name);
  const ready = `${tree}.ready`;
  if (existsSync(ready) && existsSync(join(tree, '.git'))) return tree;
  const dsc = apt.downloadSource(spec.pkg, spec.version, join(CACHE, 'downloads', spec.name));
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(join(CACHE, 'trees'), { recursive: true });
  console.log(`bench: unpacking ${spec.pkg} ${spec.version} into ${tree} ...`);
  if (spec.upstreamOnly) {
    const dir = join(CACHE, 'downloads', spec.name);
    const orig = readdirSync(dir).find((f) => /\.orig\.tar\.\w+$/.test(f));
    if (!orig) throw new Error(`${spec.pkg}: no upstream (.orig.tar) tarball in ${dir}`);
    mkdirSync(tree);
    run('tar', ['-xf', join(dir, orig), '-C', tree, '--strip-components=1']);
  } else {
    ensureCommand('dpkg-source', 'dpkg-dev');
    run('dpkg-source', ['--no-check', '--no-copy', '-x', dsc, tree]);
    // quilt's record of the patches it applied (copies of the unpatched files): not the package's source.
    rmSync(join(tree, '.pc'), { recursive: true, force: true });
  }
  ensureCommand('git', 'git');
  run('git', ['init', '-q'], tree);
  run('git', ['add', '-A'], tree);
  run('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', `${spec.pkg} ${spec.version}`], tree);
  writeFileSync(ready, `${spec.pkg} ${spec.version}\n`);
  return tree;
}

interface Timed {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly stdout: string;
}

/** Runs a command under /usr/bin/time: wall time (measured here) and the process's peak RSS. */
function timed(command: string, args: string[], okStatuses: readonly number[] = [0]): Timed {
  const rssFile = join(CACHE, 'time.out');
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status === null || !okStatuses.includes(r.status)) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-800)}`);
  const kb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { seconds, peakRssMb: kb / 1024, stdout: r.stdout };
}

interface Share {
  readonly language: string;
  readonly bytes: number;
  readonly files: number;
}


export interface TreeComparison {
  readonly name: string;
  readonly label: string;
  readonly files: number;
  readonly whichlang: Timed;
  readonly linguist: Timed;
  readonly markdown: string[];
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;
const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const mb = (n: number): string => `${n.toFixed(0)} MB`;

function shares(rows: readonly Share[]): Map<string, number> {
  const total = rows.reduce((a, r) => a + r.bytes, 0);
  return new Map(rows.map((r) => [r.language, total === 0 ? 0 : r.bytes / total]));
}

/** Compares the two tools on one prepared tree. */
export function compareTree(spec: TreeSpec, tree: string): TreeComparison {
  const files = run('git', ['ls-files', '-z'], tree).split('\0').filter(Boolean).length;
  const label = `${spec.name} (${spec.pkg} ${spec.version}${spec.upstreamOnly ? ', upstream tarball' : ''})`;
  console.log(`bench: ${label}: ${files} files`);

  // Per file, untimed (and it warms the page cache for both timed runs): whichlang's answer for every file.
  const perFile = new Map<string, string | null>();
  const ndjson = spawnSync(process.execPath, [CLI, '--ndjson', tree], { encoding: 'utf8', maxBuffer: 1 << 30 });
  for (const line of ndjson.stdout.split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as { path: string; language?: string | null };
    if (r.language !== undefined) perFile.set(r.path.slice(tree.length + 1), r.language);
  }

  const whichlang = timed(process.execPath, [CLI, 'breakdown', '--json', tree], [0, 1]);
  console.log(`bench: ${spec.name}: whichlang breakdown ${whichlang.seconds.toFixed(2)} s, ${mb(whichlang.peakRssMb)}`);
  const linguist = timed('github-linguist', [tree, '--breakdown', '--json']);
  console.log(`bench: ${spec.name}: github-linguist --breakdown ${linguist.seconds.toFixed(2)} s, ${mb(linguist.peakRssMb)}`);

  const ours = JSON.parse(whichlang.stdout) as { languages: Share[] };
  const theirs = JSON.parse(linguist.stdout) as Record<string, { size: number; files: string[] }>;
  const theirRows: Share[] = Object.entries(theirs).map(([language, v]) => ({ language, bytes: v.size, files: v.files.length }));
  const ourShare = shares(ours.languages);
  const theirShare = shares(theirRows);
  const languages = [...new Set([...ourShare.keys(), ...theirShare.keys()])];
  const diff = (l: string): number => (ourShare.get(l) ?? 0) - (theirShare.get(l) ?? 0);
  const apart = languages.reduce((a, l) => a + Math.abs(diff(l)), 0) / 2;
  const count = (rows: readonly Share[], l: string): string => int(rows.find((r) => r.language === l)?.files ?? 0);

  // Which files account for it: each file's language in Linguist's stats against whichlang's bar.
  const linguistOf = new Map<string, string>();
  for (const [language, v] of Object.entries(theirs)) for (const f of v.files) linguistOf.set(f, language);
  const moves = new Map<string, { files: number; bytes: number; example: string; exampleBytes: number }>();
  for (const path of new Set([...linguistOf.keys(), ...perFile.keys()])) {
    const l = linguistOf.get(path);
    const w = perFile.get(path);
    // Linguist's stats name a language's group (Unix Assembly counts as Assembly); so does breakdown.
    const ourLabel = w === undefined ? 'not classified (skipped or not walked)' : w === null ? 'unknown' : countsInBar(w) ? (languageInfo(w)?.group ?? w) : `${w} (not in the bar)`;
    if (l === undefined && (w === undefined || w === null || !countsInBar(w))) continue; // in neither bar
    if (l === ourLabel) continue;
    let bytes = 0;
    try {
      bytes = lstatSync(join(tree, path)).size;
    } catch {
      // listed by one tool, gone now: count it as empty
    }
    const key = `${l ?? 'not in Linguist’s stats'} → ${ourLabel}`;
    const m = moves.get(key) ?? { files: 0, bytes: 0, example: path, exampleBytes: -1 };
    m.files++;
    m.bytes += bytes;
    if (bytes > m.exampleBytes) Object.assign(m, { example: path, exampleBytes: bytes });
    moves.set(key, m);
  }
  const totalBytes = theirRows.reduce((a, r) => a + r.bytes, 0);

  const markdown = [
    `#### ${label}`,
    '',
    `Byte shares of the languages in the bar (programming and markup), largest differences first; ${pct(apart)} of the bar is attributed differently (half the sum of the absolute differences).`,
    '',
    '| Language | Linguist share | whichlang share | Difference | Linguist files | whichlang files |',
    '|---|---:|---:|---:|---:|---:|',
    ...languages
      .sort((a, b) => Math.abs(diff(b)) - Math.abs(diff(a)) || (a < b ? -1 : 1))
      .slice(0, 10)
      .map((l) => `| ${l} | ${pct(theirShare.get(l) ?? 0)} | ${pct(ourShare.get(l) ?? 0)} | ${diff(l) >= 0 ? '+' : ''}${(100 * diff(l)).toFixed(2)} pp | ${count(theirRows, l)} | ${count(ours.languages, l)} |`),
    '',
    'Files the two answer differently, by bytes (Linguist → whichlang), with the largest file of each:',
    '',
    '| Linguist → whichlang | Files | Bytes | Share of Linguist’s bytes | Largest |',
    '|---|---:|---:|---:|---|',
    ...[...moves]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, 12)
      .map(([key, m]) => `| ${key} | ${int(m.files)} | ${int(m.bytes)} | ${pct(totalBytes === 0 ? 0 : m.bytes / totalBytes)} | \`${m.example}\` |`),
    '',
  ];
  return { name: spec.name, label, files, whichlang, linguist, markdown };
}

/** The whole comparison as Markdown lines (a summary table, then each tree's differences). */
export function compareWithLinguist(names: readonly string[]): { lines: string[]; results: TreeComparison[] } {
  ensureCommand('github-linguist', 'ruby-github-linguist');
  ensureCommand('/usr/bin/time', 'time');
  const version = run('dpkg-query', ['-W', '-f', '${Version}', 'ruby-github-linguist']).trim();
  const apt = new PrivateApt(CACHE);
  const results = TREES.filter((t) => names.includes(t.name)).map((spec) => compareTree(spec, prepareTree(spec, apt)));
  const lines = [
    `### Compared with GitHub Linguist (Debian's ruby-github-linguist ${version})`,
    '',
    'Each tree unpacked into `bench/.cache/trees/` and committed to a git repository of its own (Linguist reads a commit);',
    '`whichlang breakdown --json <tree>` and `github-linguist <tree> --breakdown --json` run one after the other in this run,',
    'after an untimed whichlang pass that warms the page cache. Peak RSS from `/usr/bin/time`; files/s counts the files in the commit.',
    '',
    '| Tree | Files | whichlang | Linguist | whichlang faster by |',
    '|---|---:|---|---|---:|',
    ...results.map(
      (r) =>
        `| ${r.label} | ${int(r.files)} | ${r.whichlang.seconds.toFixed(2)} s, ${int(r.files / r.whichlang.seconds)} files/s, ${mb(r.whichlang.peakRssMb)} | ` +
        `${r.linguist.seconds.toFixed(2)} s, ${int(r.files / r.linguist.seconds)} files/s, ${mb(r.linguist.peakRssMb)} | ${(r.linguist.seconds / r.whichlang.seconds).toFixed(1)}× |`,
    ),
    '',
    ...results.flatMap((r) => r.markdown),
  ];
  return { lines, results };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { trees: { type: 'string', default: TREES.map((t) => t.name).join(',') } } });
  const { lines } = compareWithLinguist((values.trees as string).split(','));
  console.log(lines.join('\n'));
}
