export { scan } from './scan.js';
export { TokenKind, type TokenSink } from './kinds.js';
export { featureHashes, describeFeatures, DEFAULT_FEATURE_OPTIONS, SHIPPED_FEATURE_OPTIONS, type FeatureOptions } from './features.js';
export { decodeText, looksBinary, sniffEncoding, MAX_INPUT_BYTES, type TextEncoding } from './decode.js';
export { shebangInterpreter } from './shebang.js';
export { hashString } from './hash.js';

import { scan } from './scan.js';
import type { TokenKind } from './kinds.js';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

/** The tokens of `text` in order; `null` stands for a line break. For tests and explanations. */
export function tokenize(text: string): Array<Token | null> {
  const out: Array<Token | null> = [];
  scan(text, { token: (kind, t) => out.push({ kind, text: t }), newline: () => out.push(null) });
  return out;
}
