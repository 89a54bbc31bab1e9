// Expanding command-line paths: files as given, directories walked with fast-glob (streaming),
// `-` for standard input. Unless asked for everything, a walk leaves out hidden files, .git,
// node_modules, .gitignored files and the Linguist categories it is told to (vendored, generated,
// documentation), each reported as skipped with its reason. .gitattributes overrides are read for
// walked and named files alike; a named file is never skipped.
import nodeFs, { promises as fs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hasBinaryExtension } from '../detect/binary-extensions.js';
import { resolveLanguageName } from '../languages/index.js';
import { excludedByPath, type LinguistCategory, type SkipReason } from './exclusions.js';
import { GitattributesReader, repositoryRoot, type LinguistAttributes } from './gitattributes.js';
import { whenDescriptorFree } from './descriptors.js';

// fast-glob and the .gitignore matcher take about 30 of a cold start's 190 ms to load: only a
// directory's walk needs them, so naming files or reading stdin does without.
const walkModules = () => Promise.all([import('fast-glob'), import('./gitignore.js')]);

export interface FileItem {
  readonly kind: 'file';
  readonly path: string;
  /** Found by walking a directory (may be skipped when its content says so), not named. */
  readonly fromWalk: boolean;
  /** The language .gitattributes forces (linguist-language), as Linguist names it. */
  readonly language?: string;
  /** linguist-detectable, when .gitattributes sets or unsets it. */
  readonly detectable?: boolean;
  /** Skip the file if its content shows it is generated (a banner, minified lines). */
  readonly checkGenerated?: boolean;
}

export type InputItem =
  | FileItem
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: SkipReason }
  | { readonly kind: 'stdin'; readonly path: '-' }
  | { readonly kind: 'error'; readonly path: string; readonly error: unknown };

export interface WalkOptions {
  /** Include everything: hidden, .gitignored, vendored, generated and documentation files, .git and node_modules. */
  readonly all?: boolean;
  /** The Linguist categories a walk leaves out (default: vendored and generated). */
  readonly exclude?: readonly LinguistCategory[];
  /** Told once of each problem that does not stop the walk (an unknown language in .gitattributes). */
  readonly onWarning?: (message: string) => void;
}

export const SKIPPED_DIRECTORIES = ['.git', 'node_modules'] as const;

/** What a plain walk leaves out; breakdown also leaves out documentation. */
export const DEFAULT_EXCLUDE: readonly LinguistCategory[] = ['vendored', 'generated'];

function* drain(unreadable: Array<{ dir: string; error: NodeJS.ErrnoException }>): Generator<InputItem> {
  for (const { dir, error } of unreadable.splice(0)) yield { kind: 'error', path: dir, error };
}

/** .gitattributes readers by top directory, and the resolution of linguist-language values. */
class Attributes {
  private readonly readers = new Map<string, GitattributesReader>();
  private readonly tops = new Map<string, string>();
  private readonly warned = new Set<string>();

  constructor(private readonly onWarning?: (message: string) => void) {}

  /** The reader for a walk of `root`: from the repository root if it is in one, else from `root`. */
  forWalk(root: string): GitattributesReader {
    const absolute = resolve(root);
    return this.reader(repositoryRoot(absolute) ?? absolute);
  }

  /** The attributes of a named file (from its repository root, or its own directory). */
  ofNamedFile(path: string): LinguistAttributes {
    const dir = dirname(resolve(path));
    let top = this.tops.get(dir);
    if (top === undefined) this.tops.set(dir, (top = repositoryRoot(dir) ?? dir));
    return this.reader(top).attributesOf(path);
  }

  private reader(top: string): GitattributesReader {
    let reader = this.readers.get(top);
    if (!reader) this.readers.set(top, (reader = new GitattributesReader(top)));
    return reader;
  }

  /** linguist-language resolved to Linguist's name (aliases too); an unknown one is reported once and ignored. */
  language(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const name = resolveLanguageName(value);
    if (!name && !this.warned.has(value)) {
      this.warned.add(value);
      this.onWarning?.(`.gitattributes: linguist-language=${value} is not a language Linguist knows; ignored`);
    }
    return name;
  }
}

function fileItem(path: string, fromWalk: boolean, attributes: LinguistAttributes, language: string | undefined, checkGenerated: boolean): FileItem {
  return {
    kind: 'file',
    path,
    fromWalk,
    ...(language ? { language } : {}),
    ...(attributes.detectable !== undefined ? { detectable: attributes.detectable } : {}),
    ...(checkGenerated ? { checkGenerated } : {}),
  };
}

export async function* expandInputs(paths: readonly string[], options: WalkOptions = {}): AsyncGenerator<InputItem> {
  const exclude = options.all ? [] : (options.exclude ?? DEFAULT_EXCLUDE);
  const attributes = new Attributes(options.onWarning);
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
      const attrs = attributes.ofNamedFile(path);
      yield fileItem(path, false, attrs, attributes.language(attrs.language), false);
      continue;
    }
    // fast-glob can only fail a whole walk or skip unreadable directories silently; a readdir that
    // records the failure and reports an empty directory lets the walk go on and the user know.
    const unreadable: Array<{ dir: string; error: NodeJS.ErrnoException }> = [];
    const readdir = ((dir: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown[]) => void) =>
      whenDescriptorFree(() => nodeFs.promises.readdir(dir, options as { withFileTypes: true })).then(
        (entries) => callback(null, entries),
        (error: NodeJS.ErrnoException) => {
          unreadable.push({ dir, error });
          callback(null, []);
        },
      )) as unknown as typeof nodeFs.readdir;
    const [{ default: fg }, { gitignoreRules }] = await walkModules();
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
    const reader = attributes.forWalk(path);
    const checkGenerated = exclude.includes('generated');
    for await (const entry of stream) {
      yield* drain(unreadable);
      const relative = String(entry);
      const file = join(path, relative);
      if (rules?.ignores(file)) {
        yield { kind: 'skipped', path: file, reason: 'ignored' };
        continue;
      }
      const attrs = reader.attributesOf(file);
      const excluded = excludedByPath(relative, attrs, exclude);
      if (excluded) yield { kind: 'skipped', path: file, reason: excluded };
      // A binary format by its extension: skipped without reading it, even with --all.
      else if (hasBinaryExtension(relative)) yield { kind: 'skipped', path: file, reason: 'binary' };
      else yield fileItem(file, true, attrs, attributes.language(attrs.language), checkGenerated && attrs.generated === undefined);
    }
    yield* drain(unreadable);
  }
}
