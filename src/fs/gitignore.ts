// .gitignore rules for a walked directory: the files in it and below it, and those of its
// ancestors up to the repository root (the nearest directory holding .git), each applied to
// paths relative to its own directory, as git does. Matching is the `ignore` package's.
import ignore, { type Ignore } from 'ignore';
import fg from 'fast-glob';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

interface Rules {
  /** Directory of the .gitignore, absolute. */
  readonly dir: string;
  readonly matcher: Ignore;
}

export interface IgnoreRules {
  /** True when `path` (inside the walked directory) is ignored by some .gitignore. */
  ignores(path: string): boolean;
  readonly count: number;
}

function load(dir: string): Rules | undefined {
  try {
    return { dir, matcher: ignore({ ignorecase: false }).add(readFileSync(join(dir, '.gitignore'), 'utf8')) };
  } catch {
    return undefined; // unreadable .gitignore: walk as if it were not there
  }
}

function ancestorsToRepositoryRoot(start: string): string[] {
  const out: string[] = [];
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.gitignore'))) out.push(dir);
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return out;
  }
}

export async function gitignoreRules(root: string, skippedDirectories: readonly string[]): Promise<IgnoreRules> {
  const absolute = resolve(root);
  const inside = existsSync(join(absolute, '.git')) ? [] : ancestorsToRepositoryRoot(absolute);
  const below = await fg('**/.gitignore', {
    cwd: absolute,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    ignore: skippedDirectories.map((d) => `**/${d}/**`),
  });
  // Rules above the walked directory count only if they do not ignore that directory itself:
  // a user who names an ignored directory (a build tree, a cache) wants it read.
  const above = inside.map(load).filter((r): r is Rules => r !== undefined);
  const namedIgnored = above.some((r) => r.matcher.ignores(relative(r.dir, absolute).split(sep).join('/') + '/'));
  const rules = [...(namedIgnored ? [] : above), ...below.map((p) => load(dirname(join(absolute, p))))].filter(
    (r): r is Rules => r !== undefined,
  );
  // A file is tested only against the .gitignore files of its own ancestors, found by walking up
  // its directories: the cost is the depth of the path, not the number of .gitignore files (a
  // kernel tree has hundreds, and path.relative against each was most of a walk's time).
  const byDir = new Map(rules.map((r) => [r.dir, r]));
  const shortest = Math.min(...rules.map((r) => r.dir.length));
  return {
    count: rules.length,
    ignores(path: string): boolean {
      if (rules.length === 0) return false;
      const full = resolve(path);
      for (let dir = dirname(full); dir.length >= shortest; dir = dirname(dir)) {
        const r = byDir.get(dir);
        if (r) {
          const rel = full.slice(dir.endsWith(sep) ? dir.length : dir.length + 1);
          if (r.matcher.ignores(sep === '/' ? rel : rel.split(sep).join('/'))) return true;
        }
        if (dirname(dir) === dir) break;
      }
      return false;
    },
  };
}
