// Strategies in Linguist's order, cheapest and surest first; the classifier settles whatever is
// left, restricted to the candidates the others named.
import { classify, reclassify, type Classification, type UnknownReason } from '../model/classify.js';
import type { LanguageProbability, ModelData } from '../model/types.js';
import { extensionStrategy } from './extension.js';
import { filenameStrategy } from './filename.js';
import { heuristicsStrategy } from './heuristics.js';
import { languagesWithEvidence } from './sql-evidence.js';
import { baseShown, extensionSyntaxShown, lacksItsExtension } from '../languages/content-languages.js';
import { requiredSyntaxLacked } from '../languages/required-syntax.js';
import { modelineStrategy } from './modeline.js';
import { shebangStrategy } from './shebang.js';
import type { Strategy, StrategyName } from './strategy.js';
import { looksBinaryText } from '../tokenizer/decode.js';

export const PATH_STRATEGIES: readonly Strategy[] = [modelineStrategy, filenameStrategy, shebangStrategy, extensionStrategy, heuristicsStrategy];

export interface DetectLanguageOptions {
  /** The file's name or path; enables the name-based strategies. */
  readonly filename?: string;
  /** Only these languages may be answered. */
  readonly candidates?: readonly string[];
  /** How many ranked candidates to return (default 3). */
  readonly top?: number;
  /** Ignore the name, modeline and shebang: the classifier alone decides. */
  readonly contentOnly?: boolean;
}

/** Why a detection is "unknown": the classifier's reasons, binary content, or a name or `candidates` that allow only languages the model lacks. */
export type DetectionUnknownReason = UnknownReason | 'binary' | 'not-in-model';

/** A language the classifier ranked first and the content rules then set aside, and why. */
export interface RuledOutLanguage {
  readonly language: string;
  /** In words: "shows an unquoted word as a value (key = word)", "shows none of what TSX adds to TypeScript". */
  readonly because: string;
}

export interface Detection {
  /** Linguist's name for the language, or null when nothing is credible. */
  readonly language: string | null;
  /** Why `language` is null; absent when it is not. */
  readonly reason?: DetectionUnknownReason;
  /** Languages ranked first by the classifier that the text's syntax rules out, in order; absent when none. */
  readonly ruledOut?: readonly RuledOutLanguage[];
  /** Probability of `language` (1 when a name-based strategy decided alone). */
  readonly confidence: number;
  readonly candidates: LanguageProbability[];
  /** Which strategy decided. */
  readonly strategy: StrategyName;
}

/**
 * The cheap strategies alone (no model): a decision, or the candidates left for the classifier.
 * Lets a caller keep these on one thread and send only real classification work elsewhere.
 */
export function detectByName(text: string, options: DetectLanguageOptions = {}): Detection | { candidates: readonly string[] } {
  let candidates: readonly string[] = options.candidates ?? [];
  if (options.contentOnly) return { candidates };
  const input = { filename: options.filename, text };
  for (const strategy of PATH_STRATEGIES) {
    const found = strategy.run(input, candidates);
    if (found.length === 1) {
      const language = found[0] as string;
      return { language, confidence: 1, candidates: [{ language, probability: 1 }], strategy: strategy.name };
    }
    if (found.length > 1) candidates = found;
  }
  return { candidates };
}

export function detectLanguage(model: ModelData, text: string, options: DetectLanguageOptions = {}): Detection {
  // Binary content (NULs, control codes: an image piped in) is no language, whatever its name;
  // read as text it would still score, PostScript or SQL with confidence.
  if (looksBinaryText(text)) return { language: null, reason: 'binary', confidence: 0, candidates: [], strategy: 'classifier' };
  const byName = detectByName(text, options);
  if ('strategy' in byName) return byName;
  const { candidates } = byName;
  const known = candidates.filter((l) => model.languages.includes(l));
  if (candidates.length > 0 && known.length === 0) {
    // The name (or the caller's own candidates) narrowed it to languages the model has never seen:
    // say so rather than guess from content. No name strategy narrowed the caller's list when it
    // comes back as it was given; then it is the classifier that cannot answer.
    const probability = 1 / candidates.length;
    return {
      language: null,
      reason: 'not-in-model',
      confidence: 0,
      candidates: candidates.slice(0, options.top ?? 3).map((language) => ({ language, probability })),
      strategy: candidates === options.candidates ? 'classifier' : 'extension',
    };
  }
  const { result, ruledOut } = classifyByContent(model, text, candidates.length > 0 ? known : undefined, options.top);
  return {
    language: result.language,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(ruledOut.length > 0 ? { ruledOut } : {}),
    confidence: result.confidence,
    candidates: result.candidates,
    strategy: 'classifier',
  };
}

/** The classifier's answer, and the languages it was finally ranked among (undefined: all the model's). */
interface ContentClassification {
  readonly result: Classification;
  readonly ruledOut: RuledOutLanguage[];
  readonly rankedAmong: readonly string[] | undefined;
}

/**
 * The classifier's answer to a text among `allowed` languages (undefined: any), as the content
 * rules leave it: ranked again among the languages the text's syntax allows.
 */
function classifyByContent(model: ModelData, text: string, allowed: readonly string[] | undefined, top: number | undefined): ContentClassification {
  let result = classify(model, text, { candidates: allowed, top });
  let rankedAmong: readonly string[] | undefined = allowed;
  const supported = languagesWithEvidence(result.language, text)?.filter((l) => model.languages.includes(l) && (!allowed || allowed.includes(l)));
  if (supported && supported.length > 0) result = reclassify(model, result, { candidates: (rankedAmong = supported), top });
  // From content alone, a language that extends another is answered only for text that shows the
  // extension: by the labels' definition a text without JSX is not TSX (src/languages/superset-evidence.ts).
  // With a name, the name's candidates stand as Linguist's heuristics leave them. The other way
  // round is below: TypeScript is not answered for JSX outside comments and strings (looked for in
  // strings too, it gained 13 and lost 6 validation files in session 8; TypeScript writes `/>` in
  // strings).
  let possible: readonly string[] = model.languages;
  const ruledOut: RuledOutLanguage[] = [];
  const base = !allowed && result.language !== null ? baseShown(result.language, text) : undefined;
  if (base !== undefined && result.language !== null) {
    ruledOut.push({ language: result.language, because: `shows none of what ${result.language} adds to ${base}` });
    possible = model.languages.filter((l) => !lacksItsExtension(l, text));
    result = reclassify(model, result, { candidates: (rankedAmong = possible), top });
  }
  // Nor is a language answered for text showing syntax it cannot have (src/languages/extension-syntax.ts),
  // or lacking syntax it cannot do without (Diff without a diff's lines, src/languages/required-syntax.ts):
  // Verilog code that declares `logic` is SystemVerilog, by the labels' definition; C is not
  // answered for `std::` or `@interface`, CSS for `@gap: 4px`, Markdown for ESM or JSX outside
  // its code blocks (MDX is then the likely answer). Ranked again while the new answer is itself
  // ruled out: C for Objective-C++ text, then C++, never going back to a language the text lacks
  // the extension of (TypeScript code answered Vue, then JavaScript, is not Vue again). Each rule's validation gain is recorded
  // (models/CHANGES.md, "What changed in session 10"; the MDX rule: whole files 91.12% → 91.25%, the Jinja one for
  // configuration hosts: validation −2 files, test +11).
  const bySyntax = new Set<string>();
  for (;;) {
    const answer = result.language;
    if (allowed || answer === null || bySyntax.has(answer)) break;
    const shown = extensionSyntaxShown(answer, text);
    const lacked = shown === undefined ? requiredSyntaxLacked(answer, text) : undefined;
    if (shown === undefined && lacked === undefined) break;
    bySyntax.add(answer);
    ruledOut.push({ language: answer, because: shown !== undefined ? `shows ${shown.evidence}` : `shows none of ${lacked}` });
    result = reclassify(model, result, { candidates: (rankedAmong = possible.filter((l) => !bySyntax.has(l))), top });
  }
  return { result, ruledOut, rankedAmong };
}

/**
 * The languages a text's content-only answer is ranked among once the content rules have ruled
 * out what its syntax excludes (undefined: all the model's). Rules look at the ranking, not at the
 * probabilities, so while no answer is withheld for low confidence (minConfidence 0, as when
 * training fits the calibration and then the threshold) this does not depend on the calibration,
 * which is fitted to the answers as given (tune.ts fitCalibration).
 */
export function contentCandidates(model: ModelData, text: string): readonly string[] | undefined {
  if (looksBinaryText(text)) return undefined;
  return classifyByContent(model, text, undefined, undefined).rankedAmong;
}
