// Walks corpus/.cache/sources/*, labels files with Linguist languages, filters vendored/generated/
// duplicate files, caps them, splits each language's files by source, and writes corpus/.cache/index.jsonl and
// corpus/.cache/index-summary.json.
// Usage: npx tsx corpus/scripts/build-index.ts [--per-source 150] [--per-language 2000]
//        [--test-dir-share 0.34] [--min-source-files 5] [--min-train-sources 5] [--min-heldout-files 10]
//        [--pinned-floor 500] [--out index.jsonl]   (another name in corpus/.cache, to compare without replacing the index in use)
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionsOf, languageInfo, languagesForExtension, languagesForFilename } from '../../src/languages/index.js';
import { CACHE, CORPUS, globToRegExp, loadManifest, safeId, type ManifestEntry } from './fetch.js';
import { nearDuplicateKey } from './near-duplicates.js';
import { needsDialectEvidence, sqlLabel } from './sql-dialect.js';
import { splitWithPinned, type Split } from './split.js';
import { holdsTemplateStatements, lacksTemplateTags } from './template-tags.js';
import { lacksIniSyntax } from './ini-syntax.js';

const TARGET: Record<Split, number> = { train: 0.8, validation: 0.1, test: 0.1 };

function flag(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}
const PER_SOURCE = flag('per-source', 150);
const PER_LANGUAGE = flag('per-language', 2000);
const TEST_DIR_SHARE = flag('test-dir-share', 0.34);
const MIN_SOURCE_FILES = flag('min-source-files', 5);
const MIN_TRAIN_SOURCES = flag('min-train-sources', 5);
const MIN_HELDOUT_FILES = flag('min-heldout-files', 10);
// Pinned training sources of a language at the cap still get this many files past it: otherwise a
// language whose planned projects fill the cap (Java, JavaScript) can never be rebalanced against
// neighbours that pinned sources grew. The planned selection, and so every held-out file, is unchanged.
const PINNED_FLOOR = flag('pinned-floor', 500);
const outIndex = process.argv.indexOf('--out');
const OUT = outIndex >= 0 ? process.argv[outIndex + 1]! : 'index.jsonl';
if (OUT.includes('/') || !OUT.endsWith('.jsonl')) throw new Error('--out: a file name ending in .jsonl (written in corpus/.cache, where index paths are relative to)');
const MIN_BYTES = 64;
const MAX_BYTES = 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

/** The first k files of each list, k as large as keeps the total within `budget` (at most PER_SOURCE). */
function waterFill<T>(lists: readonly T[][], budget: number): T[][] {
  const total = lists.reduce((s, l) => s + l.length, 0);
  let k = PER_SOURCE;
  if (total > budget) {
    let lo = 0;
    let hi = PER_SOURCE;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      const n = lists.reduce((s, l) => s + Math.min(l.length, mid), 0);
      if (n <= budget) lo = mid;
      else hi = mid - 1;
    }
    k = lo;
  }
  return lists.map((l) => l.slice(0, k));
}

const filters = JSON.parse(readFileSync(join(CORPUS, 'filters.json'), 'utf8'));
const vendored: RegExp[] = filters.vendored.map((p: string) => new RegExp(p));
const generated: RegExp[] = filters.generated.map((p: string) => new RegExp(p));
const generatedHeader = new RegExp(filters.generated_header, 'i');
const testDir = new RegExp(filters.test_dirs);
const skipLanguages = new Set<string>(filters.skip_languages);
const skipExtensions: string[] = filters.skip_extensions ?? [];

const sha1 = (s: string | Buffer): string => createHash('sha1').update(s).digest('hex');

/** The language for a path within an entry, or undefined (unlabelled / ambiguous and unsettled). */
function label(rel: string, entry: ManifestEntry): string | undefined {
  const byName = languagesForFilename(rel);
  if (byName.length === 1) return byName[0];
  const byExt = languagesForExtension(rel);
  if (byExt.length === 1) return byExt[0];
  if (byExt.length > 1 && entry.settle) {
    // Try every suffix, most specific first: `Foo.class.st` is settled by `.st`, `a.test.sql` by `.sql`.
    const settle = Object.fromEntries(Object.entries(entry.settle).map(([k, v]) => [k.toLowerCase(), v]));
    for (const ext of extensionsOf(rel)) {
      const chosen = settle[ext];
      if (chosen && byExt.includes(chosen)) return chosen;
    }
  }
  return undefined;
}

interface Candidate {
  path: string; // relative to CACHE
  rel: string; // relative to the source tree
  language: string;
  source: string;
  bytes: number;
  inTests: boolean;
  order: string;
  /** What reading the file found (hashes, template tags), once it has been read. */
  hash?: ContentCheck;
}

function* walk(root: string, rel = ''): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(join(root, rel));
  } catch {
    return;
  }
  names.sort();
  for (const n of names) {
    const r = rel ? `${rel}/${n}` : n;
    const st = lstatSync(join(root, r));
    if (st.isDirectory()) yield* walk(root, r);
    else if (st.isFile()) yield r;
  }
}

const reasons = new Map<string, number>();
const relabelled = new Map<string, number>(); // settled SQL dialect -> files labelled SQL for want of evidence
const drop = (why: string): undefined => {
  reasons.set(why, (reasons.get(why) ?? 0) + 1);
  return undefined;
};

interface ContentCheck {
  /** Whitespace-normalised and near-duplicate hashes. */
  readonly exact: string;
  readonly near: string;
  /** A template-language file without a template tag, dropped after the split (see main). */
  readonly lacksTemplateTags: boolean;
  /** An INI-labelled file without a section, key or include line (ini-syntax.ts), dropped likewise. */
  readonly lacksIniSyntax: boolean;
  /** An HTML-labelled file holding `{% … %}` statements (template-tags.ts), dropped likewise. */
  readonly holdsTemplateStatements: boolean;
}

/** Content checks while the file is read: its hashes and tags, or undefined when the file is dropped. */
function contentHash(abs: string, size: number, language: string): ContentCheck | undefined {
  const buf = readFileSync(abs);
  const head = buf.subarray(0, HEAD_BYTES);
  if (head.includes(0)) return drop('binary (NUL byte)');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < buf.length });
  } catch {
    return drop('not UTF-8');
  }
  const text = buf.toString('utf8');
  const firstLines = text.slice(0, 2000).split('\n', 8).join('\n');
  if (generatedHeader.test(firstLines)) return drop('generated (header)');
  const lines = text.split('\n');
  if (size / lines.length > 300) return drop('long lines (average > 300)');
  for (const l of lines) if (l.length > 5000) return drop('long line (> 5000)');
  return { exact: sha1(text.replace(/\s+/g, ' ').trim()), near: sha1(nearDuplicateKey(text)), lacksTemplateTags: lacksTemplateTags(language, text), lacksIniSyntax: lacksIniSyntax(language, text), holdsTemplateStatements: holdsTemplateStatements(language, text) };
}

function main(): void {
  const t0 = Date.now();
  const entries = loadManifest();
  const missing: string[] = [];
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    const dir = join(CACHE, 'sources', safeId(entry.id));
    if (!existsSync(join(dir, '.done'))) {
      missing.push(entry.id);
      continue;
    }
    const inc = entry.include?.map(globToRegExp);
    const exc = entry.exclude?.map(globToRegExp);
    const keep = entry.keep?.map(globToRegExp);
    for (const rel of walk(dir)) {
      if (rel === '.done') continue;
      if (inc && !inc.some((r) => r.test(rel))) continue;
      if (exc && exc.some((r) => r.test(rel))) continue;
      const lower = rel.toLowerCase();
      if (skipExtensions.some((x) => lower.endsWith(x))) continue;
      let language = label(rel, entry);
      if (!language || skipLanguages.has(language)) continue;
      if (vendored.some((r) => r.test(rel)) && !keep?.some((r) => r.test(rel))) {
        drop('vendored path');
        continue;
      }
      if (generated.some((r) => r.test(rel))) {
        drop('generated path');
        continue;
      }
      const size = lstatSync(join(dir, rel)).size;
      if (size < MIN_BYTES) {
        drop('too small (< 64 B)');
        continue;
      }
      if (size > MAX_BYTES) {
        drop('too large (> 1 MB)');
        continue;
      }
      if (needsDialectEvidence(rel, language)) {
        const settled = language;
        language = sqlLabel(settled, readFileSync(join(dir, rel)).subarray(0, HEAD_BYTES).toString('utf8'));
        if (language !== settled) relabelled.set(settled, (relabelled.get(settled) ?? 0) + 1);
      }
      const path = `sources/${safeId(entry.id)}/${rel}`;
      candidates.push({ path, rel, language, source: entry.id, bytes: size, inTests: testDir.test(rel), order: sha1(path) });
    }
  }
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  // Per (source, language): cap test-directory files, then cap everything, choosing by sha1(path).
  // Content checks and duplicate detection run in sorted path order, so the first copy is kept.
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = `${c.source}\u0000${c.language}`;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(c);
  }
  const seen = new Set<string>();
  const seenNear = new Set<string>(); // per source and language
  const kept: Candidate[] = [];
  // Deduplicate across everything first (sorted path order); only files that could be selected are read.
  const byGroupOrdered = [...groups.values()].map((g) => [...g].sort((a, b) => (a.order < b.order ? -1 : 1)));
  const dupOk = new Map<string, boolean>();
  const checkFile = (c: Candidate): boolean => {
    let ok = dupOk.get(c.path);
    if (ok === undefined) {
      const h = contentHash(join(CACHE, c.path), c.bytes, c.language);
      ok = h !== undefined;
      dupOk.set(c.path, ok);
      if (h) c.hash = h;
    }
    return ok;
  };
  // Read in sorted path order so duplicate resolution is by path, independent of sampling.
  // To bound work, only files within a group's first (cap * 3) by sha1 order are considered.
  const considered = new Set<string>();
  for (const g of byGroupOrdered) for (const c of g.slice(0, PER_SOURCE * 3 + 50)) considered.add(c.path);
  for (const c of candidates) {
    if (!considered.has(c.path)) continue;
    if (!checkFile(c)) continue;
    const h = c.hash!;
    if (seen.has(h.exact)) {
      drop('duplicate content');
      dupOk.set(c.path, false);
      continue;
    }
    seen.add(h.exact);
    // Near duplicates only within a source: across projects, equal templates are independent evidence.
    const near = `${c.source}\u0000${c.language}\u0000${h.near}`;
    if (seenNear.has(near)) {
      drop('near duplicate (same source; differs only in numbers, strings, spacing)');
      dupOk.set(c.path, false);
      continue;
    }
    seenNear.add(near);
  }
  for (const g of byGroupOrdered) {
    const maxTests = Math.max(10, Math.floor(PER_SOURCE * TEST_DIR_SHARE));
    let tests = 0;
    const pick: Candidate[] = [];
    for (const c of g) {
      if (pick.length >= PER_SOURCE) break;
      if (!dupOk.get(c.path)) continue;
      if (c.inTests) {
        if (tests >= maxTests) continue;
        tests++;
      }
      pick.push(c);
    }
    kept.push(...pick);
  }

  const projectOf = new Map(entries.map((e) => [e.id, e.project ?? e.id]));
  const unit = (source: string): string => projectOf.get(source) ?? source;
  // Projects pinned to a split (the manifest's `split`) take no part in the split plan, and their
  // files only fill the room a language's cap leaves the others: training sources added later take
  // no file from a held-out project and move none.
  const pinnedSplit = new Map<string, Split>();
  for (const e of entries) if (e.split) pinnedSplit.set(unit(e.id), e.split);

  // Per language: water-fill so no language exceeds PER_LANGUAGE, taking evenly across sources.
  const byLang = new Map<string, Map<string, Candidate[]>>();
  for (const c of kept) {
    if (!byLang.has(c.language)) byLang.set(c.language, new Map());
    const m = byLang.get(c.language)!;
    if (!m.has(c.source)) m.set(c.source, []);
    m.get(c.source)!.push(c);
  }
  let selected: Candidate[] = [];
  for (const [, bySource] of byLang) {
    const planned = [...bySource].filter(([source]) => !pinnedSplit.has(unit(source))).map(([, l]) => l);
    const pinned = [...bySource].filter(([source]) => pinnedSplit.has(unit(source))).map(([, l]) => l);
    const taken = waterFill(planned, PER_LANGUAGE);
    const room = Math.max(PINNED_FLOOR, PER_LANGUAGE - taken.reduce((s, l) => s + l.length, 0));
    for (const l of [...taken, ...waterFill(pinned, room)]) selected.push(...l);
  }

  // ---- split: by project, for all its languages at once (split.ts) ----
  const langSrc = new Map<string, Map<string, number>>(); // language -> project -> files
  for (const c of selected) {
    if (!langSrc.has(c.language)) langSrc.set(c.language, new Map());
    const m = langSrc.get(c.language)!;
    m.set(unit(c.source), (m.get(unit(c.source)) ?? 0) + 1);
  }
  const plan = splitWithPinned(langSrc, {
    target: TARGET,
    minSourceFiles: MIN_SOURCE_FILES,
    minTrainSources: MIN_TRAIN_SOURCES,
    minHeldoutFiles: MIN_HELDOUT_FILES,
  }, pinnedSplit);
  const splitOf = (c: { source: string }): Split => plan.splitOf.get(unit(c.source)) ?? 'train';
  // A template-language file without a template tag or an HTML file with template statements
  // (template-tags.ts), or an INI file without INI (ini-syntax.ts), is dropped after the split, not before: dropping it first changes project sizes and can move whole projects
  // between train and test, so a label fix would also change the test set it is measured on.
  selected = selected.filter((c) => {
    if (c.hash?.lacksTemplateTags) return drop('template language without a template tag') ?? false;
    if (c.hash?.lacksIniSyntax) return drop('INI without a section, key or include') ?? false;
    if (c.hash?.holdsTemplateStatements) return drop('HTML holding template statements ({% … %})') ?? false;
    return true;
  });
  selected.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  const lines = selected.map((c) =>
    JSON.stringify({ path: c.path, language: c.language, source: c.source, split: splitOf(c), bytes: c.bytes }),
  );
  writeFileSync(join(CACHE, OUT), lines.join('\n') + '\n');

  // ---- summary ----
  type Row = { files: Record<Split, number>; sources: Record<Split, Set<string>>; bytes: number };
  const rows = new Map<string, Row>();
  for (const c of selected) {
    if (!rows.has(c.language)) rows.set(c.language, { files: { train: 0, validation: 0, test: 0 }, sources: { train: new Set(), validation: new Set(), test: new Set() }, bytes: 0 });
    const r = rows.get(c.language)!;
    const sp = splitOf(c);
    r.files[sp]++;
    r.sources[sp].add(unit(c.source)); // projects, not manifest entries
    r.bytes += c.bytes;
  }
  const summary = {
    generated: new Date().toISOString(),
    options: { perSource: PER_SOURCE, perLanguage: PER_LANGUAGE, testDirShare: TEST_DIR_SHARE, minSourceFiles: MIN_SOURCE_FILES, minTrainSources: MIN_TRAIN_SOURCES, minHeldoutFiles: MIN_HELDOUT_FILES },
    files: selected.length,
    sources: new Set(selected.map((c) => c.source)).size,
    missingSources: missing,
    dropped: Object.fromEntries([...reasons].sort()),
    sqlLabelledForWantOfDialect: Object.fromEntries([...relabelled].sort()),
    trainOnlyLanguages: [...plan.trainOnly].filter((l) => rows.has(l)).sort(),
    unmetSplits: plan.unmet,
    projectSplits: Object.fromEntries([...plan.splitOf].sort(([a], [b]) => (a < b ? -1 : 1))),
    languages: Object.fromEntries(
      [...rows].sort(([a], [b]) => (a < b ? -1 : 1)).map(([l, r]) => [
        l,
        {
          type: languageInfo(l)?.type,
          files: r.files,
          sources: { train: r.sources.train.size, validation: r.sources.validation.size, test: r.sources.test.size },
          bytes: r.bytes,
        },
      ]),
    ),
  };
  writeFileSync(join(CACHE, OUT.replace(/\.jsonl$/, '-summary.json')), JSON.stringify(summary, null, 1) + '\n');

  const pad = (s: string | number, n: number): string => String(s).padStart(n);
  console.log(`${'language'.padEnd(26)} ${pad('train', 6)} ${pad('val', 5)} ${pad('test', 5)}   sources t/v/t`);
  const sorted = [...rows].sort((a, b) => b[1].files.train - a[1].files.train);
  for (const [l, r] of sorted) {
    const note = plan.trainOnly.has(l) ? '  (train only: < 3 sources)' : '';
    console.log(
      `${l.padEnd(26)} ${pad(r.files.train, 6)} ${pad(r.files.validation, 5)} ${pad(r.files.test, 5)}   ${r.sources.train.size}/${r.sources.validation.size}/${r.sources.test.size}${note}`,
    );
  }
  const ge3 = sorted.filter(([l, r]) => !plan.trainOnly.has(l) && r.files.train >= 50).length;
  console.log(`\n${selected.length} files, ${rows.size} languages (${ge3} with >= 3 sources and >= 50 train files), ${summary.sources} sources`);
  console.log(`dropped: ${[...reasons].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`.sql labelled SQL for want of the settled dialect's syntax: ${[...relabelled].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  if (missing.length) console.log(`not fetched (run fetch.ts): ${missing.join(', ')}`);
  if (plan.unmet.length) console.log(`could not give a validation/test source to: ${plan.unmet.join(', ')}`);
  console.log(`(${((Date.now() - t0) / 1000).toFixed(0)}s)`);
}

main();
