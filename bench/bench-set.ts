// The benchmark's fixed set of real files: from the corpus test split, every language, files of
// 2–40 KB (mean about 10 KB), chosen by a hash of the path so every run reads the same set.
// Files the index lists but the cache no longer holds (a source re-pinned since) are left out.
import { statSync } from 'node:fs';
import { hashString } from '../src/tokenizer/hash.js';
import { listLabelledFiles, type LabelledFile } from '../src/node/labelled-files.js';

export function benchSet(index: string, split: string, size: number): LabelledFile[] {
  const files = listLabelledFiles(index, { split })
    .map((f) => ({ f, bytes: statSync(f.path, { throwIfNoEntry: false })?.size ?? -1 }))
    .filter(({ bytes }) => bytes >= 2_000 && bytes <= 40_000)
    .sort((a, b) => hashString(a.f.key) - hashString(b.f.key));
  return files.slice(0, size).map(({ f }) => f);
}
