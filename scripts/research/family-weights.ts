// Research harness (not part of the product): would weighing feature families apart help? Naive
// Bayes adds every feature's log-likelihood with weight 1, though tokens, pairs, shapes, line joins
// and skeletons repeat each other's evidence. For validation files and their snippets (cut as
// `npm run eval` cuts them) this scores each family on its own, then fits one weight per family
// by coordinate ascent on half of the validation projects and measures it on the other half (both
// ways). Classifier alone, without the pipeline's rules. Usage:
//   npx tsx scripts/research/family-weights.ts --model X [--lines 1,3,10,0]   (0: whole files)
// Use a train-only model (scripts/train.ts --no-refit): the shipped one has learnt validation.
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { readSnippetArgs } from './snippet-args.js';
import { compile, rowOf } from '../../src/model/compiled.js';
import { dampTermFrequency } from '../../src/model/score.js';
import { FEATURE_FAMILIES, forEachFeatureWithFamily } from '../../src/tokenizer/features.js';
import { hashString } from '../../src/tokenizer/hash.js';
import { labelledSnippets } from './labelled-snippets.js';

const args = readSnippetArgs('1,3,10,0', { candidates: '12' });
const data = args.model;
const model = compile(data);
const F = FEATURE_FAMILIES.length;
const K = Number(args.extra.candidates);
const lengths = args.lines;

interface Sample {
  readonly half: number;
  readonly expected: number;
  /** Candidate language indexes, best baseline first. */
  readonly candidates: Int32Array;
  /** Family f's score of candidate c at f * K + c. */
  readonly scores: Float64Array;
}

function sampleOf(text: string, expected: number, half: number): Sample | undefined {
  const counts = new Map<number, number>();
  const familyOfRow = new Map<number, number>();
  forEachFeatureWithFamily(text, data.params.features, (hash, family) => {
    const row = rowOf(model, hash);
    if (row < 0) return;
    counts.set(row, (counts.get(row) ?? 0) + 1);
    if (!familyOfRow.has(row)) familyOfRow.set(row, family);
  });
  if (counts.size === 0) return undefined;
  const L = data.languages.length;
  const byFamily = new Float64Array(F * L);
  const mass = new Float64Array(F);
  for (const [row, n] of counts) {
    const f = familyOfRow.get(row) as number;
    const w = dampTermFrequency(n);
    mass[f] = (mass[f] as number) + w;
    const end = data.rowStart[row + 1] as number;
    for (let e = data.rowStart[row] as number; e < end; e++) {
      const i = f * L + (data.entryLanguage[e] as number);
      byFamily[i] = (byFamily[i] as number) + w * (model.weightOfCode[data.entryCodes[e] as number] as number);
    }
  }
  const total = new Float64Array(L);
  for (let f = 0; f < F; f++) {
    for (let l = 0; l < L; l++) {
      const i = f * L + l;
      byFamily[i] = (byFamily[i] as number) + (mass[f] as number) * (model.baseWeight[l] as number);
      total[l] = (total[l] as number) + (byFamily[i] as number);
    }
  }
  const order = [...total.keys()].sort((a, b) => (total[b] as number) - (total[a] as number)).slice(0, K);
  const scores = new Float64Array(F * K);
  order.forEach((l, c) => {
    for (let f = 0; f < F; f++) scores[f * K + c] = byFamily[f * L + l] as number;
  });
  return { half, expected, candidates: Int32Array.from(order), scores };
}

function correct(samples: readonly Sample[], weights: Float64Array, half?: number): number {
  let right = 0;
  for (const s of samples) {
    if (half !== undefined && s.half !== half) continue;
    let best = -Infinity;
    let bestC = 0;
    for (let c = 0; c < s.candidates.length; c++) {
      let v = 0;
      for (let f = 0; f < F; f++) v += (weights[f] as number) * (s.scores[f * K + c] as number);
      if (v > best) {
        best = v;
        bestC = c;
      }
    }
    if (s.candidates[bestC] === s.expected) right++;
  }
  return right;
}

const GRID = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3];

function fit(samples: readonly Sample[], half?: number): Float64Array {
  const w = new Float64Array(F).fill(1);
  for (let round = 0; round < 4; round++) {
    let moved = false;
    for (let f = 0; f < F; f++) {
      const keep = w[f] as number;
      let bestG = keep;
      w[f] = keep;
      let bestS = correct(samples, w, half);
      for (const g of GRID) {
        if (g === keep) continue;
        w[f] = g;
        const s = correct(samples, w, half);
        if (s > bestS) {
          bestS = s;
          bestG = g;
        }
      }
      w[f] = bestG;
      if (bestG !== keep) moved = true;
    }
    if (!moved) break;
  }
  return w;
}

const files = listLabelledFiles(args.index, { split: 'validation' });
const bySource = (source: string): number => hashString(source) & 1;
for (const lines of lengths) {
  const samples: Sample[] = [];
  for (const { file, snippet, expected } of labelledSnippets(files, lines)) {
    const sample = sampleOf(snippet, data.languages.indexOf(expected), bySource(file.source ?? file.key));
    if (sample) samples.push(sample);
  }
  const ones = new Float64Array(F).fill(1);
  const base = correct(samples, ones);
  const w0 = fit(samples, 0);
  const w1 = fit(samples, 1);
  const crossed = correct(samples, w0, 1) + correct(samples, w1, 0);
  const all = fit(samples);
  const label = lines === 0 ? 'whole files' : `${lines} lines`;
  console.log(`${label}: ${samples.length} samples; baseline ${((100 * base) / samples.length).toFixed(2)}%, cross-fitted ${((100 * crossed) / samples.length).toFixed(2)}%`);
  const show = (w: Float64Array): string => FEATURE_FAMILIES.map((name, f) => `${name} ${w[f]}`).join(', ');
  console.log(`  half 0: ${show(w0)}\n  half 1: ${show(w1)}\n  all:    ${show(all)} (${((100 * correct(samples, all)) / samples.length).toFixed(2)}% in-sample)`);
}
