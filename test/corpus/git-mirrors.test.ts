import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../corpus/scripts/fetch.js';
import { findMirror, mirrorNeeds } from '../../corpus/scripts/git-mirrors.js';

const git = (repo: string, split?: 'train'): ManifestEntry => ({ id: `git:${repo}`, kind: 'git', repo, commit: 'c'.repeat(40), ...(split ? { split } : {}) });

describe('mirrorNeeds', () => {
  const entries: ManifestEntry[] = [
    { id: 'npm:left-pad', kind: 'npm', package: 'left-pad', version: '1.3.0' },
    git('a/pinned', 'train'),
    git('a/held-out'),
    git('b/present'),
    git('b/pinned-too', 'train'),
    git('c/both', 'train'),
    git('c/both'),
  ];

  it('lists the repositories the splits draw from before those that only train', () => {
    const needs = mirrorNeeds(entries, (repo) => repo === 'b/present');
    expect(needs.missing).toEqual(['a/held-out', 'c/both', 'a/pinned', 'b/pinned-too']);
    expect(needs.missingForSplits).toBe(2);
    expect(needs.total).toBe(5);
  });

  it('needs nothing when every mirror is present', () => {
    expect(mirrorNeeds(entries, () => true)).toEqual({ missing: [], missingForSplits: 0, total: 5 });
  });
});

describe('findMirror', () => {
  const root = mkdtempSync(join(tmpdir(), 'whichlang-mirrors-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const gitDir = (dir: string): void => {
    mkdirSync(join(dir, 'objects'), { recursive: true });
    writeFileSync(join(dir, 'HEAD'), 'ref: refs/heads/main\n');
  };

  it('finds a bare snapshot, or the git directory of a clone inside one', () => {
    gitDir(join(root, 'owner+bare'));
    gitDir(join(root, 'owner+clone', 'repo', '.git'));
    expect(findMirror(root, 'owner/bare')).toBe(join(root, 'owner+bare'));
    expect(findMirror(root, 'owner/clone')).toBe(join(root, 'owner+clone', 'repo', '.git'));
  });

  it('does not take a directory without objects for a mirror', () => {
    mkdirSync(join(root, 'owner+half'), { recursive: true });
    writeFileSync(join(root, 'owner+half', 'HEAD'), 'ref: refs/heads/main\n');
    expect(findMirror(root, 'owner/half')).toBeUndefined();
    expect(findMirror(root, 'owner/absent')).toBeUndefined();
  });
});
