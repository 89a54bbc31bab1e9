// Adds or re-pins manifest entries. Reads specs (one per line) from stdin:
//   deb-bin <package> [.ext=Language ...] [include=glob,glob] [exclude=glob,glob]
//   deb-src <package> [...same options]
//   npm <name>[@version] [...same options]
//   git <owner/name>[@commit] [...same options]   (commit defaults to HEAD of the local mirror)
// Options: .ext=Language (settle), include=, exclude=, keep=, unzip= (comma-separated globs),
// project=<name> (entries of one project share it: the split keeps them on one side), split=train
// (the project trains and takes no part in the split: the held-out sets stay as they were).
// Multi-word language names use '_' for spaces (.el=Emacs_Lisp). Versions are resolved from the
// private apt lists (run fetch.ts once first) and from npm (dist.integrity). Entries are merged
// into corpus/manifest.json by id, which is kept sorted.
//   --version-only: re-pin existing entries to the version (or commit) found now, keeping their
//   options: for a pinned Debian version the archive no longer serves (a security or point
//   release replaced it), which fetch.ts reports with this very command.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, CORPUS, type ManifestEntry } from './fetch.js';
import { findMirror, mirrorRoot } from './git-mirrors.js';

const APT = join(CACHE, 'apt');
const aptOpts = [
  '-o', 'Dir::Etc::SourceList=/dev/null',
  '-o', `Dir::Etc::SourceParts=${join(APT, 'sources.list.d')}`,
  '-o', `Dir::State::Lists=${join(APT, 'lists')}`,
  '-o', `Dir::Cache=${join(APT, 'cache')}`,
  '-o', `Dir::State::status=${join(APT, 'status')}`,
];

function sh(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function newest(versions: string[]): string | undefined {
  let best: string | undefined;
  for (const v of versions) {
    if (!best) best = v;
    else {
      try {
        execFileSync('dpkg', ['--compare-versions', v, 'gt', best]);
        best = v;
      } catch {
        /* not greater */
      }
    }
  }
  return best;
}

function binVersion(pkg: string): string | undefined {
  const out = sh('apt-cache', [...aptOpts, 'policy', pkg]);
  const m = /Candidate: (\S+)/.exec(out);
  return m && m[1] !== '(none)' ? m[1] : undefined;
}

/** Newest version of a source package, looked up by source name, or else by one of its binaries. */
function srcVersion(name: string): [string, string] | undefined {
  let out = '';
  try {
    out = sh('apt-cache', [...aptOpts, 'showsrc', '--only-source', name]);
  } catch {
    /* not a source name */
  }
  let pkg = name;
  if (!/^Package: /m.test(out)) {
    try {
      out = sh('apt-cache', [...aptOpts, 'showsrc', name]);
    } catch {
      return undefined;
    }
    const first = /^Package: (\S+)/m.exec(out);
    if (!first) return undefined;
    pkg = first[1]!;
  }
  const versions: string[] = [];
  for (const block of out.split(/\n\n+/)) {
    const p = /^Package: (\S+)/m.exec(block);
    const v = /^Version: (\S+)/m.exec(block);
    if (p && v && p[1] === pkg) versions.push(v[1]!);
  }
  const v = newest(versions);
  return v ? [pkg, v] : undefined;
}

const DEFAULT_SETTLE: Record<string, string> = { '.json': 'JSON', '.yml': 'YAML', '.yaml': 'YAML', '.md': 'Markdown', '.html': 'HTML' };

const manifestPath = join(CORPUS, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const byId = new Map<string, ManifestEntry>((manifest.entries as ManifestEntry[]).map((e) => [e.id, e]));

const versionOnly = process.argv.includes('--version-only');
const input = readFileSync(0, 'utf8');
for (const raw of input.split('\n')) {
  const line = raw.replace(/(^|\s)#.*/, '').trim();
  if (!line) continue;
  const [kind = '', spec = '', ...opts] = line.split(/\s+/);
  const extra: Partial<ManifestEntry> = {};
  for (const o of opts) {
    if (o.startsWith('.')) {
      const [ext = '', lang = ''] = o.split('=');
      (extra.settle ??= {})[ext] = lang.replace(/_/g, ' ');
    } else if (o.startsWith('include=')) extra.include = o.slice(8).split(',');
    else if (o.startsWith('exclude=')) extra.exclude = o.slice(8).split(',');
    else if (o.startsWith('keep=')) extra.keep = o.slice(5).split(',');
    else if (o.startsWith('unzip=')) extra.unzip = o.slice(6).split(',');
    else if (o.startsWith('project=')) extra.project = o.slice(8);
    else if (o === 'split=train') extra.split = 'train';
    else console.error(`? option ${o} in: ${line}`);
  }
  let entry: ManifestEntry | undefined;
  try {
    if (kind === 'deb-bin' || kind === 'deb-src') {
      const found = kind === 'deb-bin' ? [spec, binVersion(spec)] : srcVersion(spec);
      if (!found || !found[1]) {
        console.error(`NOT FOUND ${kind} ${spec}`);
        continue;
      }
      const [pkg, version] = found as [string, string];
      entry = { id: `${kind}:${pkg}`, kind: kind === 'deb-bin' ? 'deb-binary' : 'deb-source', package: pkg, version };
    } else if (kind === 'npm') {
      const at = spec.lastIndexOf('@');
      const name = at > 0 ? spec.slice(0, at) : spec;
      const want = at > 0 ? spec.slice(at + 1) : 'latest';
      const info = JSON.parse(sh('npm', ['view', '--json', `${name}@${want}`, 'version', 'dist.integrity']));
      const one = Array.isArray(info) ? info[info.length - 1] : info;
      entry = { id: `npm:${name}`, kind: 'npm', package: name, version: one.version, integrity: one['dist.integrity'] };
    } else if (kind === 'git') {
      // git <owner/name>[@commit]: the commit defaults to HEAD of the local bare mirror.
      const [repo = '', want] = spec.split('@');
      const gitDir = findMirror(mirrorRoot(), repo);
      if (!gitDir) {
        console.error(`NOT FOUND git mirror for ${repo} under ${mirrorRoot()}`);
        continue;
      }
      const commit = sh('git', ['--git-dir', gitDir, 'rev-parse', `${want ?? 'HEAD'}^{commit}`]).trim();
      entry = { id: `git:${repo}`, kind: 'git', repo, commit };
    } else {
      console.error(`? kind ${kind}`);
      continue;
    }
  } catch (e) {
    console.error(`ERROR ${line}: ${String(e).slice(0, 200)}`);
    continue;
  }
  // Extensions that Linguist shares with rare languages (OpenAPI, MiniYAML, Ecmarkup, GCC machine
  // descriptions) mean the everyday language in the packages we pick; per-entry options override.
  entry.settle = { ...DEFAULT_SETTLE, ...(extra.settle ?? {}) };
  delete extra.settle;
  Object.assign(entry, extra);
  const old = byId.get(entry.id);
  if (versionOnly) {
    if (!old) {
      console.error(`NOT IN MANIFEST ${entry.id}: --version-only re-pins existing entries only`);
      continue;
    }
    const { version, integrity, commit } = entry;
    entry = { ...old, ...(version !== undefined ? { version } : {}), ...(integrity !== undefined ? { integrity } : {}), ...(commit !== undefined ? { commit } : {}) };
    console.error(`note: ${entry.id} re-pinned from ${old.version ?? old.commit}, its options kept`);
  } else if (old) console.error(`note: ${entry.id} replaces the existing entry (${old.version ?? old.commit}${old.include ? ` include=${old.include.join(',')}` : ''})`);
  byId.set(entry.id, entry);
  console.log(`${entry.id} ${entry.version}`);
}
manifest.entries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
writeFileSync(manifestPath, JSON.stringify(manifest, null, 1) + '\n');
