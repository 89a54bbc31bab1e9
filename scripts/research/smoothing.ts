// Research harness (not part of the product): tokenizes the training split once, keeps counts per
// (source, language), then builds and scores model variants on the validation split, so smoothing,
// source weighting and vocabulary rules can be compared in one run. Usage:
//   npx tsx scripts/research/smoothing.ts [--limit N]
import { parseArgs } from 'node:util';
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { readBytesPrefix } from '../../src/node/labelled-files.js';
import { decodeText, looksBinary } from '../../src/tokenizer/decode.js';
import { featureHashes } from '../../src/tokenizer/features.js';
import { labelledSnippetOf } from '../../src/evaluate/snippets.js';
import { learntWindows } from '../../src/node/train-files.js';
import { contentLanguage } from '../../src/languages/content-languages.js';
import { HashCounter } from '../../src/model/hash-counter.js';
import { dampTermFrequency } from '../../src/model/score.js';

const { values } = parseArgs({ options: { limit: { type: 'string', default: '0' }, index: { type: 'string', default: 'corpus/.cache/index.jsonl' } } });
const WINDOWS = (process.env.WINDOWS ?? '3,10').split(',');
const FEATURES = { bigrams: true, positions: true, ...(process.env.FEATURES ? JSON.parse(process.env.FEATURES) : {}) };

function text(path: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readBytesPrefix(path);
  } catch {
    return undefined; // the cache changed under the snapshot
  }
  if (bytes.length === 0 || looksBinary(bytes)) return undefined;
  const t = decodeText(bytes);
  return t.trim() === '' ? undefined : t;
}

const all = listLabelledFiles(values.index as string, { split: 'train' });
const perLang = new Map<string, number>();
for (const f of all) perLang.set(f.language, (perLang.get(f.language) ?? 0) + 1);
const kept = new Set([...perLang].filter(([, n]) => n >= 20).map(([l]) => l));
let train = all.filter((f) => kept.has(f.language));
const limit = Number(values.limit);
if (limit > 0) train = train.filter((_, i) => i % Math.ceil(train.length / limit) === 0);

// Group = (source, language). Each group: sparse damped counts. A group's size is its documents
// (files and windows): a window inside a fence or script element is learnt as its block's
// language (learntWindows, as the trainer does), so a group may hold windows and no file.
interface Group { language: string; source: string; files: number; counts: HashCounter }
const groups = new Map<string, Group>();
const sourcesOfFeature = new HashCounter(1 << 20); // number of distinct groups having the feature
const docFreq = new HashCounter(1 << 20);
const taught = new Set(train.map((f) => contentLanguage(f.language)));
// WINDOWS: snippet windows learnt besides the whole file, e.g. "3,10" or "1,3,3b,10,10b" (a
// suffix gives another window of that length at another position).
const windowLengths = WINDOWS.map((w) => Number.parseInt(w, 10));
const t0 = performance.now();
train.forEach((f, i) => {
  const t = text(f.path);
  if (t === undefined) return;
  const language = contentLanguage(f.language, t);
  const docs = [{ text: t, language }, ...learntWindows(t, language, f.key, windowLengths, taught)];
  for (const d of docs) {
    const key = `${f.source}\u0000${d.language}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { language: d.language, source: f.source ?? f.path, files: 0, counts: new HashCounter(1 << 10) }));
    g.files++;
    const hashes = featureHashes(d.text, FEATURES);
    const local = new HashCounter(hashes.length);
    for (let k = 0; k < hashes.length; k++) local.add(hashes[k] as number, 1);
    local.forEach((h, n) => {
      if (!g!.counts.has(h)) sourcesOfFeature.add(h, 1);
      g!.counts.add(h, dampTermFrequency(n));
      docFreq.add(h, 1);
    });
  }
  if ((i + 1) % 20000 === 0) console.error(`${i + 1}/${train.length} ${((performance.now() - t0) / 1000).toFixed(0)}s`);
});
console.error(`tokenized ${train.length} files into ${groups.size} groups in ${((performance.now() - t0) / 1000).toFixed(0)}s`);

// Validation: whole files and 10-line snippets, vectors as hash → damped count.
const languages = [...new Set([...groups.values()].map((g) => g.language))].sort();
const langIndex = new Map(languages.map((l, i) => [l, i]));
interface VDoc { hashes: Uint32Array; weights: Float32Array; label: number; kind: string }
const vdocs: VDoc[] = [];
for (const f of listLabelledFiles(values.index as string, { split: 'validation' })) {
  const t = text(f.path);
  if (t === undefined) continue;
  const language = contentLanguage(f.language, t);
  // Each window scored as evaluation scores it (labelledSnippetOf: its block, then what it shows).
  for (const [kind, d] of [['whole', { text: t, language }], ['10', labelledSnippetOf(t, language, 10, `${f.key}#validation`)], ['3', labelledSnippetOf(t, language, 3, `${f.key}#v3`)]] as const) {
    if (!d) continue;
    const label = langIndex.get(d.language);
    if (label === undefined) continue;
    const hashes = featureHashes(d.text, FEATURES);
    const local = new HashCounter(hashes.length);
    for (let k = 0; k < hashes.length; k++) local.add(hashes[k] as number, 1);
    const hs: number[] = [];
    const ws: number[] = [];
    local.forEach((h, n) => { hs.push(h); ws.push(dampTermFrequency(n)); });
    vdocs.push({ hashes: Uint32Array.from(hs), weights: Float32Array.from(ws), label, kind });
  }
}
console.error(`validation docs: ${vdocs.length}`);

interface Variant {
  name: string;
  /** weight of a group's counts */
  /** 'equal': every (source, language) group weighs as much; 'sqrt': halfway there. */
  groupWeight?: 'equal' | 'sqrt';
  minSources?: number;
  minDf?: number;
  maxFeatures?: number;
  alpha: number;
  mu: number;
  /** cap each group's count for a feature at this share of… (0 = off) */
  perGroupCap?: number;
}

function run(v: Variant): void {
  const started = performance.now();
  // vocabulary
  const cand: Array<[number, number]> = [];
  docFreq.forEach((h, df) => {
    if (df >= (v.minDf ?? 3) && sourcesOfFeature.get(h) >= (v.minSources ?? 1)) cand.push([h, df]);
  });
  const maxF = v.maxFeatures ?? 300_000;
  if (cand.length > maxF) { cand.sort((a, b) => b[1] - a[1] || a[0] - b[0]); cand.length = maxF; }
  const row = new Map<number, number>();
  cand.forEach(([h], i) => row.set(h, i));
  const V = cand.length;
  const L = languages.length;
  // counts per (row, lang) in a Map of Float64Array rows would be big; use per-language Map
  const langFiles = new Map<string, number>();
  const langGroups = new Map<string, number>();
  for (const g of groups.values()) {
    langFiles.set(g.language, (langFiles.get(g.language) ?? 0) + g.files);
    langGroups.set(g.language, (langGroups.get(g.language) ?? 0) + 1);
  }
  const counts = languages.map(() => new Map<number, number>());
  const totals = new Float64Array(L);
  for (const g of groups.values()) {
    const l = langIndex.get(g.language)!;
    const avg = langFiles.get(g.language)! / langGroups.get(g.language)!;
    const w = v.groupWeight === 'equal' ? avg / g.files : v.groupWeight === 'sqrt' ? Math.sqrt(avg / g.files) : 1;
    const m = counts[l]!;
    g.counts.forEach((h, n) => {
      const r = row.get(h);
      if (r === undefined) return;
      let c = n * w;
      if (v.perGroupCap) c = Math.min(c, v.perGroupCap * w);
      m.set(r, (m.get(r) ?? 0) + c);
      totals[l] = totals[l]! + c;
    });
  }
  const background = new Float64Array(V);
  let grand = 0;
  counts.forEach((m) => m.forEach((c, r) => { background[r] = background[r]! + c; grand += c; }));
  for (let r = 0; r < V; r++) background[r] = background[r]! / grand;
  // per row entries: list of (lang, weight) with weight = log(1 + n/(α + μP_f))
  const entries: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
  counts.forEach((m, l) => m.forEach((c, r) => entries[r]!.push([l, Math.log(1 + c / (v.alpha + v.mu * background[r]!))])));
  const base = Float64Array.from(totals, (t) => -Math.log(t + v.alpha * V + v.mu));
  const byKind = new Map<string, [number, number]>();
  const scores = new Float64Array(L);
  for (const d of vdocs) {
    let mass = 0;
    const rs: number[] = []; const ws: number[] = [];
    for (let k = 0; k < d.hashes.length; k++) {
      const r = row.get(d.hashes[k]!);
      if (r === undefined) continue;
      rs.push(r); ws.push(d.weights[k]!); mass += d.weights[k]!;
    }
    for (let l = 0; l < L; l++) scores[l] = mass * base[l]!;
    for (let k = 0; k < rs.length; k++) for (const [l, w] of entries[rs[k]!]!) scores[l] = scores[l]! + ws[k]! * w;
    let best = 0;
    for (let l = 1; l < L; l++) if (scores[l]! > scores[best]!) best = l;
    const acc = byKind.get(d.kind) ?? [0, 0];
    acc[0] += best === d.label ? 1 : 0; acc[1]++;
    byKind.set(d.kind, acc);
  }
  const fmt = [...byKind].map(([k, [c, n]]) => `${k} ${((100 * c) / n).toFixed(2)}`).join('  ');
  console.log(`${v.name.padEnd(44)} V=${V}  ${fmt}  (${((performance.now() - started) / 1000).toFixed(0)}s)`);
}

const variants: Variant[] = [];
for (const alpha of [0.03, 0.1, 0.3]) variants.push({ name: `additive α=${alpha}`, alpha, mu: 0 });
for (const mu of [1e4, 1e5, 1e6]) for (const alpha of [0.01, 0]) variants.push({ name: `dirichlet μ=${mu} α=${alpha}`, alpha, mu });
const spec = process.env.VARIANTS;
const chosen = spec ? (JSON.parse(spec) as Variant[]) : variants;
for (const v of chosen) run(v);
// keep process alive for further variants via stdin? no: simple batch.
