// Debian packages for the benchmark: installing a tool on this machine, and fetching source
// packages through a private apt configuration (deb + deb-src, derived from the system's
// debian.sources) under bench/.cache/apt, so the system's apt state is not touched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SYSTEM_SOURCES = '/etc/apt/sources.list.d/debian.sources';

function must(command: string, args: string[], cwd?: string): string {
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (run.status !== 0) {
    const why = (run.stderr || run.stdout || String(run.error)).trim().split('\n').filter((l) => !/^(W:|N:)/.test(l)).slice(-3).join(' | ');
    throw new Error(`${command} ${args.filter((a) => !a.startsWith('Dir::') && a !== '-o').slice(0, 4).join(' ')}: ${why}`);
  }
  return run.stdout;
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** Makes sure `command` exists, installing the Debian package that provides it if not (needs root). */
export function ensureCommand(command: string, pkg: string): void {
  if (hasCommand(command)) return;
  if (process.getuid?.() !== 0) throw new Error(`'${command}' is missing: install the Debian package ${pkg} (apt-get install ${pkg}), or run the benchmark as root`);
  console.log(`bench: installing ${pkg} (for ${command}) ...`);
  must('apt-get', ['-q', 'update']);
  must('apt-get', ['install', '-y', '-q', pkg]);
  if (!hasCommand(command)) throw new Error(`installed ${pkg} but '${command}' is still missing`);
}

export class PrivateApt {
  private readonly dir: string;
  private ready = false;

  constructor(cacheDir: string) {
    this.dir = resolve(cacheDir, 'apt');
  }

  private options(): string[] {
    return [
      '-o', 'Dir::Etc::SourceList=/dev/null',
      '-o', `Dir::Etc::SourceParts=${join(this.dir, 'sources.list.d')}`,
      '-o', `Dir::State::Lists=${join(this.dir, 'lists')}`,
      '-o', `Dir::Cache=${join(this.dir, 'cache')}`,
      '-o', `Dir::State::status=${join(this.dir, 'status')}`,
      '-o', 'APT::Sandbox::User=root',
      '-o', 'Debug::NoLocking=1',
    ];
  }

  private setup(): void {
    if (this.ready) return;
    if (!existsSync(SYSTEM_SOURCES)) throw new Error(`need ${SYSTEM_SOURCES} (deb822 apt sources) to derive deb-src entries`);
    for (const d of ['sources.list.d', 'lists/partial', 'cache/archives/partial']) mkdirSync(join(this.dir, d), { recursive: true });
    const sources = readFileSync(SYSTEM_SOURCES, 'utf8').replace(/^Types:.*$/gm, 'Types: deb deb-src');
    const target = join(this.dir, 'sources.list.d', 'debian.sources');
    const stamp = join(this.dir, 'updated');
    if (!existsSync(target) || readFileSync(target, 'utf8') !== sources || !existsSync(stamp)) {
      writeFileSync(target, sources);
      if (!existsSync(join(this.dir, 'status'))) writeFileSync(join(this.dir, 'status'), '');
      console.log('bench: updating private apt lists (deb + deb-src) under bench/.cache/apt ...');
      must('apt-get', [...this.options(), '-q', 'update']);
      writeFileSync(stamp, new Date().toISOString() + '\n');
    }
    this.ready = true;
  }

  /** Downloads `package=version`'s source package into `into` (once) and returns its .dsc path. */
  downloadSource(pkg: string, version: string, into: string): string {
    mkdirSync(into, { recursive: true });
    const dsc = (): string | undefined => readdirSync(into).find((f) => f.endsWith('.dsc'));
    if (!dsc()) {
      this.setup();
      console.log(`bench: apt-get source --download-only ${pkg}=${version} ...`);
      must('apt-get', [...this.options(), '-q', 'source', '--download-only', `${pkg}=${version}`], into);
    }
    const found = dsc();
    if (!found) throw new Error(`apt-get source ${pkg}=${version} gave no .dsc`);
    return join(into, found);
  }
}

export { must as run };
