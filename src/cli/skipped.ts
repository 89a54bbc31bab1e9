// What a walk left out, by reason, and the stderr lines that tell the user.
import type { SkipReason } from '../fs/exclusions.js';
import type { CliIO } from './io.js';

export type SkipCounts = Record<SkipReason, number>;

export function newSkipCounts(): SkipCounts {
  return { vendored: 0, generated: 0, documentation: 0, binary: 0, ignored: 0 };
}

const plural = (n: number): string => (n === 1 ? '' : 's');

/** One line for binary files (never read), one for what --all would include, with the count of each reason. */
export function reportSkipped(skipped: SkipCounts, io: CliIO): void {
  if (skipped.binary > 0) io.stderr(`whichlang: skipped ${skipped.binary} binary file${plural(skipped.binary)}\n`);
  const reasons: Array<[number, string]> = [
    [skipped.vendored, 'vendored'],
    [skipped.generated, 'generated'],
    [skipped.documentation, 'documentation'],
    [skipped.ignored, 'ignored by .gitignore'],
  ];
  const shown = reasons.filter(([n]) => n > 0);
  if (shown.length === 0) return;
  const total = shown.reduce((a, [n]) => a + n, 0);
  io.stderr(`whichlang: skipped ${total} file${plural(total)}: ${shown.map(([n, what]) => `${n} ${what}`).join(', ')} (--all includes them)\n`);
}

/**
 * The stderr line for a run that found nothing to classify: an empty directory, or one holding
 * only what the walk passes by (symbolic links are not followed), would otherwise print nothing.
 */
export function reportNoFiles(io: CliIO): void {
  io.stderr('whichlang: no files to classify\n');
}
