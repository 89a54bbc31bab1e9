// Matching a relative path against a list of path rules (exclusion-rules.ts), fast enough for a
// walk of 100,000 files. A rule is tested only on the part of the path it can match: rules ending
// in `/` only on the directory (once per directory: a walk lists a directory's files together),
// rules that name no directory only on the file name, the rest on the whole path.

/** Backslashes (Windows) to slashes, and no leading "./". */
export function toSlashes(path: string): string {
  const slashed = path.includes('\\') ? path.replace(/\\/g, '/') : path;
  return slashed.startsWith('./') ? slashed.slice(2) : slashed;
}

/** One expression for the rules without flags (faster than testing each); flagged rules stay apart. */
function compile(rules: readonly RegExp[]): RegExp[] {
  const plain = rules.filter((r) => r.flags === '');
  const combined = plain.length > 0 ? [new RegExp(plain.map((r) => `(?:${r.source})`).join('|'))] : [];
  return [...combined, ...rules.filter((r) => r.flags !== '')];
}

const LEADING_SEPARATOR = '(^|\\/)';

export class PathRules {
  private readonly directoryRules: RegExp[];
  private readonly nameRules: RegExp[];
  private readonly pathRules: RegExp[];
  private lastDirectory = '';
  private lastDirectoryMatched = false;

  constructor(rules: readonly RegExp[]) {
    const isDirectoryRule = (r: RegExp): boolean => r.source.endsWith('\\/');
    // `(^|/)name…$` or `\.ext$`: no other slash and not anchored at the root, so the file name decides.
    const isNameRule = (r: RegExp): boolean => {
      const rest = r.source.startsWith(LEADING_SEPARATOR) ? r.source.slice(LEADING_SEPARATOR.length) : r.source;
      return !rest.startsWith('^') && !rest.includes('\\/') && !rest.includes('/') && r.source.endsWith('$');
    };
    this.directoryRules = compile(rules.filter(isDirectoryRule));
    this.nameRules = compile(rules.filter((r) => !isDirectoryRule(r) && isNameRule(r)));
    this.pathRules = compile(rules.filter((r) => !isDirectoryRule(r) && !isNameRule(r)));
  }

  /** `path` with `/` separators, relative to the root the rules anchor at. */
  test(path: string): boolean {
    const cut = path.lastIndexOf('/') + 1;
    const directory = path.slice(0, cut);
    if (directory !== this.lastDirectory) {
      this.lastDirectory = directory;
      this.lastDirectoryMatched = directory !== '' && this.directoryRules.some((r) => r.test(directory));
    }
    if (this.lastDirectoryMatched) return true;
    const name = path.slice(cut);
    return this.nameRules.some((r) => r.test(name)) || this.pathRules.some((r) => r.test(path));
  }
}
