// Expanding command-line paths: files as given, directories walked with fast-glob (streaming;
// hidden files, .git, node_modules and .gitignored files skipped unless asked for), `-` for standard input.
import fg from 'fast-glob';
import nodeFs, { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { gitignoreRules } from './gitignore.js';

export type InputItem =
  | { readonly kind: 'file'; readonly path: string; readonly fromWalk: boolean }
  | { readonly kind: 'ignored'; readonly path: string }
  | { readonly kind: 'stdin'; readonly path: '-' }
  | { readonly kind: 'error'; readonly path: string; readonly error: unknown };

export interface WalkOptions {
  /** Include hidden files, .gitignored files and the directories skipped by default. */
  readonly all?: boolean;
}

export const SKIPPED_DIRECTORIES = ['.git', 'node_modules'] as const;

function* drain(unreadable: Array<{ dir: string; error: NodeJS.ErrnoException }>): Generator<InputItem> {
  for (const { dir, error } of unreadable.splice(0)) yield { kind: 'error', path: dir, error };
}

export async function* expandInputs(paths: readonly string[], options: WalkOptions = {}): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin', path: '-' };
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = (await fs.stat(path)).isDirectory();
    } catch {
      // Let the reader report it (missing, permission, loop): one place words the reasons.
      yield { kind: 'file', path, fromWalk: false };
      continue;
    }
    if (!isDirectory) {
      yield { kind: 'file', path, fromWalk: false };
      continue;
    }
    // fast-glob can only fail a whole walk or skip unreadable directories silently; a readdir that
    // records the failure and reports an empty directory lets the walk go on and the user know.
    const unreadable: Array<{ dir: string; error: NodeJS.ErrnoException }> = [];
    const readdir = ((dir: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown[]) => void) =>
      nodeFs.readdir(dir, options as { withFileTypes: true }, (error, entries) => {
        if (error) {
          unreadable.push({ dir, error });
          callback(null, []);
        } else callback(null, entries);
      })) as unknown as typeof nodeFs.readdir;
    const stream = fg.stream('**', {
      fs: { readdir },
      cwd: path,
      dot: options.all === true,
      onlyFiles: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      ignore: options.all ? [] : SKIPPED_DIRECTORIES.map((d) => `**/${d}/**`),
    });
    const rules = options.all ? undefined : await gitignoreRules(path, SKIPPED_DIRECTORIES);
    for await (const entry of stream) {
      yield* drain(unreadable);
      const file = join(path, String(entry));
      yield rules?.ignores(file) ? { kind: 'ignored', path: file } : { kind: 'file', path: file, fromWalk: true };
    }
    yield* drain(unreadable);
  }
}
