// Why the winner beat the runner-up: each feature's share of the log-likelihood gap,
// n_f · (log P(f | winner) − log P(f | runner-up)), largest first, with readable names.
import { describeFeatures } from '../tokenizer/features.js';
import { compile, smoothingForEvidence } from './compiled.js';
import { OTHER_PROSE, PROSE } from './no-language.js';
import { scoreForClassification, vectorize } from './score.js';
import type { ModelData } from './types.js';

export interface FeatureContribution {
  /** The feature as the tokenizer names it: `w:def` a word, `p:=>` punctuation, `^w:fn` first on a line, `a b` a pair. */
  readonly feature: string;
  /** Nats the feature adds to the winner's lead (negative: it favoured the runner-up). */
  readonly weight: number;
}

/**
 * Text's probability includes prose in other languages (`foldOtherProse`), so Text's lead is
 * explained with the counts of whichever of the two prose classes the text scores higher under:
 * German prose leads by what `(other prose)` learnt, which Text's own counts would understate.
 */
export function explainDecision(model: ModelData, text: string, winner: string, runnerUp: string, limit = 8): FeatureContribution[] {
  let w = model.languages.indexOf(winner);
  const r = model.languages.indexOf(runnerUp);
  if (w < 0 || r < 0) return [];
  const compiled = compile(model);
  const doc = vectorize(compiled, text);
  const other = winner === PROSE ? model.languages.indexOf(OTHER_PROSE) : -1;
  if (other >= 0) {
    const scores = scoreForClassification(compiled, doc);
    if ((scores[other] as number) > (scores[w] as number)) w = other;
  }
  const names = describeFeatures(text, model.params.features);
  // At the smoothing the text was classified at.
  const { weightOfCode, baseWeight } = smoothingForEvidence(compiled, doc.mass);
  const logP = (row: number, l: number): number => {
    let weight = 0;
    for (let e = model.rowStart[row] as number; e < (model.rowStart[row + 1] as number); e++) {
      if (model.entryLanguage[e] === l) weight = weightOfCode[model.entryCodes[e] as number] as number;
    }
    return weight + (baseWeight[l] as number);
  };
  const contributions: FeatureContribution[] = [];
  for (let i = 0; i < doc.rows.length; i++) {
    const row = doc.rows[i] as number;
    const weight = (doc.weights[i] as number) * (logP(row, w) - logP(row, r));
    const feature = names.get(model.featureHashes[row] as number) ?? `#${(model.featureHashes[row] as number).toString(16)}`;
    contributions.push({ feature, weight });
  }
  contributions.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1));
  return contributions.slice(0, limit);
}
