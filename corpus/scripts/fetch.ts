// Fetches every entry of corpus/manifest.json into corpus/.cache/sources/<safe id>/ (extracted tree).
// Idempotent: an entry whose directory holds a `.done` marker is skipped.
// Needs: apt-get + dpkg-source (package dpkg-dev) + dpkg-deb for Debian entries, npm for npm entries,
// git for "git" entries (read from bare mirrors under $WHICHLANG_GIT_MIRROR, default /work/.mirror).
// Usage: npx tsx corpus/scripts/fetch.ts [--jobs 3] [--only <id-substring>]
//        npx tsx corpus/scripts/fetch.ts --missing-mirrors   (the repositories to bring first, one a line)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, statSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMirror, mirrorNeeds, mirrorRoot } from './git-mirrors.js';

export interface ManifestEntry {
  id: string;
  kind: 'deb-binary' | 'deb-source' | 'npm' | 'git';
  package?: string;
  version?: string;
  integrity?: string;
  repo?: string;
  commit?: string;
  settle?: Record<string, string>;
  include?: string[];
  exclude?: string[];
  /** Entries of one project (several binaries of one Debian source, a repository and its Debian package) share it; the split keeps them together. */
  project?: string;
  /**
   * The split this source's project joins after the others are split (build-index.ts): sources
   * added to teach thin languages more styles train, and the held-out sets stay as they were.
   */
  split?: 'train';
  /** Globs exempt from the vendored-path filter (first-party code that sits under deps/ etc.). */
  keep?: string[];
  /** Globs of archives inside the extracted tree (e.g. Debian's Clojure jars) to unzip into `<archive>.d/`. */
  unzip?: string[];
}

/** Glob (`*`, `**`, `?`) to an anchored RegExp over forward-slash relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function listFiles(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const n of readdirSync(join(root, rel))) {
    const r = rel ? `${rel}/${n}` : n;
    const st = lstatSync(join(root, r), { throwIfNoEntry: false }); // symlinks are neither followed nor listed
    if (st?.isDirectory()) out.push(...listFiles(root, r));
    else if (st?.isFile()) out.push(r);
  }
  return out;
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS = resolve(HERE, '..');
export const CACHE = join(CORPUS, '.cache');
const APT = join(CACHE, 'apt');
const MAX_KEEP_BYTES = 1024 * 1024;

export function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9._+-]+/g, '_');
}

export function loadManifest(): ManifestEntry[] {
  const m = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8'));
  return m.entries as ManifestEntry[];
}

function run(cmd: string, args: string[], opts: { cwd?: string; input?: Buffer } = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((res) => {
    const p = spawn(cmd, args, { cwd: opts.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('error', (e) => res({ code: 127, out, err: String(e) }));
    p.on('close', (code) => res({ code: code ?? 1, out, err }));
    p.stdin.end(opts.input);
  });
}

async function must(cmd: string, args: string[], cwd?: string): Promise<string> {
  const r = await run(cmd, args, { cwd });
  if (r.code !== 0) {
    const msg = (r.err || r.out).trim().split('\n').filter((l) => !/^(W:|N:)/.test(l)).slice(-2).join(' | ');
    throw new Error(`${cmd} ${args.filter((a) => !a.startsWith('Dir::') && a !== '-o').slice(0, 4).join(' ')}: ${msg}`);
  }
  return r.out;
}

// ---- private apt configuration (deb + deb-src), derived from the system's debian.sources ----
function aptOpts(): string[] {
  return [
    '-o', `Dir::Etc::SourceList=/dev/null`,
    '-o', `Dir::Etc::SourceParts=${join(APT, 'sources.list.d')}`,
    '-o', `Dir::State::Lists=${join(APT, 'lists')}`,
    '-o', `Dir::Cache=${join(APT, 'cache')}`,
    '-o', `Dir::State::status=${join(APT, 'status')}`,
    '-o', 'APT::Sandbox::User=root',
    '-o', 'Debug::NoLocking=1',
  ];
}

let aptReady: Promise<void> | undefined;
function setupApt(): Promise<void> {
  return (aptReady ??= (async () => {
    const sys = '/etc/apt/sources.list.d/debian.sources';
    if (!existsSync(sys)) throw new Error(`need ${sys} (deb822 apt sources) to derive deb-src entries`);
    const dir = join(APT, 'sources.list.d');
    for (const d of [dir, join(APT, 'lists', 'partial'), join(APT, 'cache', 'archives', 'partial')]) mkdirSync(d, { recursive: true });
    const text = readFileSync(sys, 'utf8').replace(/^Types:.*$/gm, 'Types: deb deb-src');
    const target = join(dir, 'debian.sources');
    const stamp = join(APT, 'updated');
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text || !existsSync(stamp)) {
      writeFileSync(target, text);
      if (!existsSync(join(APT, 'status'))) writeFileSync(join(APT, 'status'), '');
      console.log('apt: updating private package lists (deb + deb-src) under corpus/.cache/apt ...');
      await must('apt-get', [...aptOpts(), '-q', 'update']);
      writeFileSync(stamp, new Date().toISOString() + '\n');
    }
  })());
}

async function checkTool(tool: string, pkg: string): Promise<void> {
  const r = await run('sh', ['-c', `command -v ${tool}`]);
  if (r.code !== 0) throw new Error(`needs '${tool}' (install the Debian package ${pkg})`);
}

function emptyDir(d: string): void {
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
}

/**
 * The archive serves only the newest version of a release's package: a security or point release
 * makes a pinned one vanish. Say so, and how to re-pin, rather than apt's bare "not found".
 */
function explainVanishedVersion(e: ManifestEntry, kind: 'deb-bin' | 'deb-src'): (error: unknown) => never {
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (!/Version '[^']*' for '[^']*' was not found|Can not find version/.test(message)) throw error;
    throw new Error(
      `the archive no longer serves ${e.version} (apt: not found); re-pin, keeping the entry's options: ` +
        `echo '${kind} ${e.package}' | npx tsx corpus/scripts/pin.ts --version-only`,
    );
  };
}

async function fetchDebBinary(e: ManifestEntry, dest: string, work: string): Promise<void> {
  await setupApt();
  await checkTool('dpkg-deb', 'dpkg');
  await must('apt-get', [...aptOpts(), '-q', 'download', `${e.package}=${e.version}`], work).catch(explainVanishedVersion(e, 'deb-bin'));
  const debs = readdirSync(work).filter((f) => f.endsWith('.deb'));
  if (debs.length !== 1) throw new Error(`expected one .deb, got ${debs.length}`);
  await must('dpkg-deb', ['-x', join(work, debs[0]!), dest]);
}

async function fetchDebSource(e: ManifestEntry, dest: string, work: string): Promise<void> {
  await setupApt();
  await checkTool('dpkg-source', 'dpkg-dev');
  await must('apt-get', [...aptOpts(), '-q', 'source', '--download-only', `${e.package}=${e.version}`], work).catch(explainVanishedVersion(e, 'deb-src'));
  const dsc = readdirSync(work).filter((f) => f.endsWith('.dsc'));
  if (dsc.length !== 1) throw new Error(`expected one .dsc, got ${dsc.length}`);
  rmSync(dest, { recursive: true, force: true });
  await must('dpkg-source', ['--no-check', '--no-copy', '-x', join(work, dsc[0]!), dest], work);
}

async function fetchNpm(e: ManifestEntry, dest: string, work: string): Promise<void> {
  await checkTool('npm', 'npm');
  await must('npm', ['pack', '--silent', `${e.package}@${e.version}`, '--pack-destination', work], work);
  const tgz = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  if (tgz.length !== 1) throw new Error(`expected one .tgz, got ${tgz.length}`);
  if (e.integrity) {
    const [algo = 'sha512', want] = e.integrity.split('-', 2);
    const got = createHash(algo).update(readFileSync(join(work, tgz[0]!))).digest('base64');
    if (got !== want) throw new Error(`integrity mismatch for ${tgz[0]}`);
  }
  await must('tar', ['-xzf', join(work, tgz[0]!), '-C', dest, '--no-same-owner', '--no-same-permissions']);
}

async function fetchGit(e: ManifestEntry, dest: string): Promise<'skip' | void> {
  const gitDir = findMirror(mirrorRoot(), e.repo ?? '');
  if (!gitDir) {
    console.log(`SKIP ${e.id}: needs a bare git mirror of ${e.repo} under ${mirrorRoot()} (set WHICHLANG_GIT_MIRROR)`);
    return 'skip';
  }
  const archive = spawn('git', ['--git-dir', gitDir, 'archive', e.commit!], { stdio: ['ignore', 'pipe', 'pipe'] });
  const tar = spawn('tar', ['-x', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
  archive.stdout.pipe(tar.stdin);
  const [code, acode] = await Promise.all([
    new Promise<number>((r) => tar.on('close', (c) => r(c ?? 1))),
    new Promise<number>((r) => archive.on('close', (c) => r(c ?? 1))),
  ]);
  if (code === 0 && acode === 0) return;
  // Partial mirrors may lack their largest blobs, which makes `git archive` fail: write the blobs
  // that are present (and under 1 MB, the index's limit) one by one instead.
  console.log(`note ${e.id}: git archive failed (blobs missing from the mirror?); extracting present blobs`);
  emptyDir(dest);
  await extractPresentBlobs(gitDir, e.commit!, dest);
}

async function extractPresentBlobs(gitDir: string, commit: string, dest: string): Promise<void> {
  const tree = await must('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-l', '-z', commit]);
  const want: { sha: string; path: string }[] = [];
  for (const rec of tree.split('\0')) {
    const m = /^(\d+) blob ([0-9a-f]+)\s+(\d+|-)\t(.*)$/s.exec(rec);
    if (!m || m[1] === '120000' || m[1] === '160000') continue;
    if (m[3] !== '-' && Number(m[3]) > 1024 * 1024) continue;
    want.push({ sha: m[2]!, path: m[4]! });
  }
  const check = await run('git', ['--git-dir', gitDir, 'cat-file', '--batch-check'], { input: Buffer.from(want.map((w) => w.sha).join('\n') + '\n') });
  const present = new Set(check.out.split('\n').filter((l) => / blob /.test(l)).map((l) => l.split(' ')[0]));
  const files = want.filter((w) => present.has(w.sha));
  const { execFileSync } = await import('node:child_process');
  const out: Buffer = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
    input: files.map((f) => f.sha).join('\n') + '\n',
    maxBuffer: 4 * 1024 * 1024 * 1024,
  });
  let pos = 0;
  for (const f of files) {
    const nl = out.indexOf(10, pos);
    const size = Number(out.subarray(pos, nl).toString().split(' ')[2]);
    const body = out.subarray(nl + 1, nl + 1 + size);
    pos = nl + 1 + size + 1;
    const target = join(dest, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
  }
}

async function fetchOne(e: ManifestEntry): Promise<'ok' | 'cached' | 'skip'> {
  const dest = join(CACHE, 'sources', safeId(e.id));
  // `include` deletes files from the tree, so a tree is only as good as the include it was cut with.
  const stamp = `${e.id} ${e.version ?? e.commit ?? ''}${e.include?.length ? ` include=${e.include.join(',')}` : ''}\n`;
  // A finished tree is reused only if it was fetched for the same pin (and the same include).
  if (existsSync(join(dest, '.done')) && readFileSync(join(dest, '.done'), 'utf8') === stamp) return 'cached';
  const work = join(CACHE, 'work', safeId(e.id));
  emptyDir(work);
  const tmp = dest + '.partial';
  emptyDir(tmp);
  try {
    let r: 'skip' | void = undefined;
    if (e.kind === 'deb-binary') await fetchDebBinary(e, tmp, work);
    else if (e.kind === 'deb-source') await fetchDebSource(e, tmp, work);
    else if (e.kind === 'npm') await fetchNpm(e, tmp, work);
    else if (e.kind === 'git') r = await fetchGit(e, tmp);
    else throw new Error(`unknown kind ${(e as ManifestEntry).kind}`);
    if (r === 'skip') {
      rmSync(tmp, { recursive: true, force: true });
      return 'skip';
    }
    if (e.include?.length) {
      // Entries narrowed by `include` keep only those files in the cache.
      const inc = e.include.map(globToRegExp);
      for (const f of listFiles(tmp)) if (!inc.some((g) => g.test(f))) rmSync(join(tmp, f), { force: true });
    }
    if (e.unzip?.length) {
      const globs = e.unzip.map(globToRegExp);
      await checkTool('unzip', 'unzip');
      for (const f of listFiles(tmp)) {
        if (globs.some((g) => g.test(f))) await must('unzip', ['-q', '-o', join(tmp, f), '-d', join(tmp, `${f}.d`)]);
      }
    }
    await must('chmod', ['-R', 'u+rwX', tmp]);
    // The index never uses files over 1 MB; dropping them keeps the cache small.
    for (const f of listFiles(tmp)) if (statSync(join(tmp, f)).size > MAX_KEEP_BYTES) rmSync(join(tmp, f), { force: true });
    rmSync(dest, { recursive: true, force: true });
    renameSync(tmp, dest);
    writeFileSync(join(dest, '.done'), stamp);
    return 'ok';
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (existsSync(tmp)) rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jobs = Number(args[args.indexOf('--jobs') + 1] ?? 3) || 3;
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  let entries = loadManifest();
  if (args.includes('--missing-mirrors')) {
    const needs = mirrorNeeds(entries, (repo) => findMirror(mirrorRoot(), repo) !== undefined);
    for (const repo of needs.missing) console.log(repo);
    const trainOnly = needs.missing.length - needs.missingForSplits;
    console.error(`mirrors under ${mirrorRoot()}: ${needs.total - needs.missing.length} of ${needs.total} present; missing ${needs.missingForSplits} that the validation and test splits need, then ${trainOnly} that only train`);
    return;
  }
  if (only) entries = entries.filter((e) => e.id.includes(only));
  const t0 = Date.now();
  const failed: string[] = [];
  const skipped: string[] = [];
  let ok = 0;
  let cached = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const e = entries[next++]!;
      try {
        const r = await fetchOne(e);
        if (r === 'ok') {
          ok++;
          console.log(`ok   ${e.id}`);
        } else if (r === 'cached') cached++;
        else skipped.push(e.id);
      } catch (err) {
        failed.push(e.id);
        console.log(`FAIL ${e.id}: ${(err as Error).message.replace(/\s+/g, ' ').slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, 3) }, worker));
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  console.log(`\nfetch: ${entries.length} entries: ${ok} fetched, ${cached} already cached, ${skipped.length} skipped, ${failed.length} failed (${secs}s)`);
  // Hundreds of names on one line help no one: the list to act on is --missing-mirrors'.
  if (skipped.length) console.log(`skipped ${skipped.length} git entries without a mirror (${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}); npx tsx corpus/scripts/fetch.ts --missing-mirrors lists the repositories to bring`);
  if (failed.length) {
    console.log(`failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
