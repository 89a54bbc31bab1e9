// Retraining end to end: an invented language is added to the shipped model with `train --extend`.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PATH, readModelFile } from '../../src/node/model-file.js';
import { runCli } from './run-cli.js';
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { SHIPPED_SNIPPET_FEATURES_FROM_WHOLE_FILES, SHIPPED_SNIPPET_LINES, SHIPPED_VOCABULARY, trainFromFiles } from '../../src/node/train-files.js';
import { SHIPPED_FEATURE_OPTIONS } from '../../src/tokenizer/features.js';
import { serializeModel } from '../../src/model/serialize.js';
import { NOISE } from '../../src/model/no-language.js';
import { EVALUATION_NOISE_SEED, textualNoise, TRAINING_NOISE_SEED } from '../../src/evaluate/noise.js';

const tmp = mkdtempSync(join(tmpdir(), 'whichlang-train-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** "Frobscript": a small invented DSL, so no model can know it beforehand. */
function frob(i: number): string {
  const lines = [`@widget panel${i} ~~ frob v${i % 4}`, `  frob! speed <~ ${i * 3} ~~ quick`];
  for (let k = 0; k < 3 + (i % 5); k++) lines.push(`  wiggle :: left ${k} <~ @knob${(i + k) % 7}`, `  %% turn ${k} twice`);
  lines.push(`  unfrob! ~~ done`, `@end panel${i}`);
  return lines.join('\n') + '\n';
}

describe('train and eval commands', () => {
  const corpus = join(tmp, 'corpus');
  const heldOut = join(tmp, 'held-out');
  mkdirSync(join(corpus, 'Frobscript'), { recursive: true });
  mkdirSync(join(heldOut, 'Frobscript'), { recursive: true });
  for (let i = 0; i < 24; i++) writeFileSync(join(corpus, 'Frobscript', `w${i}.frob`), frob(i));
  for (let i = 100; i < 106; i++) writeFileSync(join(heldOut, 'Frobscript', `h${i}.frob`), frob(i));
  const extended = join(tmp, 'extended.wlm');

  it('adds a new language to the shipped model with --extend', async () => {
    const { status, stderr } = await runCli(['train', corpus, '--extend', DEFAULT_MODEL_PATH, '-o', extended]);
    expect(status, stderr).toBe(0);
    expect(stderr).toContain('not Linguist languages, learnt as your own: Frobscript');
    const { stdout } = await runCli(['--ndjson', '--content-only', '--model', extended, join(heldOut, 'Frobscript')]);
    const results = stdout.trim().split('\n').map((l) => JSON.parse(l) as { language: string });
    expect(results).toHaveLength(6);
    for (const r of results) expect(r.language).toBe('Frobscript');
    // The shipped languages are still known, and still recognised.
    const python = await runCli(['--ndjson', '--content-only', '--model', extended, 'test/fixtures/samples/inventory.py']);
    expect(JSON.parse(python.stdout)).toMatchObject({ language: 'Python' });
    // The new files were read with the shipped model's features (shapes, word styles …): features it
    // was not trained with would never meet its counts.
    expect(readModelFile(extended).params.features).toEqual(readModelFile(DEFAULT_MODEL_PATH).params.features);
  });

  it('evaluates a model on a labelled directory, as a report or JSON', async () => {
    const prefix = join(tmp, 'report');
    const { status } = await runCli(['eval', heldOut, '--model', extended, '--report', prefix, '--html', `${prefix}.html`]);
    expect(status).toBe(0);
    const json = JSON.parse(readFileSync(`${prefix}.json`, 'utf8')) as { evaluation: { whole: { accuracy: number; total: number } } };
    expect(json.evaluation.whole).toMatchObject({ accuracy: 1, total: 6 });
    expect(readFileSync(`${prefix}.md`, 'utf8')).toMatch(/\| Frobscript \| \d+ \| 6 \| 100\.00% \|/);
    const html = readFileSync(`${prefix}.html`, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<table class="matrix">');
    expect(html).toContain('100.0%');
  });

  it('stops on an unreadable corpus file with a one-line error, leaving the model untouched', async () => {
    const index = join(tmp, 'index.jsonl');
    writeFileSync(index, [JSON.stringify({ path: join(corpus, 'Frobscript', 'w1.frob'), language: 'Frobscript' }), JSON.stringify({ path: 'missing.py', language: 'Python' })].join('\n'));
    const out = join(tmp, 'untouched.wlm');
    writeFileSync(out, 'previous model');
    const { status, stderr } = await runCli(['train', index, '-o', out, '-q']);
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cannot train: .*missing\.py: no such file/);
    expect(readFileSync(out, 'utf8')).toBe('previous model');
  });

  it('stops an evaluation whose index names a missing file with a one-line error', async () => {
    const index = join(tmp, 'eval-missing.jsonl');
    writeFileSync(index, JSON.stringify({ path: 'gone.py', language: 'Python' }) + '\n');
    const { status, stdout, stderr } = await runCli(['eval', index]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cannot evaluate: .*gone\.py: no such file/);
  });

  it('rejects a malformed index line with its line number', async () => {
    const index = join(tmp, 'bad.jsonl');
    writeFileSync(index, '{"path": "a.py", "language": "Python"}\nnot json\n');
    const { status, stderr } = await runCli(['train', index, '-o', join(tmp, 'never.wlm')]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/bad\.jsonl:2: not a JSON object/);
  });

  it('refuses a corpus with no usable files, leaving any existing model untouched', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(join(empty, 'Python'), { recursive: true });
    writeFileSync(join(empty, 'Python', 'blank.py'), '');
    const out = join(tmp, 'kept.wlm');
    writeFileSync(out, 'previous model');
    const { status, stderr } = await runCli(['train', empty, '-o', out]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/empty or binary/);
    expect(readFileSync(out, 'utf8')).toBe('previous model');
  });

  it('refines the counts with --refine, and rejects a bad number of epochs', async () => {
    // Two invented languages that share Frobscript's words: "Frobtalk" differs only in a few.
    const pair = join(tmp, 'pair');
    mkdirSync(join(pair, 'Frobscript'), { recursive: true });
    mkdirSync(join(pair, 'Frobtalk'), { recursive: true });
    for (let i = 0; i < 12; i++) {
      writeFileSync(join(pair, 'Frobscript', `s${i}.frob`), frob(i));
      writeFileSync(join(pair, 'Frobtalk', `t${i}.frob`), frob(i + 50).replaceAll('wiggle', 'waggle').replaceAll('~~', '~>'));
    }
    const plain = join(tmp, 'plain.wlm');
    const refined = join(tmp, 'refined.wlm');
    expect((await runCli(['train', pair, '-q', '-o', plain])).status).toBe(0);
    expect((await runCli(['train', pair, '-q', '--refine', '3', '-o', refined])).status).toBe(0);
    expect(readFileSync(refined).equals(readFileSync(plain))).toBe(false);
    const { stdout } = await runCli(['--ndjson', '--content-only', '--model', refined, join(heldOut, 'Frobscript')]);
    for (const line of stdout.trim().split('\n')) expect(JSON.parse(line)).toMatchObject({ language: 'Frobscript' });
    const bad = await runCli(['train', pair, '-q', '--refine', 'lots', '-o', join(tmp, 'bad.wlm')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--refine takes a whole number');
  });

  it('learns a (noise) directory as no language: answered null, never listed or warned about', async () => {
    const taught = join(tmp, 'with-noise');
    mkdirSync(join(taught, 'Frobscript'), { recursive: true });
    mkdirSync(join(taught, NOISE), { recursive: true });
    for (let i = 0; i < 12; i++) writeFileSync(join(taught, 'Frobscript', `s${i}.frob`), frob(i));
    textualNoise(12, TRAINING_NOISE_SEED).forEach(({ text }, i) => writeFileSync(join(taught, NOISE, `n${i}.txt`), text));
    const out = join(tmp, 'with-noise.wlm');
    const trained = await runCli(['train', taught, '-o', out]);
    expect(trained.status, trained.stderr).toBe(0);
    expect(trained.stderr).toContain('not Linguist languages, learnt as your own: Frobscript\n');
    expect(trained.stderr).toMatch(/: 1 languages,/);
    const listed = await runCli(['languages', '--json', '--model', out]);
    expect((JSON.parse(listed.stdout) as Array<{ language: string }>).map((l) => l.language)).toEqual(['Frobscript']);
    const unseen = join(tmp, 'unseen-noise.txt');
    writeFileSync(unseen, textualNoise(1, EVALUATION_NOISE_SEED)[0]!.text);
    const { stdout } = await runCli(['--ndjson', '--content-only', '--model', out, unseen, join(heldOut, 'Frobscript', 'h100.frob')]);
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l) as { language: string | null; candidates?: Array<{ language: string }> });
    expect(answers.map((a) => a.language).sort()).toEqual(['Frobscript', null]);
    for (const a of answers) expect(JSON.stringify(a)).not.toContain(NOISE);
  });

  it('learns as npm run train does: the shipped vocabulary, features and windows', async () => {
    const out = join(tmp, 'recipe.wlm');
    expect((await runCli(['train', corpus, '-q', '-o', out])).status).toBe(0);
    const files = listLabelledFiles(corpus);
    const recipe = { features: SHIPPED_FEATURE_OPTIONS, snippetLines: SHIPPED_SNIPPET_LINES, snippetFeaturesFromWholeFiles: SHIPPED_SNIPPET_FEATURES_FROM_WHOLE_FILES, validation: [] };
    const shipped = serializeModel(trainFromFiles(files, { ...recipe, ...SHIPPED_VOCABULARY }).model);
    expect(Buffer.from(shipped).equals(readFileSync(out))).toBe(true);
    // The library's defaults keep every count: a different model from the same files.
    expect(Buffer.from(serializeModel(trainFromFiles(files, recipe).model)).equals(readFileSync(out))).toBe(false);
  });
});
