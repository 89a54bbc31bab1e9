// Train/validation/test split by project. A project (a Debian source package and its binaries, a git
// repository and its Debian package, an npm package) goes to one split for all of its languages, so
// a test project was never seen in training in any language. Splitting each language on its own
// let a project's C train while its OpenCL was tested, and the model learnt the project's style as
// evidence for C.

export type Split = 'train' | 'validation' | 'test';
export const SPLITS: readonly Split[] = ['train', 'validation', 'test'];

export interface SplitOptions {
  /** Share of each language's files each split aims for. */
  readonly target: Readonly<Record<Split, number>>;
  /** A project counts as a source of a language from this many files. */
  readonly minSourceFiles: number;
  /** Training keeps at least this many sources of a language (fewer when it has fewer). */
  readonly minTrainSources: number;
  /** Held-out seeds prefer projects with at least this many files of the language. */
  readonly minHeldoutFiles: number;
}

export interface SplitPlan {
  /** Project -> split. */
  readonly splitOf: ReadonlyMap<string, Split>;
  /** Languages with fewer than 3 sources: every source of theirs trains. */
  readonly trainOnly: ReadonlySet<string>;
  /** `language:split` pairs that got no source of their own. */
  readonly unmet: readonly string[];
}

type Counts = ReadonlyMap<string, ReadonlyMap<string, number>>;

const HELD_OUT: readonly Split[] = ['test', 'validation'];

function tieBreak(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Splits projects given each language's file count per project (`language -> project -> files`).
 * Deterministic: the same counts give the same plan.
 *
 * 1. A language with fewer than 3 sources trains on all of them.
 * 2. Thinnest languages first, each gets a test and a validation source: a project that is no
 *    language's largest source and takes no other language far past its share, and of those the one
 *    that overshoots the other languages' targets least.
 * 3. Largest sources train, and each language keeps `minTrainSources` training sources where it has them.
 * 4. The remaining projects, largest first, go to the split they overshoot least, then to the one
 *    their languages most lack.
 */
export function splitByProject(filesByLanguage: Counts, options: SplitOptions): SplitPlan {
  const { target, minSourceFiles, minTrainSources, minHeldoutFiles } = options;
  const languages = [...filesByLanguage.keys()].sort(tieBreak);
  const filesByProject = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  for (const language of languages) {
    for (const [project, n] of filesByLanguage.get(language)!) {
      if (!filesByProject.has(project)) filesByProject.set(project, new Map());
      filesByProject.get(project)!.set(language, n);
      total.set(language, (total.get(language) ?? 0) + n);
    }
  }
  const qualifying = new Map(
    languages.map((l) => [
      l,
      [...filesByLanguage.get(l)!]
        .filter(([, n]) => n >= minSourceFiles)
        .sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))
        .map(([p]) => p),
    ]),
  );
  const trainOnly = new Set(languages.filter((l) => qualifying.get(l)!.length < 3));
  const trainSourcesNeeded = (l: string): number =>
    trainOnly.has(l) ? qualifying.get(l)!.length : Math.min(minTrainSources, qualifying.get(l)!.length - 2);

  const splitOf = new Map<string, Split>();
  const have = new Map(languages.map((l) => [l, { train: 0, validation: 0, test: 0 } as Record<Split, number>]));
  const assign = (project: string, split: Split): void => {
    splitOf.set(project, split);
    for (const [l, n] of filesByProject.get(project)!) have.get(l)![split] += n;
  };
  const sourcesIn = (l: string, split: Split): number => qualifying.get(l)!.filter((p) => splitOf.get(p) === split).length;
  // Holding a project out must leave each of its languages enough sources that can still train.
  const canHoldOut = (project: string): boolean =>
    [...filesByProject.get(project)!].every(([l, n]) => {
      if (n < minSourceFiles) return true;
      const couldTrain = qualifying.get(l)!.filter((p) => p !== project && (splitOf.get(p) ?? 'train') === 'train').length;
      return couldTrain >= Math.max(1, trainSourcesNeeded(l));
    });

  // 1. Every source of a language too thin to hold any out trains. Each language's largest project
  // is never a held-out seed, and trains in step 3.
  for (const l of trainOnly) for (const p of qualifying.get(l)!) if (!splitOf.has(p)) assign(p, 'train');
  const largest = new Set(languages.filter((l) => !trainOnly.has(l)).map((l) => qualifying.get(l)![0]!));

  // 2. Held-out seeds, thinnest languages first so they choose before the common ones fill up.
  const unmet: string[] = [];
  const byThinness = languages
    .filter((l) => !trainOnly.has(l))
    .sort((a, b) => qualifying.get(a)!.length - qualifying.get(b)!.length || tieBreak(a, b));
  // Files by which holding the project out would overshoot the split's target, for all its languages but one.
  const overshoot = (project: string, split: Split, except?: string): number => {
    let sum = 0;
    for (const [l, n] of filesByProject.get(project)!) {
      if (l !== except) sum += Math.max(0, have.get(l)![split] + n - target[split] * total.get(l)!);
    }
    return sum;
  };
  // A seed for one language must not take more than twice another language's share for that split.
  const swamps = (project: string, split: Split, seeded: string): boolean =>
    [...filesByProject.get(project)!].some(
      ([l, n]) => l !== seeded && n >= minSourceFiles && have.get(l)![split] + n > 2 * target[split] * total.get(l)!,
    );
  for (const l of byThinness) {
    for (const split of HELD_OUT) {
      if (sourcesIn(l, split) > 0) continue;
      const options = qualifying
        .get(l)!
        .filter((p) => !splitOf.has(p) && !largest.has(p) && canHoldOut(p) && !swamps(p, split, l))
        .map((p) => ({ p, n: filesByLanguage.get(l)!.get(p)!, cost: overshoot(p, split, l) }))
        .sort(
          (a, b) =>
            a.cost - b.cost ||
            Number(b.n >= minHeldoutFiles) - Number(a.n >= minHeldoutFiles) ||
            a.n - b.n ||
            tieBreak(a.p, b.p),
        );
      if (options.length === 0) unmet.push(`${l}:${split}`);
      else assign(options[0]!.p, split);
    }
  }

  // 3. Largest sources not held out, then enough training sources for each language to see several styles.
  for (const p of largest) if (!splitOf.has(p)) assign(p, 'train');
  for (const l of byThinness) {
    for (const p of qualifying.get(l)!) {
      if (sourcesIn(l, 'train') >= trainSourcesNeeded(l)) break;
      if (!splitOf.has(p)) assign(p, 'train');
    }
  }

  // 4. The rest, largest first: the split it overshoots least (squared, so one language far over
  // weighs more than several a little over), then the split its languages' files fall furthest short of.
  const squaredOvershoot = (project: string, split: Split): number => {
    let sum = 0;
    for (const [l, n] of filesByProject.get(project)!) {
      const t = total.get(l)!;
      const over = (files: number): number => Math.max(0, files / t - target[split]) ** 2;
      sum += t * (over(have.get(l)![split] + n) - over(have.get(l)![split]));
    }
    return sum;
  };
  const shortfall = (project: string, split: Split): number => {
    let gap = 0;
    for (const [l, n] of filesByProject.get(project)!) gap += n * (target[split] - (have.get(l)![split] + n) / total.get(l)!);
    return gap;
  };
  const rest = [...filesByProject]
    .filter(([p]) => !splitOf.has(p))
    .map(([p, m]) => ({ p, size: [...m.values()].reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.size - a.size || tieBreak(a.p, b.p));
  for (const { p } of rest) {
    const choices = SPLITS.filter((split) => split === 'train' || canHoldOut(p)).map((split) => ({
      split,
      cost: squaredOvershoot(p, split),
      gap: shortfall(p, split),
    }));
    choices.sort((a, b) => a.cost - b.cost || b.gap - a.gap);
    assign(p, choices[0]!.split);
  }
  return { splitOf, trainOnly, unmet };
}

/**
 * The plan for the projects not in `pinned`, which then join their pinned split: a project pinned
 * to train takes no part in the plan, so adding one leaves every other project where it was.
 */
export function splitWithPinned(filesByLanguage: Counts, options: SplitOptions, pinned: ReadonlyMap<string, Split>): SplitPlan {
  const unpinned = new Map<string, ReadonlyMap<string, number>>();
  for (const [language, byProject] of filesByLanguage) {
    const kept = [...byProject].filter(([project]) => !pinned.has(project));
    if (kept.length > 0) unpinned.set(language, new Map(kept));
  }
  const plan = splitByProject(unpinned, options);
  return { ...plan, splitOf: new Map([...plan.splitOf, ...pinned]) };
}
