// From tokens to model features. A feature is a token (kind + text), the same token marked as
// first or last on its line, or a pair of neighbours on one line. Features are identified by a
// 32-bit hash; `describeFeatures` gives the readable names for explanations.
import { combineHashes, hashString } from './hash.js';
import { TokenKind, type TokenSink } from './kinds.js';
import { scan } from './scan.js';

export interface FeatureOptions {
  /** Also emit pairs of neighbouring tokens. */
  readonly bigrams: boolean;
  /** Also emit the first and last token of each line as features of their own. */
  readonly positions: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { bigrams: true, positions: true };

const LINE_START = hashString('^');
const LINE_END = hashString('$');

/** Meta tokens describe the file (indentation, line endings, shebang), not code; they take no part in pairs or positions. */
function isMeta(kind: TokenKind): boolean {
  return kind === TokenKind.Indent || kind === TokenKind.LineEnding || kind === TokenKind.Shebang;
}

function tokenHash(kind: TokenKind, text: string): number {
  return hashString(text, hashString(kind));
}

/** Calls `emit(hash, name)` for every feature of `text`, in order. `name` is built only when `named`. */
function walkFeatures(
  text: string,
  options: FeatureOptions,
  named: boolean,
  emit: (hash: number, name: string) => void,
): void {
  let prevHash = -1;
  let prevName = '';
  let lineFirst = true;
  const sink: TokenSink = {
    token(kind, tokenText) {
      const h = tokenHash(kind, tokenText);
      const name = named ? `${kind}:${tokenText}` : '';
      emit(h, name);
      if (isMeta(kind)) return;
      if (options.positions && lineFirst) emit(combineHashes(LINE_START, h), named ? `^${name}` : '');
      if (options.bigrams && prevHash >= 0) emit(combineHashes(prevHash, h), named ? `${prevName} ${name}` : '');
      lineFirst = false;
      prevHash = h;
      prevName = name;
    },
    newline() {
      if (options.positions && prevHash >= 0) emit(combineHashes(prevHash, LINE_END), named ? `${prevName}$` : '');
      prevHash = -1;
      lineFirst = true;
    },
  };
  scan(text, sink);
  sink.newline();
}

/** Feature hashes of `text`, with repeats, in order of appearance. */
export function featureHashes(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Uint32Array {
  const out: number[] = [];
  walkFeatures(text, options, false, (h) => out.push(h));
  return Uint32Array.from(out);
}

/** Readable names of the features of `text`, keyed by hash (for explanations and the model's string table). */
export function describeFeatures(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Map<number, string> {
  const names = new Map<number, string>();
  walkFeatures(text, options, true, (h, name) => {
    if (!names.has(h)) names.set(h, name);
  });
  return names;
}
