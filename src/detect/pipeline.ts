// Strategies in Linguist's order, cheapest and surest first; the classifier settles whatever is
// left, restricted to the candidates the others named.
import { classify, reclassify } from '../model/classify.js';
import type { LanguageProbability, ModelData } from '../model/types.js';
import { extensionStrategy } from './extension.js';
import { filenameStrategy } from './filename.js';
import { heuristicsStrategy } from './heuristics.js';
import { languagesWithEvidence } from './sql-evidence.js';
import { extensionShown, lacksItsExtension } from '../languages/content-languages.js';
import { modelineStrategy } from './modeline.js';
import { shebangStrategy } from './shebang.js';
import type { Strategy, StrategyName } from './strategy.js';

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

export interface Detection {
  /** Linguist's name for the language, or null when nothing is credible. */
  readonly language: string | null;
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
  const byName = detectByName(text, options);
  if ('strategy' in byName) return byName;
  const { candidates } = byName;
  const known = candidates.filter((l) => model.languages.includes(l));
  if (candidates.length > 0 && known.length === 0) {
    // The name narrowed it to languages the model has never seen: say so rather than guess from content.
    const probability = 1 / candidates.length;
    return {
      language: null,
      confidence: 0,
      candidates: candidates.slice(0, options.top ?? 3).map((language) => ({ language, probability })),
      strategy: 'extension',
    };
  }
  const allowed = candidates.length > 0 ? known : undefined;
  let result = classify(model, text, { candidates: allowed, top: options.top });
  const supported = languagesWithEvidence(result.language, text)?.filter((l) => model.languages.includes(l) && (!allowed || allowed.includes(l)));
  if (supported && supported.length > 0) result = reclassify(model, result, { candidates: supported, top: options.top });
  // From content alone, a language that extends another is answered only for text that shows the
  // extension: by the labels' definition a text without JSX is not TSX (src/languages/superset-evidence.ts).
  // With a name, the name's candidates stand as Linguist's heuristics leave them. The other way
  // round is below: TypeScript is not answered for JSX outside comments and strings (looked for in
  // strings too, it gained 13 and lost 6 validation files in session 8; TypeScript writes `/>` in
  // strings).
  if (!allowed && result.language !== null && lacksItsExtension(result.language, text)) {
    const possible = model.languages.filter((l) => !lacksItsExtension(l, text));
    result = reclassify(model, result, { candidates: possible, top: options.top });
  }
  // Nor is a base language answered for text written in its extension (EXTENSION_SYNTAX): Verilog
  // code that declares `logic` is SystemVerilog, by the labels' definition; Markdown with ESM or
  // JSX outside its code blocks is ranked again without Markdown, and MDX is then the likely answer
  // (validation split, a model trained without it: whole files 91.12% → 91.25%, MDX recall 72.5% → 89.2%,
  // Markdown's 94.5% → 94.1%). A YAML, JSON, INI, TOML, shell, Dockerfile or Makefile answer for a
  // text with a Jinja statement tag is ranked again the same way (validation −2 files, test +11).
  // C is not answered for code C cannot compile (`::`, templates, `@interface` …), nor C++ for
  // code with Objective-C syntax (validation whole files +22, no file lost; test +12); nor CSS for
  // text with a preprocessor's variables or mixins, HTML with PHP tags, or Lex with yacc
  // declarations (validation whole +36, 3 lines +2, 20 lines +7; test +1); nor Pod for Perl
  // subs or assignments outside its blocks (whole +4, 10 lines +8), nor another markup for text with
  // reStructuredText's links and directives (whole +15, 10 lines +8), nor C for OpenCL kernels or
  // yacc actions (whole +12, 50 lines +10), nor JavaScript for TypeScript's declarations outside
  // Flow (whole +5, 20 lines +3), nor TypeScript for JSX (whole +9, 50 lines +5), nor Sass or
  // Stylus for what only the other writes (whole +5). Ranked again
  // while the
  // new answer is itself such a base: C for Objective-C++ text, then C++.
  const ruledOut = new Set<string>();
  while (!allowed && result.language !== null && !ruledOut.has(result.language) && extensionShown(result.language, text) !== undefined) {
    ruledOut.add(result.language);
    result = reclassify(model, result, { candidates: model.languages.filter((l) => !ruledOut.has(l)), top: options.top });
  }
  return { language: result.language, confidence: result.confidence, candidates: result.candidates, strategy: 'classifier' };
}
