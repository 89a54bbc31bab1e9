// Labelled files for training and evaluation, from either layout users have:
//   a directory of <Language>/<files…> (the layout of Linguist's samples), or
//   a JSONL index of { path, language, split? } (paths relative to the index file).
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WhichlangError } from '../errors.js';
import { resolveLanguageName } from '../languages/index.js';
import { decodeText, MAX_INPUT_BYTES } from '../tokenizer/decode.js';

export interface LabelledFile {
  readonly path: string;
  /**
   * The file as the corpus names it: its path in the index, or below the corpus directory. What
   * is drawn for a file (its snippet windows) is seeded by this, so that a model trained from a
   * checkout in another directory is byte-identical.
   */
  readonly key: string;
  readonly language: string;
  readonly split?: string;
  readonly source?: string;
}

/** Lists the labelled files of a directory or JSONL index, sorted by path. */
export function listLabelledFiles(location: string, options: { split?: string } = {}): LabelledFile[] {
  const stat = statSync(location, { throwIfNoEntry: false });
  if (!stat) throw new WhichlangError('NOT_FOUND', `${location}: no such corpus directory or index`);
  const files = stat.isDirectory() ? fromDirectory(location) : fromIndex(location);
  const wanted = options.split;
  return (wanted ? files.filter((f) => f.split === wanted) : files).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Linguist's spelling of a known language ("cpp" → "C++"); a name Linguist lacks is the user's own language, kept as written. */
function canonical(name: string, where: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.includes('/')) throw new WhichlangError('BAD_CORPUS', `${where}: "${name}" is not a language name`);
  return resolveLanguageName(trimmed) ?? trimmed;
}

function fromDirectory(root: string): LabelledFile[] {
  const out: LabelledFile[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const language = canonical(entry.name, join(root, entry.name));
    const walk = (dir: string, key: string): void => {
      for (const child of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, child.name);
        if (child.isDirectory()) walk(path, `${key}/${child.name}`);
        else if (child.isFile()) out.push({ path, key: `${key}/${child.name}`, language });
      }
    };
    walk(join(root, entry.name), entry.name);
  }
  return out;
}

function fromIndex(indexPath: string): LabelledFile[] {
  const base = dirname(resolve(indexPath));
  const out: LabelledFile[] = [];
  const lines = readFileSync(indexPath, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let row: { path?: unknown; language?: unknown; split?: unknown; source?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      throw new WhichlangError('BAD_CORPUS', `${indexPath}:${i + 1}: not a JSON object`);
    }
    if (typeof row.path !== 'string' || typeof row.language !== 'string') {
      throw new WhichlangError('BAD_CORPUS', `${indexPath}:${i + 1}: needs "path" and "language" strings`);
    }
    out.push({
      path: resolve(base, row.path),
      key: row.path,
      language: canonical(row.language, `${indexPath}:${i + 1}`),
      ...(typeof row.split === 'string' ? { split: row.split } : {}),
      ...(typeof row.source === 'string' ? { source: row.source } : {}),
    });
  });
  return out;
}

/** The first `maxBytes` of a file (the part the model reads). */
export function readBytesPrefix(path: string, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      const n = readSync(fd, buffer, filled, maxBytes - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** The prefix of a file the model reads, decoded as the library would decode it. */
export function readTextPrefix(path: string, maxBytes = MAX_INPUT_BYTES): string {
  return decodeText(readBytesPrefix(path, maxBytes), maxBytes);
}
