// Research harness (not part of the product): discriminative adjustment of naive Bayes counts
// (in the spirit of Su et al., "Discriminative parameter learning for Bayesian networks", ICML 2008,
// DFE). Each epoch scores every training document, then moves counts by
// η · tf · (1[c = label] − P(c | doc)): hard documents add to
// their own language and take from the languages they were taken for. Prints validation accuracy
// (whole files, 10 and 3 lines) after each epoch. Usage:
//   ETA=0.8 EPOCHS=4 [TAU=0.8] [WINDOWS=3,10] npx tsx scripts/research/discriminative.ts
// (about 4 minutes and 3 GB on the full corpus; several comma-separated ETA values run in turn)
import { listLabelledFiles, readBytesPrefix } from '../../src/node/labelled-files.js';
import { decodeText, looksBinary } from '../../src/tokenizer/decode.js';
import { featureHashes } from '../../src/tokenizer/features.js';
import { labelledSnippetOf } from '../../src/evaluate/snippets.js';
import { learntWindows } from '../../src/node/train-files.js';
import { contentLanguage } from '../../src/languages/content-languages.js';
import { HashCounter } from '../../src/model/hash-counter.js';
import { dampTermFrequency } from '../../src/model/score.js';

const env = (name: string, fallback: string): string => process.env[name] ?? fallback;
const INDEX = env('INDEX', 'corpus/.cache/index.jsonl');
const FEATURES = { bigrams: true, positions: true, shapes: true, ...(process.env.FEATURES ? JSON.parse(process.env.FEATURES) : {}) };
const WINDOWS = env('WINDOWS', '3,10').split(',').map(Number);
const FOLDS = Number(env('FOLDS', '5'));
const EPOCHS = Number(env('EPOCHS', '4'));
const ETAS = env('ETA', '1').split(',').map(Number);
const ALPHA = Number(env('ALPHA', '0.1'));
const TAU = Number(env('TAU', '0.8'));
const TAU_EXP = Number(env('TAU_EXP', '0.75'));
const MAX_FEATURES = Number(env('MAX_FEATURES', '250000'));
const LIMIT = Number(env('LIMIT', '0'));
// Training documents are scored with the full model, as src/model/refine.ts does (and the DFE
// paper); OUT_OF_FOLD=1 scores each with a model that has not seen its fold of sources instead
// (it gained +0.6 whole at epoch 1 on validation, then fell: not kept).
const IN_SAMPLE = env('OUT_OF_FOLD', '0') !== '1';
// DIV=k: a (feature, language) count is kept only when at least k sources of that language show
// the feature (identifiers of one project say which project, not which language). DIV=2 dropped
// 1.8M of 3.1M counts and lost 1.4 points on whole files before refinement (89.28 vs 90.69): not kept.
const DIV = Number(env('DIV', '0'));
// TF=binary|sqrt: how a feature's repeats in one text count (default log(1 + n), as the product).
// Binary after 4 epochs: whole 90.74, 10 lines 81.05, 3 lines 68.32 vs log 90.85 / 80.66 / 68.37
// (session-4 corpus): within noise, not kept.
const TF = env('TF', 'log');

function text(path: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readBytesPrefix(path);
  } catch {
    return undefined;
  }
  if (bytes.length === 0 || looksBinary(bytes)) return undefined;
  const t = decodeText(bytes);
  return t.trim() === '' ? undefined : t;
}

interface Doc { hashes: Uint32Array; weights: Float32Array; label: number; fold: number; source: number; kind: string; rows?: Uint32Array; w?: Float32Array }

function sparse(d: string): { hashes: Uint32Array; weights: Float32Array } {
  const hs = featureHashes(d, FEATURES);
  const local = new HashCounter(hs.length);
  for (let k = 0; k < hs.length; k++) local.add(hs[k] as number, 1);
  const h: number[] = [];
  const w: number[] = [];
  local.forEach((x, n) => { h.push(x); w.push(TF === 'binary' ? 1 : TF === 'sqrt' ? Math.sqrt(n) : dampTermFrequency(n)); });
  return { hashes: Uint32Array.from(h), weights: Float32Array.from(w) };
}

function foldOf(source: string): number {
  let h = 2166136261;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
}

const t0 = performance.now();
const secs = (): string => ((performance.now() - t0) / 1000).toFixed(0) + 's';
const allTrain = listLabelledFiles(INDEX, { split: 'train' });
const perLang = new Map<string, number>();
for (const f of allTrain) perLang.set(f.language, (perLang.get(f.language) ?? 0) + 1);
const kept = new Set([...perLang].filter(([, n]) => n >= 20).map(([l]) => l));
let train = allTrain.filter((f) => kept.has(f.language));
if (LIMIT > 0) train = train.filter((_, i) => i % Math.ceil(train.length / LIMIT) === 0);
const languages = [...new Set(train.map((f) => contentLanguage(f.language)))].sort();
const langIndex = new Map(languages.map((l, i) => [l, i]));
const L = languages.length;

const docs: Doc[] = [];
const taught = new Set(train.map((f) => contentLanguage(f.language)));
const sourceIds = new Map<string, number>();
const df = new HashCounter(1 << 20);
train.forEach((f, i) => {
  const t = text(f.path);
  if (t === undefined) return;
  const language = contentLanguage(f.language, t);
  const fold = foldOf(f.source ?? f.path);
  const sourceKey = f.source ?? f.path;
  if (!sourceIds.has(sourceKey)) sourceIds.set(sourceKey, sourceIds.size);
  const source = sourceIds.get(sourceKey) as number;
  // Windows learnt as the trainer learns them (a fenced or script window as its block's language).
  const parts: Array<[string, { text: string; language: string }]> = [
    ['whole', { text: t, language }],
    ...learntWindows(t, language, f.key, WINDOWS, taught).map((w): [string, { text: string; language: string }] => [String(w.lines), w]),
  ];
  for (const [kind, d] of parts) {
    const label = langIndex.get(d.language) as number;
    const s = sparse(d.text);
    if (s.hashes.length === 0) continue;
    for (const h of s.hashes) df.add(h, 1);
    docs.push({ ...s, label, fold, source, kind });
  }
  if ((i + 1) % 20000 === 0) console.error(`${i + 1}/${train.length} ${secs()}`);
});
console.error(`tokenized ${train.length} files, ${docs.length} docs, ${L} languages, ${secs()}`);

// Vocabulary as the trainer chooses it: seen in ≥ 3 documents, the most widespread first.
const cand: Array<[number, number]> = [];
df.forEach((h, n) => { if (n >= 3) cand.push([h, n]); });
if (cand.length > MAX_FEATURES) { cand.sort((a, b) => b[1] - a[1] || a[0] - b[0]); cand.length = MAX_FEATURES; }
const V = cand.length;
const rowOf = new HashCounter(V * 2);
cand.forEach(([h], r) => rowOf.add(h, r + 1));
function toRows(d: { hashes: Uint32Array; weights: Float32Array }): { rows: Uint32Array; w: Float32Array; mass: number } {
  const rs: number[] = [];
  const ws: number[] = [];
  let mass = 0;
  for (let k = 0; k < d.hashes.length; k++) {
    const r = rowOf.get(d.hashes[k] as number);
    if (r === 0) continue;
    rs.push(r - 1);
    ws.push(d.weights[k] as number);
    mass += d.weights[k] as number;
  }
  return { rows: Uint32Array.from(rs), w: Float32Array.from(ws), mass };
}
for (const d of docs) {
  const { rows, w } = toRows(d);
  d.rows = rows;
  d.w = w;
  d.hashes = new Uint32Array(0);
}
const vdocs: Array<{ rows: Uint32Array; w: Float32Array; mass: number; label: number; kind: string }> = [];
// VINDEX: validate against another index's labels; AS_LABELLED=1: against the labels as given, a
// `.tsx` file without JSX still expected as TSX (compare label policies on the same answers).
const AS_LABELLED = env('AS_LABELLED', '0') === '1';
for (const f of listLabelledFiles(env('VINDEX', INDEX), { split: 'validation' })) {
  const t = text(f.path);
  if (t === undefined) continue;
  const language = AS_LABELLED ? contentLanguage(f.language) : contentLanguage(f.language, t);
  // Windows scored as evaluation scores them (labelledSnippetOf), or, AS_LABELLED, as the file's label.
  const windowOf = (lines: number, id: string): { text: string; language: string } | undefined => {
    const w = labelledSnippetOf(t, language, lines, id);
    return w && AS_LABELLED ? { text: w.text, language } : w;
  };
  for (const [kind, d] of [['whole', { text: t, language }], ['10', windowOf(10, `${f.key}#validation`)], ['3', windowOf(3, `${f.key}#v3`)]] as const) {
    if (!d) continue;
    const label = langIndex.get(d.language);
    if (label === undefined) continue;
    const v = toRows(sparse(d.text));
    if (v.mass > 0) vdocs.push({ ...v, label, kind });
  }
}
console.error(`V=${V}, validation docs ${vdocs.length}, ${secs()}`);

const cells = V * L;
function initialCounts(): { C: Float32Array; F: Float32Array[] } {
  const C = new Float32Array(cells);
  const F = Array.from({ length: FOLDS }, () => new Float32Array(cells));
  for (const d of docs) {
    const rows = d.rows as Uint32Array;
    const w = d.w as Float32Array;
    const Fk = F[d.fold] as Float32Array;
    for (let k = 0; k < rows.length; k++) {
      const at = (rows[k] as number) * L + d.label;
      C[at] = (C[at] as number) + (w[k] as number);
      Fk[at] = (Fk[at] as number) + (w[k] as number);
    }
  }
  if (DIV > 1) {
    const last = new Int32Array(cells).fill(-1);
    const seenIn = new Uint8Array(cells);
    for (const d of docs) {
      const rows = d.rows as Uint32Array;
      for (let k = 0; k < rows.length; k++) {
        const at = (rows[k] as number) * L + d.label;
        if (last[at] !== d.source) {
          last[at] = d.source;
          if ((seenIn[at] as number) < 255) seenIn[at] = (seenIn[at] as number) + 1;
        }
      }
    }
    mask = new Uint8Array(cells);
    let dropped = 0;
    for (let i = 0; i < cells; i++) {
      if ((C[i] as number) > 0 && (seenIn[i] as number) < DIV) {
        mask[i] = 1;
        dropped++;
        C[i] = 0;
        for (const Fk of F) Fk[i] = 0;
      }
    }
    console.error(`DIV=${DIV}: ${dropped} cells seen in fewer sources dropped`);
  }
  return { C, F };
}
let mask: Uint8Array | undefined;

const LT = new Float32Array(cells);
const base = new Float64Array(L);
const scores = new Float64Array(L);
const probs = new Float64Array(L);

/** LT = log(max(C − F, 0) + α) with cells under 1 (the trainer's min-entry) as 0; base = −log(T + αV). */
function buildTable(C: Float32Array, F?: Float32Array): void {
  const totals = new Float64Array(L);
  const logAlpha = Math.log(ALPHA);
  for (let i = 0; i < cells; i++) {
    let c = (C[i] as number) - (F ? (F[i] as number) : 0);
    if (c < 1) c = 0;
    LT[i] = c === 0 ? logAlpha : Math.log(c + ALPHA);
    totals[i % L] = (totals[i % L] as number) + c;
  }
  for (let l = 0; l < L; l++) base[l] = -Math.log((totals[l] as number) + ALPHA * V);
}

function score(rows: Uint32Array, w: Float32Array, mass: number): void {
  for (let l = 0; l < L; l++) scores[l] = mass * (base[l] as number);
  for (let k = 0; k < rows.length; k++) {
    const o = (rows[k] as number) * L;
    const x = w[k] as number;
    for (let l = 0; l < L; l++) scores[l] = (scores[l] as number) + x * (LT[o + l] as number);
  }
}

function argmax(): number {
  let best = 0;
  for (let l = 1; l < L; l++) if ((scores[l] as number) > (scores[best] as number)) best = l;
  return best;
}

function validate(C: Float32Array, tag: string): void {
  buildTable(C);
  const acc = new Map<string, [number, number]>();
  const perLanguage = new Map<number, [number, number]>(); // whole files: [hits, support]
  for (const d of vdocs) {
    score(d.rows, d.w, d.mass);
    const a = acc.get(d.kind) ?? [0, 0];
    const hit = argmax() === d.label;
    a[0] += hit ? 1 : 0;
    if (d.kind === 'whole') {
      const p = perLanguage.get(d.label) ?? [0, 0];
      p[0] += hit ? 1 : 0;
      p[1]++;
      perLanguage.set(d.label, p);
    }
    a[1]++;
    acc.set(d.kind, a);
  }
  let entries = 0;
  for (let i = 0; i < cells; i++) if ((C[i] as number) >= 1) entries++;
  console.log(`${tag.padEnd(28)} ${[...acc].map(([k, [c, n]]) => `${k} ${((100 * c) / n).toFixed(2)}`).join('  ')}  entries ${entries}  ${secs()}`);
  // LANGS=C,C++: whole-file recall of these languages too.
  for (const name of env('LANGS', '').split(',').filter(Boolean)) {
    const [hits, n] = perLanguage.get(langIndex.get(name) ?? -1) ?? [0, 0];
    console.log(`  ${name.padEnd(16)} ${hits}/${n}`);
  }
}

for (const eta of ETAS) {
  const { C, F } = initialCounts();
  validate(C, `η=${eta} epoch 0`);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const D = new Float32Array(cells);
    let trainHits = 0;
    let n = 0;
    for (let fold = 0; fold < FOLDS; fold++) {
      const Fk = F[fold] as Float32Array;
      buildTable(C, IN_SAMPLE ? undefined : Fk);
      for (const d of docs) {
        if (d.fold !== fold) continue;
        const rows = d.rows as Uint32Array;
        const w = d.w as Float32Array;
        let mass = 0;
        for (let k = 0; k < w.length; k++) mass += w[k] as number;
        if (mass === 0) continue;
        score(rows, w, mass);
        const best = argmax();
        n++;
        if (best === d.label) trainHits++;
        const T = TAU * Math.pow(Math.max(mass, 1), TAU_EXP);
        let sum = 0;
        const max = scores[best] as number;
        for (let l = 0; l < L; l++) sum += (probs[l] = Math.exp(((scores[l] as number) - max) / T));
        for (let l = 0; l < L; l++) {
          const g = (l === d.label ? 1 : 0) - (probs[l] as number) / sum;
          if (Math.abs(g) < 1e-3) continue;
          const step = eta * g;
          for (let k = 0; k < rows.length; k++) {
            const at = (rows[k] as number) * L + l;
            const delta = step * (w[k] as number);
            D[at] = (D[at] as number) + delta;
            Fk[at] = (Fk[at] as number) + delta;
          }
        }
      }
    }
    for (let i = 0; i < cells; i++) {
      const c = (C[i] as number) + (D[i] as number);
      C[i] = c > 0 && !(mask && mask[i]) ? c : 0;
    }
    // A fold's share of a count stays within [0, count]: a fold that took from a count already at 0
    // must not hand it back as a phantom count when the fold is left out.
    for (const Fk of F) {
      for (let i = 0; i < cells; i++) {
        const f = Fk[i] as number;
        if (f < 0) Fk[i] = 0;
        else if (f > (C[i] as number)) Fk[i] = C[i] as number;
      }
    }
    console.log(`  out-of-fold train accuracy before epoch ${epoch}: ${((100 * trainHits) / n).toFixed(2)}`);
    validate(C, `η=${eta} epoch ${epoch}`);
  }
}
