// A strategy looks at a file (name and/or content) and names the languages it could be.
// One name settles it; several narrow the field for the next strategy; none leaves it as it was.
// `gitattributes` is not a strategy of the pipeline: it names a language forced by the user's
// .gitattributes (linguist-language), which the file-system edge applies before detection.
export type StrategyName = 'gitattributes' | 'modeline' | 'filename' | 'shebang' | 'extension' | 'heuristics' | 'classifier';

export interface DetectInput {
  readonly filename?: string;
  readonly text: string;
}

export interface Strategy {
  readonly name: Exclude<StrategyName, 'classifier' | 'gitattributes'>;
  run(input: DetectInput, candidates: readonly string[]): readonly string[];
}

/** Keeps the strategy's answers that are still in the running (all of them when nothing narrowed it yet). */
export function narrow(found: readonly string[], candidates: readonly string[]): readonly string[] {
  return candidates.length === 0 ? found : found.filter((l) => candidates.includes(l));
}
