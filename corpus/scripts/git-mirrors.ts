// Where the manifest's `git` entries find their bare mirrors, and which mirrors a machine still
// lacks, in the order to bring them: a session can bring only so many snapshots (500 here, for 957
// repositories), and the unpinned entries come first because the validation and test splits are
// drawn from them; the pinned ones only train.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestEntry } from './fetch.js';

/** $WHICHLANG_GIT_MIRROR, else where this workplace's fetch puts snapshots. */
export function mirrorRoot(): string {
  return process.env.WHICHLANG_GIT_MIRROR ?? '/work/.mirror';
}

/** The git directory of `owner/name`'s bare mirror under `root`, or undefined when there is none. */
export function findMirror(root: string, repo: string): string | undefined {
  const [owner, name] = repo.split('/');
  const places = [join(root, `${owner}+${name}`), join(root, `${owner}/${name}.git`), join(root, `${owner}+${name}.git`)];
  // A snapshot is a bare repository, or a clone whose git directory is repo/ or repo/.git.
  return places
    .flatMap((p) => [p, join(p, 'repo'), join(p, 'repo', '.git')])
    .find((p) => existsSync(join(p, 'HEAD')) && existsSync(join(p, 'objects')));
}

export interface MirrorNeeds {
  /** Repositories without a mirror, those the held-out splits draw from first. */
  readonly missing: readonly string[];
  /** How many of `missing` are in the split plan (not pinned to training). */
  readonly missingForSplits: number;
  /** Distinct repositories the manifest names. */
  readonly total: number;
}

export function mirrorNeeds(entries: readonly ManifestEntry[], hasMirror: (repo: string) => boolean): MirrorNeeds {
  const forSplits = new Set<string>();
  const trainOnly = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'git' || !e.repo) continue;
    (e.split === 'train' ? trainOnly : forSplits).add(e.repo);
  }
  for (const repo of forSplits) trainOnly.delete(repo);
  const missingForSplits = [...forSplits].filter((r) => !hasMirror(r));
  const missingTrainOnly = [...trainOnly].filter((r) => !hasMirror(r));
  return {
    missing: [...missingForSplits, ...missingTrainOnly],
    missingForSplits: missingForSplits.length,
    total: forSplits.size + trainOnly.size,
  };
}
