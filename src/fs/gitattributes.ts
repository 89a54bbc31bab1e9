// Linguist's overrides in .gitattributes files: linguist-language, -vendored, -generated,
// -documentation and -detectable. Git's rules: a pattern without a slash matches the file name at
// any depth, one with a slash matches the path from the attributes file's directory; a pattern
// naming a directory does not reach the files inside it (use dir/**); `-attr` unsets, `!attr`
// returns to unspecified (the defaults decide), `attr=value` sets a value; later lines override
// earlier ones and deeper files override shallower ones. Only .gitattributes files from `top` (the
// repository root, or the walked directory outside a repository) down to the file's directory
// are read; $GIT_DIR/info/attributes and macros ([attr]) are not.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { globToRegExp } from './wildmatch.js';

/** An attribute's state on a line: set, unset (`-`), unspecified (`!`), or a value. */
export type AttributeState = true | false | null | string;

export interface AttributeLine {
  /** Matched against the file name alone (no slash in the pattern) or the path from the file's directory. */
  readonly basename: boolean;
  readonly pattern: RegExp;
  readonly attributes: ReadonlyArray<readonly [name: string, state: AttributeState]>;
}

/** What .gitattributes says of one file for Linguist; an absent field means the defaults decide. */
export interface LinguistAttributes {
  /** The language as written (a name or alias, not yet resolved). */
  readonly language?: string;
  readonly vendored?: boolean;
  readonly generated?: boolean;
  readonly documentation?: boolean;
  readonly detectable?: boolean;
}

/** A pattern field: bare, or C-quoted ("a b.c"); returns the pattern and the rest of the line. */
function splitPattern(line: string): [string, string] | undefined {
  if (!line.startsWith('"')) {
    const cut = line.search(/\s/);
    return cut < 0 ? [line, ''] : [line.slice(0, cut), line.slice(cut)];
  }
  let out = '';
  for (let i = 1; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '"') return [out, line.slice(i + 1)];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = line[++i] ?? '';
    const octal = /^[0-7]{3}/.exec(line.slice(i));
    if (octal) {
      out += String.fromCharCode(Number.parseInt(octal[0], 8));
      i += 2;
    } else out += ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[next] ?? next;
  }
  return undefined; // unterminated quote: git ignores the line
}

/** The lines of a .gitattributes file that say anything about Linguist's attributes. */
export function parseGitattributes(text: string): AttributeLine[] {
  const lines: AttributeLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('[attr]')) continue;
    const split = splitPattern(line);
    if (!split) continue;
    let [pattern, rest] = split;
    // Negative patterns are forbidden in attributes; a directory pattern never matches a file.
    if (pattern === '' || pattern.startsWith('!') || pattern.endsWith('/')) continue;
    const attributes: Array<[string, AttributeState]> = [];
    for (const token of rest.trim().split(/\s+/)) {
      const [prefix, body] = token.startsWith('-') || token.startsWith('!') ? [token[0], token.slice(1)] : ['', token];
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      if (!name.startsWith('linguist-')) continue;
      attributes.push([name, prefix === '-' ? false : prefix === '!' ? null : eq < 0 ? true : body.slice(eq + 1)]);
    }
    if (attributes.length === 0) continue;
    const anchored = pattern.includes('/');
    if (pattern.startsWith('/')) pattern = pattern.slice(1);
    lines.push({ basename: !anchored, pattern: globToRegExp(pattern), attributes });
  }
  return lines;
}

/** Linguist's reading of a boolean attribute: set or any value but "false" is true. */
function flag(state: AttributeState | undefined): boolean | undefined {
  if (state === undefined || state === null) return undefined;
  return state !== false && state !== 'false';
}

/** Resolves the attribute states that apply to `path` (relative, `/`-separated) over files ordered shallow to deep. */
export function linguistAttributesOf(files: ReadonlyArray<{ readonly prefix: string; readonly lines: readonly AttributeLine[] }>, path: string): LinguistAttributes {
  const states = new Map<string, AttributeState>();
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const file of files) {
    if (!path.startsWith(file.prefix)) continue;
    const below = path.slice(file.prefix.length);
    for (const line of file.lines) {
      if (!line.pattern.test(line.basename ? name : below)) continue;
      for (const [attribute, state] of line.attributes) states.set(attribute, state);
    }
  }
  const language = states.get('linguist-language');
  const out: { -readonly [K in keyof LinguistAttributes]: LinguistAttributes[K] } = {};
  if (typeof language === 'string' && language !== '') out.language = language;
  for (const key of ['vendored', 'generated', 'documentation', 'detectable'] as const) {
    const value = flag(states.get(`linguist-${key}`));
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The nearest directory at or above `dir` that holds `.git` (a directory, or a file in worktrees and submodules). */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

interface LoadedFile {
  readonly prefix: string;
  readonly lines: readonly AttributeLine[];
}

/**
 * The .gitattributes files from `top` down, read lazily as directories are met and each read once.
 */
export class GitattributesReader {
  private readonly chains = new Map<string, readonly LoadedFile[]>();
  private readonly top: string;

  constructor(top: string) {
    this.top = resolve(top);
  }

  /** What the .gitattributes files say of the file at `path`, or nothing when no file mentions Linguist. */
  attributesOf(path: string): LinguistAttributes {
    const absolute = resolve(path);
    const chain = this.chain(dirname(absolute));
    if (chain.length === 0) return {};
    return linguistAttributesOf(chain, toSlashes(relative(this.top, absolute)));
  }

  private chain(dir: string): readonly LoadedFile[] {
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const rel = relative(this.top, dir);
    const outside = rel.startsWith('..') || (rel !== '' && dir === dirname(dir));
    const parent = rel === '' || outside ? [] : this.chain(dirname(dir));
    const own = outside ? undefined : this.load(dir, rel === '' ? '' : toSlashes(rel) + '/');
    const chain = own ? [...parent, own] : parent;
    this.chains.set(dir, chain);
    return chain;
  }

  private load(dir: string, prefix: string): LoadedFile | undefined {
    let text: string;
    try {
      text = readFileSync(join(dir, '.gitattributes'), 'utf8');
    } catch {
      return undefined; // none, or unreadable: as if it were not there
    }
    const lines = parseGitattributes(text);
    return lines.length > 0 ? { prefix, lines } : undefined;
  }
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
