// How often a model answers "no language" for textual noise (src/evaluate/noise.ts), whole and
// as snippets: the share a user pasting a base64 blob or a hex dump gets null rather than a name.
import { detectLanguage } from '../detect/pipeline.js';
import type { ModelData } from '../model/types.js';
import { snippetOf } from './snippets.js';

export interface NoiseTally {
  readonly total: number;
  /** Answered null (no language). */
  readonly nulls: number;
}

export interface NoiseRejection {
  /** Whole samples, then snippets of each length. */
  readonly byInput: ReadonlyArray<NoiseTally & { readonly lines: number | 'whole' }>;
  /** Over every input, by kind of noise, with the languages wrongly named most often. */
  readonly byKind: ReadonlyArray<NoiseTally & { readonly kind: string; readonly named: ReadonlyArray<{ language: string; count: number }> }>;
}

/** The share of a tally answered null. */
export function nullShare(t: NoiseTally): number {
  return t.total === 0 ? 0 : t.nulls / t.total;
}

/** How the reports name an input: "whole sample", "1 line", "3 lines". */
export function noiseInputName(lines: number | 'whole'): string {
  return lines === 'whole' ? 'whole sample' : `${lines} line${lines === 1 ? '' : 's'}`;
}

/**
 * The share of `samples` answered null, whole and as snippets, by kind. Used for generated noise
 * (src/evaluate/noise.ts; kinds: base64, hex …) and for prose in other languages
 * (src/evaluate/translated-prose.ts; kinds: the catalogs' projects).
 */
export function evaluateNoise(model: ModelData, samples: readonly { readonly kind: string; readonly text: string }[], snippetLines: readonly number[] = [1, 3, 10]): NoiseRejection {
  const inputs = [0, ...snippetLines];
  const byInput = inputs.map(() => ({ total: 0, nulls: 0 }));
  const byKind = new Map<string, { total: number; nulls: number; named: Map<string, number> }>();
  samples.forEach((sample, i) => {
    const kind = byKind.get(sample.kind) ?? { total: 0, nulls: 0, named: new Map<string, number>() };
    byKind.set(sample.kind, kind);
    inputs.forEach((lines, k) => {
      const text = lines === 0 ? sample.text : snippetOf(sample.text, lines, `noise#${i}`);
      if (text === undefined) return;
      const { language } = detectLanguage(model, text, { contentOnly: true });
      const input = byInput[k] as { total: number; nulls: number };
      input.total++;
      kind.total++;
      if (language === null) {
        input.nulls++;
        kind.nulls++;
      } else kind.named.set(language, (kind.named.get(language) ?? 0) + 1);
    });
  });
  return {
    byInput: inputs.map((lines, k) => ({ lines: lines === 0 ? ('whole' as const) : lines, ...(byInput[k] as NoiseTally) })),
    byKind: [...byKind].map(([kind, t]) => ({
      kind,
      total: t.total,
      nulls: t.nulls,
      named: [...t.named]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([language, count]) => ({ language, count })),
    })),
  };
}
