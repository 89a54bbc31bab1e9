// What a walk left out, by reason, and the stderr lines that tell the user.
import type { SkippedFile } from '../node/classify-files.js';
import type { CliIO } from './io.js';

export type SkipCounts = Record<SkippedFile['skipped'], number>;

export function newSkipCounts(): SkipCounts {
  return { binary: 0, ignored: 0 };
}

export function reportSkipped(skipped: SkipCounts, io: CliIO): void {
  const plural = (n: number): string => (n === 1 ? '' : 's');
  if (skipped.binary > 0) io.stderr(`whichlang: skipped ${skipped.binary} binary file${plural(skipped.binary)}\n`);
  if (skipped.ignored > 0) io.stderr(`whichlang: skipped ${skipped.ignored} file${plural(skipped.ignored)} ignored by .gitignore (--all includes them)\n`);
}
