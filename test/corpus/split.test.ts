import { describe, expect, it } from 'vitest';
import { splitByProject, splitWithPinned, type Split, type SplitOptions } from '../../corpus/scripts/split.js';

const OPTIONS: SplitOptions = {
  target: { train: 0.8, validation: 0.1, test: 0.1 },
  minSourceFiles: 5,
  minTrainSources: 5,
  minHeldoutFiles: 10,
};

type Table = Record<string, Record<string, number>>; // language -> project -> files

function plan(table: Table, options = OPTIONS) {
  const counts = new Map(Object.entries(table).map(([l, m]) => [l, new Map(Object.entries(m))]));
  return splitByProject(counts, options);
}

function filesIn(table: Table, language: string, split: Split, splitOf: ReadonlyMap<string, Split>): number {
  return Object.entries(table[language]!)
    .filter(([p]) => splitOf.get(p) === split)
    .reduce((a, [, n]) => a + n, 0);
}

describe('splitByProject', () => {
  it('puts every project on one side for all of its languages', () => {
    const table: Table = {
      C: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, 20 + i])),
      Makefile: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, 6])),
    };
    const { splitOf } = plan(table);
    expect(splitOf.size).toBe(12);
    // Both languages see the same projects held out, so their held-out files come from the same projects.
    for (const split of ['test', 'validation'] as Split[]) {
      expect(filesIn(table, 'C', split, splitOf)).toBeGreaterThan(0);
      expect(filesIn(table, 'Makefile', split, splitOf)).toBeGreaterThan(0);
    }
  });

  it('trains on the largest source and on all sources of a language with fewer than 3', () => {
    const table: Table = {
      Go: { big: 150, a: 12, b: 11, c: 30, d: 25, e: 20, f: 15, g: 14 },
      Zig: { big: 40, z: 30 },
    };
    const { splitOf, trainOnly } = plan(table);
    expect(splitOf.get('big')).toBe('train');
    expect([...trainOnly]).toEqual(['Zig']);
    expect(splitOf.get('z')).toBe('train');
    const heldOut = [...splitOf].filter(([, s]) => s !== 'train').map(([p]) => p);
    expect(heldOut.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps minTrainSources sources of a thin language in training', () => {
    const table: Table = { Nim: { a: 50, b: 40, c: 30, d: 20, e: 12, f: 11, g: 10 } };
    const { splitOf } = plan(table);
    const counts = { train: 0, validation: 0, test: 0 };
    for (const s of splitOf.values()) counts[s]++;
    expect(counts).toEqual({ train: 5, validation: 1, test: 1 });
  });

  it('does not hold out a project that would swamp another language, and says which seed it could not give', () => {
    const table: Table = {
      // Tcl's projects: one that is mostly XSLT, the rest small.
      Tcl: { tcl1: 60, xsltHeavy: 12, tclSmall: 8 },
      XSLT: { xsltHeavy: 300, x1: 40, x2: 30, x3: 20, x4: 10 },
    };
    const { splitOf, unmet } = plan(table);
    expect(splitOf.get('xsltHeavy')).toBe('train');
    expect(['test', 'validation']).toContain(splitOf.get('tclSmall'));
    expect(unmet.some((u) => u.startsWith('Tcl:'))).toBe(true);
    expect(unmet.some((u) => u.startsWith('XSLT:'))).toBe(false);
  });

  it('fills held-out splits near their target shares', () => {
    const table: Table = { Java: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`j${i}`, 10])) };
    const { splitOf } = plan(table);
    const test = filesIn(table, 'Java', 'test', splitOf);
    const validation = filesIn(table, 'Java', 'validation', splitOf);
    expect(test).toBeGreaterThanOrEqual(30);
    expect(test).toBeLessThanOrEqual(50);
    expect(validation).toBeGreaterThanOrEqual(30);
    expect(validation).toBeLessThanOrEqual(50);
  });

  it('is deterministic whatever order the counts come in', () => {
    const table: Table = {
      Ruby: { r1: 30, r2: 20, r3: 15, r4: 12, r5: 11, r6: 10, r7: 9 },
      Shell: { r2: 6, r5: 7, s1: 40, s2: 30, s3: 25 },
    };
    const reversed: Table = Object.fromEntries(
      Object.entries(table)
        .reverse()
        .map(([l, m]) => [l, Object.fromEntries(Object.entries(m).reverse())]),
    );
    expect([...plan(reversed).splitOf].sort()).toEqual([...plan(table).splitOf].sort());
  });
});

describe('splitWithPinned', () => {
  it('adds projects pinned to train without moving any other project', () => {
    const table: Table = {
      C: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`p${i}`, 20 + 3 * i])),
      Nim: { p1: 30, p2: 12, p5: 40, n1: 25 },
    };
    const before = plan(table).splitOf;
    // Large new sources: planned with the others, they would change the held-out choices.
    const grown: Table = { C: { ...table.C, big: 400 }, Nim: { ...table.Nim, big: 300, other: 60 } };
    const counts = new Map(Object.entries(grown).map(([l, m]) => [l, new Map(Object.entries(m))]));
    const pinned = new Map<string, Split>([
      ['big', 'train'],
      ['other', 'train'],
    ]);
    const after = splitWithPinned(counts, OPTIONS, pinned).splitOf;
    for (const [project, split] of before) expect(after.get(project)).toBe(split);
    expect(after.get('big')).toBe('train');
    expect(after.get('other')).toBe('train');
    // Planned like any other project, the large one moves the plan.
    const unpinned = splitByProject(counts, OPTIONS).splitOf;
    expect([...before].some(([project, split]) => unpinned.get(project) !== split)).toBe(true);
  });
});
