// Research helpers: the arguments the snippet harnesses share (--model, --lines, --index).
import { parseArgs } from 'node:util';
import type { ModelData } from '../../src/model/types.js';
import { readModelFile } from '../../src/node/model-file.js';

export interface SnippetArgs {
  readonly model: ModelData;
  /** Snippet lengths in lines (0: whole files). */
  readonly lines: number[];
  readonly index: string;
  /** The harness's own string options, by name. */
  readonly extra: Readonly<Record<string, string>>;
}

export function readSnippetArgs(defaultLines: string, extra: Readonly<Record<string, string>> = {}): SnippetArgs {
  const own = Object.fromEntries(Object.entries(extra).map(([name, value]) => [name, { type: 'string' as const, default: value }]));
  const { values } = parseArgs({
    options: {
      model: { type: 'string' },
      lines: { type: 'string', default: defaultLines },
      index: { type: 'string', default: 'corpus/.cache/index.jsonl' },
      ...own,
    },
  });
  if (typeof values.model !== 'string') throw new Error('--model is required');
  return {
    model: readModelFile(values.model),
    lines: String(values.lines).split(',').map(Number),
    index: String(values.index),
    extra: Object.fromEntries(Object.keys(extra).map((name) => [name, String((values as Record<string, unknown>)[name])])),
  };
}
