// What the scripts that add generated samples to the index share (noise.ts, translated-prose.ts):
// their command-line flags, the index's other records, and writing both back with a note in the
// summary that build-index.ts wrote, since its counts predate the samples. Written for whichlang.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE } from './fetch.js';

/** `--name value` from the command line, or `def`. */
export function flag(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] as string) : def;
}

/** The index named by `--index` (under corpus/.cache; default index.jsonl). */
export function indexPathFromFlags(): string {
  return join(CACHE, flag('index', 'index.jsonl'));
}

/** The index's records (JSON lines) but those of `source`, which its script is about to replace. */
export function otherRecords(indexPath: string, source: string): string[] {
  return readFileSync(indexPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && (JSON.parse(line) as { source?: string }).source !== source);
}

/** Writes the index as `kept` then `added`, and records `note` under `key` in its summary, if there is one. */
export function writeIndex(indexPath: string, kept: readonly string[], added: readonly string[], key: string, note: Record<string, unknown>): void {
  writeFileSync(indexPath, [...kept, ...added].join('\n') + '\n');
  const summaryPath = indexPath.replace(/\.jsonl$/, '-summary.json');
  if (!existsSync(summaryPath)) return;
  const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as Record<string, unknown>;
  summary[key] = note;
  writeFileSync(summaryPath, JSON.stringify(summary, null, 1) + '\n');
}
