// From tokens to model features. A feature is a token (kind + text), the same token marked as
// first or last on its line, or a pair of neighbours on one line. Features are identified by a
// 32-bit hash; `describeFeatures` gives the readable names for explanations.
import { combineHashes, hashString } from './hash.js';
import { TokenKind, type TokenSink } from './kinds.js';
import { scan } from './scan.js';
import { withoutLicenseWords } from './license.js';
import { forEachWordPart } from './word-parts.js';

export interface FeatureOptions {
  /** Also emit pairs of neighbouring tokens. */
  readonly bigrams: boolean;
  /** Also emit the first and last token of each line as features of their own. */
  readonly positions: boolean;
  /**
   * Also emit project-independent shapes: pairs and line ends with every word replaced by one
   * placeholder (`W :`, `W$`), and each line's skeleton (its first tokens, words and literals
   * abstracted). Identifiers differ from project to project; the way lines are built does not.
   */
  readonly shapes?: boolean;
  /**
   * In shapes, a word's placeholder tells its naming style (`snake_case`, `camelCase`,
   * `PascalCase`, `Ada_Case`, `UPPER`, `lower`): which style a language's names follow survives
   * the project's own names.
   */
  readonly wordStyles?: boolean;
  /** Also emit the words of comments' prose, each on its own (no pairs, no positions). */
  readonly commentWords?: boolean;
  /**
   * In a snippet (at most 12 lines, as for comment words), also emit the parts of compound names
   * (`getUserName` → get, user, name; word-parts.ts): the names are the project's, their parts
   * the language's habits.
   */
  readonly wordParts?: boolean;
  /**
   * Emit comment words and word parts whatever the text's length, not only in snippets. For
   * learning only (countDocumentWithSnippetFeatures, src/model/train.ts): whole training files
   * then teach what snippets read, from all the corpus's comments and names. A model's own
   * options never set it, so scoring reads them in snippets alone, as the model was tuned.
   */
  readonly snippetFeaturesAtAnyLength?: boolean;
  /** Blank the words of license headers before scanning (license.ts): the same prose in every language. */
  readonly blankLicenses?: boolean;
  /**
   * Also emit the pair of a line's last token and the next line's first (`)$ ^{` is a brace on a
   * line of its own, `:$ ^return` a block opened by a colon): how a language joins its lines.
   * With shapes, the pair of their shapes too (`~{$ ^W:w`), as for neighbours on one line.
   */
  readonly lineJoins?: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { bigrams: true, positions: true };

/** What the shipped model is trained with (`npm run train`), and `whichlang train` too. */
export const SHIPPED_FEATURE_OPTIONS: FeatureOptions = {
  bigrams: true,
  positions: true,
  shapes: true,
  wordStyles: true,
  commentWords: true,
  wordParts: true,
  blankLicenses: true,
  lineJoins: true,
};

const LINE_START = hashString('^');
const LINE_END = hashString('$');
const LINE_JOIN = hashString('$^');
const SKELETON = hashString('skeleton');
const SKELETON_TOKENS = 6;
const WORD_SHAPE = hashString('W', hashString('shape'));
/** Naming styles (src/tokenizer/word-style.ts), as the placeholder names them in explanations. */
const WORD_STYLES = ['w', 'w_w', 'wW', 'Ww', 'Ww_Ww', 'W'] as const;
const WORD_STYLE_SHAPES = WORD_STYLES.map((style) => hashString(style, hashString('shape')));
const NUMBER_SHAPE = hashString('N', hashString('shape'));
const STRING_SHAPE = hashString('S', hashString('shape'));
const WORD_PART = hashString('part');

/** Meta tokens describe the file (indentation, line endings, shebang) or are prose (comment words), not code: they take no part in pairs or positions. */
function isMeta(kind: TokenKind): boolean {
  return kind === TokenKind.Indent || kind === TokenKind.LineEnding || kind === TokenKind.Shebang || kind === TokenKind.CommentWord;
}

function tokenHash(kind: TokenKind, text: string): number {
  return hashString(text, hashString(kind));
}

/**
 * Comment prose and the parts of names are read only in texts this short. In a snippet they are
 * often most of what there is (three lines of a doc comment, names the model never saw); in a
 * whole file the code says more, and the prose is the project's: read everywhere, comment prose
 * lowered whole-file accuracy on validation.
 */
const SNIPPET_MAX_LINES = 12;

function lineCountAtMost(text: string, max: number): boolean {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) if (++lines > max) return false;
  return true;
}

/** Whether `text` is read with comment words and word parts (as a snippet, or at any length when asked). */
export function readsSnippetFeatures(text: string, options: FeatureOptions): boolean {
  return (options.commentWords === true || options.wordParts === true) && (options.snippetFeaturesAtAnyLength === true || lineCountAtMost(text, SNIPPET_MAX_LINES));
}

/** What kind of feature a hash is (research: scripts/research/family-weights.ts weighs them apart). */
export const FeatureFamily = {
  Token: 0,
  CommentWord: 1,
  Meta: 2,
  LineStart: 3,
  LineEnd: 4,
  LineJoin: 5,
  Pair: 6,
  ShapePair: 7,
  ShapeJoin: 8,
  ShapeLineEnd: 9,
  Skeleton: 10,
  WordPart: 11,
} as const;
export const FEATURE_FAMILIES = Object.keys(FeatureFamily);

/** Calls `emit(hash, name, family)` for every feature of `text`, in order. `name` is built only when `named`. */
function walkFeatures(
  text: string,
  options: FeatureOptions,
  named: boolean,
  emit: (hash: number, name: string, family: number) => void,
): void {
  let prevHash = -1;
  let prevName = '';
  let prevShape = -1;
  let prevShapeName = '';
  let lineFirst = true;
  // The previous line's last token, while no blank line has come since.
  let lastOfLine = -1;
  let lastOfLineName = '';
  let lastShapeOfLine = -1;
  let lastShapeOfLineName = '';
  let skeleton = SKELETON;
  let skeletonName = '';
  let skeletonTokens = 0;
  const shapes = options.shapes === true;
  const styles = options.wordStyles === true;
  const snippet = readsSnippetFeatures(text, options);
  const wordParts = options.wordParts === true && snippet;
  const emitPart = (part: string): void => emit(hashString(part, WORD_PART), named ? `part:${part}` : '', FeatureFamily.WordPart);
  const sink: TokenSink = {
    commentWords: options.commentWords === true && snippet,
    token(kind, tokenText, wordStyleIndex) {
      const h = tokenHash(kind, tokenText);
      const name = named ? `${kind}:${tokenText}` : '';
      const meta = isMeta(kind);
      emit(h, name, !meta ? FeatureFamily.Token : kind === TokenKind.CommentWord ? FeatureFamily.CommentWord : FeatureFamily.Meta);
      if (meta) return;
      if (wordParts && kind === TokenKind.Word) forEachWordPart(tokenText, emitPart);
      if (options.positions && lineFirst) emit(combineHashes(LINE_START, h), named ? `^${name}` : '', FeatureFamily.LineStart);
      if (options.lineJoins && lineFirst && lastOfLine >= 0) emit(combineHashes(lastOfLine ^ LINE_JOIN, h), named ? `${lastOfLineName}$ ^${name}` : '', FeatureFamily.LineJoin);
      if (options.bigrams && prevHash >= 0) emit(combineHashes(prevHash, h), named ? `${prevName} ${name}` : '', FeatureFamily.Pair);
      if (shapes) {
        // Only words come with a style; without word styles every word is one W.
        const style = styles ? wordStyleIndex : undefined;
        const wordShape = style === undefined ? WORD_SHAPE : (WORD_STYLE_SHAPES[style] as number);
        const shape = kind === TokenKind.Word ? wordShape : kind === TokenKind.Number ? NUMBER_SHAPE : kind === TokenKind.String ? STRING_SHAPE : h;
        const wordName = named && style !== undefined ? `W:${WORD_STYLES[style] as string}` : 'W';
        const shapeName = named ? (shape === h ? name : kind === TokenKind.Word ? wordName : kind === TokenKind.Number ? 'N' : 'S') : '';
        // A pair of two concrete tokens is already a bigram; only pairs with a placeholder are new.
        if (options.bigrams && prevShape >= 0 && (shape !== h || prevShape !== prevHash)) {
          emit(combineHashes(prevShape ^ SKELETON, shape), named ? `~${prevShapeName} ${shapeName}` : '', FeatureFamily.ShapePair);
        }
        if (options.lineJoins && lineFirst && lastShapeOfLine >= 0 && (shape !== h || lastShapeOfLine !== lastOfLine)) {
          emit(combineHashes(lastShapeOfLine ^ LINE_JOIN ^ SKELETON, shape), named ? `~${lastShapeOfLineName}$ ^${shapeName}` : '', FeatureFamily.ShapeJoin);
        }
        if (skeletonTokens < SKELETON_TOKENS) {
          skeleton = combineHashes(skeleton, shape);
          if (named) skeletonName += `${skeletonName ? ' ' : ''}${shapeName}`;
        }
        skeletonTokens++;
        prevShape = shape;
        prevShapeName = shapeName;
      }
      lineFirst = false;
      prevHash = h;
      prevName = name;
    },
    newline() {
      if (options.positions && prevHash >= 0) emit(combineHashes(prevHash, LINE_END), named ? `${prevName}$` : '', FeatureFamily.LineEnd);
      lastOfLine = prevHash;
      lastOfLineName = prevName;
      lastShapeOfLine = prevShape;
      lastShapeOfLineName = prevShapeName;
      if (shapes && skeletonTokens > 0) {
        if (options.positions && prevShape !== prevHash) emit(combineHashes(prevShape ^ SKELETON, LINE_END), named ? `~${prevShapeName}$` : '', FeatureFamily.ShapeLineEnd);
        const long = skeletonTokens > SKELETON_TOKENS;
        emit(long ? combineHashes(skeleton, LINE_END ^ 1) : skeleton, named ? `[${skeletonName}${long ? ' …' : ''}]` : '', FeatureFamily.Skeleton);
      }
      prevHash = -1;
      prevShape = -1;
      lineFirst = true;
      skeleton = SKELETON;
      skeletonName = '';
      skeletonTokens = 0;
    },
  };
  scan(options.blankLicenses ? withoutLicenseWords(text) : text, sink);
  sink.newline();
}

/** Calls `fn` with each feature hash of `text`, with repeats, in order of appearance (no array built). */
export function forEachFeatureHash(text: string, options: FeatureOptions, fn: (hash: number) => void): void {
  walkFeatures(text, options, false, fn);
}

/** Calls `fn` with each feature hash of `text` and its family (FeatureFamily), with repeats, in order. */
export function forEachFeatureWithFamily(text: string, options: FeatureOptions, fn: (hash: number, family: number) => void): void {
  walkFeatures(text, options, false, (h, _name, family) => fn(h, family));
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
