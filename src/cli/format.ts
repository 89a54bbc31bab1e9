// Output formats. Each is a small writer with begin/result/end so results can stream: the JSON
// array is opened before the first result and closed after the last (or on interruption).
import type { ClassifiedFile, FailedFile, FileResult } from '../node/classify-files.js';
import { isFailure, isSkipped } from '../node/classify-files.js';
import type { DetectionUnknownReason } from '../detect/pipeline.js';

export interface Writer {
  begin(): void;
  result(result: ClassifiedFile | FailedFile): void;
  end(): void;
}

export type OutputFormat = 'table' | 'json' | 'ndjson';

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** Why an answer is unknown, in words (`--explain`). */
const UNKNOWN_BECAUSE: Readonly<Record<DetectionUnknownReason, string>> = {
  'too-little-evidence': 'too little the model knows: empty, or nearly',
  unfamiliar: 'mostly text the model has never seen',
  'no-candidates': 'none of the languages allowed is in the model',
  noise: 'it reads as noise (random tokens, base64, a hex dump), not a language',
  prose: 'it reads as prose (Text), not code',
  'low-confidence': 'no language is clearly ahead',
  binary: 'binary content',
  'not-in-model': 'its name or --only allows only languages the model does not know',
};

/** The documented JSON shape of one result. */
export function toJson(result: ClassifiedFile | FailedFile): Record<string, unknown> {
  if (isFailure(result)) return { path: result.path, error: result.error };
  return {
    path: result.path,
    language: result.language,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.ruledOut ? { ruledOut: result.ruledOut } : {}),
    confidence: round(result.confidence),
    strategy: result.strategy,
    candidates: result.candidates.map((c) => ({ language: c.language, probability: round(c.probability) })),
    ...(result.explanation
      ? { explanation: { versus: result.explanation.versus, features: result.explanation.features.map((f) => ({ feature: f.feature, weight: round(f.weight) })) } }
      : {}),
  };
}

/** A path as one table cell: control characters (a newline in a file name) shown escaped, never raw. */
export function displayPath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

export function makeWriter(format: OutputFormat, write: (text: string) => void, options: { pathWidth: number; top: number; explain?: boolean }): Writer {
  if (format === 'ndjson') {
    return { begin() {}, result: (r) => write(JSON.stringify(toJson(r)) + '\n'), end() {} };
  }
  if (format === 'json') {
    let count = 0;
    return {
      begin: () => write('['),
      result: (r) => write((count++ === 0 ? '\n' : ',\n') + JSON.stringify(toJson(r))),
      end: () => write(count === 0 ? ']\n' : '\n]\n'),
    };
  }
  let width = options.pathWidth;
  return {
    begin() {},
    result(r) {
      const shown = displayPath(r.path);
      width = Math.max(width, shown.length);
      const path = shown.padEnd(width);
      if (isFailure(r)) {
        write(`${path}  error: ${r.error.code}\n`);
        return;
      }
      const language = (r.language ?? '(unknown)').padEnd(18);
      const confidence = `${(100 * r.confidence).toFixed(1)}%`.padStart(6);
      const others = options.top > 1 ? '  ' + r.candidates.slice(1).map((c) => `${c.language} ${(100 * c.probability).toFixed(1)}%`).join(', ') : '';
      write(`${path}  ${language} ${confidence}  ${r.strategy}${others}\n`);
      if (r.reason && options.explain) write(`${' '.repeat(width)}  why unknown: ${UNKNOWN_BECAUSE[r.reason]}\n`);
      if (options.explain) for (const out of r.ruledOut ?? []) write(`${' '.repeat(width)}  not ${out.language}: it ${out.because}\n`);
      if (r.explanation) {
        write(`${' '.repeat(width)}  why not ${r.explanation.versus}:\n`);
        for (const f of r.explanation.features) write(`${' '.repeat(width)}    ${f.weight >= 0 ? '+' : ''}${f.weight.toFixed(2)}  ${f.feature}\n`);
      }
    },
    end() {},
  };
}

export function isReportable(result: FileResult): result is ClassifiedFile | FailedFile {
  return !isSkipped(result);
}
