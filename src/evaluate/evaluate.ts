// Evaluates a model on labelled texts: whole files and snippets of several lengths, content only
// unless file names are given and wanted. Pure: the caller reads the files.
import { detectLanguage } from '../detect/pipeline.js';
import { PROSE } from '../model/no-language.js';
import type { ModelData } from '../model/types.js';
import { computeMetrics, type Metrics, type Prediction } from './metrics.js';
import { labelledSnippetOf } from './snippets.js';
import { contentLanguage } from '../languages/content-languages.js';
import { languagesForExtension, languagesForFilename } from '../languages/index.js';
import type { NoiseRejection } from './noise-rejection.js';

export interface EvaluationSample {
  readonly id: string;
  readonly text: string;
  readonly language: string;
  readonly filename?: string;
  /** The project the file comes from (a corpus source): the report says how many projects a language's errors come from. */
  readonly project?: string;
}

/** A whole file answered wrongly from content: what for, from which project, and where its language was ranked. */
export interface WholeFileError {
  readonly expected: string;
  readonly predicted: string | null;
  readonly project?: string;
  /** 1-based rank of the right language among the answer's candidates (top 3), when it is there. */
  readonly rank?: number;
}

export interface EvaluateOptions {
  /** Snippet lengths in lines to measure besides whole files (default 1, 3, 5, 10, 20, 50). */
  readonly snippetLines?: readonly number[];
  /** Use file names (name, extension, shebang strategies) as well as content. */
  readonly withFilenames?: boolean;
}

export interface Evaluation {
  readonly whole: Metrics;
  /**
   * A snippet is scored as the language it shows, like a whole file: three lines of a C++ file
   * with no C++ in them are C. `accuracyAsLabelled` scores the same answers against the file's label.
   */
  readonly byLines: ReadonlyArray<{ lines: number; metrics: Metrics; accuracyAsLabelled: number }>;
  readonly withFilenames?: Metrics;
  /**
   * The named samples whose extension Linguist gives to several languages (.h, .m, .pl, .ts …)
   * and whose whole name settles nothing: where the classifier must choose among the candidates.
   */
  readonly ambiguousExtensions?: Metrics;
  /** Languages in the samples that the model does not know (counted as errors). */
  readonly unknownToModel: string[];
  /**
   * Samples whose label extends a language but whose text shows none of the extension (a `.tsx`
   * file without JSX), scored as the base language; and whole-file accuracy against the labels
   * as given, for comparison.
   */
  readonly settledByContent: { readonly moves: ReadonlyArray<{ label: string; content: string; count: number }>; readonly accuracyAsLabelled: number };
  /** Every whole file answered wrongly from content, in sample order (the reasons the report gives). */
  readonly wholeErrors: readonly WholeFileError[];
  /** How often generated noise, which is no language, is answered null (evaluate/noise-rejection.ts). */
  readonly noise?: NoiseRejection;
  /** How often prose in other languages than English, from held-out projects' Gettext catalogs, is answered null (evaluate/translated-prose.ts). */
  readonly otherProse?: NoiseRejection;
}

export const DEFAULT_SNIPPET_LINES = [1, 3, 5, 10, 20, 50] as const;

export function evaluate(model: ModelData, samples: Iterable<EvaluationSample>, options: EvaluateOptions = {}): Evaluation {
  const lengths = options.snippetLines ?? DEFAULT_SNIPPET_LINES;
  const whole: Prediction[] = [];
  const named: Prediction[] = [];
  const ambiguous: Prediction[] = [];
  const snippets = lengths.map(() => [] as Prediction[]);
  const snippetsRightAsLabelled = lengths.map(() => 0);
  const unknown = new Set<string>();
  const moves = new Map<string, { label: string; content: string; count: number }>();
  let rightAsLabelled = 0;
  const wholeErrors: WholeFileError[] = [];
  const predict = (text: string, language: string, filename?: string): Prediction & { rank?: number } => {
    const d = detectLanguage(model, text, filename ? { filename } : { contentOnly: true });
    const at = d.candidates.findIndex((c) => c.language === language);
    const rank = at >= 0 ? { rank: at + 1 } : {};
    // Prose is answered as "no language" (reason "prose"): that is the right answer for Text.
    if (d.reason === 'prose') return { expected: language, predicted: PROSE, confidence: d.confidence, ...rank };
    return { expected: language, predicted: d.language, confidence: d.confidence, ...rank };
  };
  for (const sample of samples) {
    // From content alone the right answer is the content language (a pom.xml is XML, a .tsx file
    // without JSX is TypeScript); with the file name it is Linguist's specific name.
    const expected = contentLanguage(sample.language, sample.text);
    const asLabelled = contentLanguage(sample.language);
    if (expected !== asLabelled) {
      const move = moves.get(`${asLabelled} → ${expected}`) ?? { label: asLabelled, content: expected, count: 0 };
      move.count++;
      moves.set(`${asLabelled} → ${expected}`, move);
    }
    if (!model.languages.includes(expected)) unknown.add(expected);
    const fromContent = predict(sample.text, expected);
    whole.push(fromContent);
    if (fromContent.predicted !== expected) {
      const { predicted, rank } = fromContent;
      wholeErrors.push({ expected, predicted, ...(sample.project !== undefined ? { project: sample.project } : {}), ...(rank !== undefined ? { rank } : {}) });
    }
    if (fromContent.predicted === asLabelled) rightAsLabelled++;
    if (options.withFilenames && sample.filename) {
      const prediction = predict(sample.text, sample.language, sample.filename);
      named.push(prediction);
      if (hasAmbiguousExtension(sample.filename)) ambiguous.push(prediction);
    }
    lengths.forEach((lines, i) => {
      const snippet = labelledSnippetOf(sample.text, expected, lines, sample.id);
      if (snippet === undefined) return;
      const prediction = predict(snippet.text, snippet.language);
      snippets[i]!.push(prediction);
      if (prediction.predicted === asLabelled) snippetsRightAsLabelled[i]!++;
    });
  }
  return {
    whole: computeMetrics(whole),
    byLines: lengths.map((lines, i) => ({
      lines,
      metrics: computeMetrics(snippets[i]!),
      accuracyAsLabelled: snippets[i]!.length === 0 ? 0 : snippetsRightAsLabelled[i]! / snippets[i]!.length,
    })),
    ...(options.withFilenames ? { withFilenames: computeMetrics(named), ambiguousExtensions: computeMetrics(ambiguous) } : {}),
    unknownToModel: [...unknown].sort(),
    settledByContent: {
      moves: [...moves.values()],
      accuracyAsLabelled: whole.length === 0 ? 0 : rightAsLabelled / whole.length,
    },
    wholeErrors,
  };
}

function hasAmbiguousExtension(filename: string): boolean {
  return languagesForFilename(filename).length === 0 && languagesForExtension(filename).length > 1;
}
