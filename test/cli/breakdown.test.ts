// The breakdown's arithmetic: bytes per language, the bar (programming and markup) apart from data
// and prose, and languages of a group counted as the group, as GitHub's language bar does.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { breakdown, countedLanguage, NAMELESS_MIN_CONFIDENCE } from '../../src/cli/breakdown.js';
import { WORKER_THRESHOLD, type ClassifiedFile } from '../../src/node/classify-files.js';
import { runCli } from './run-cli.js';

const file = (language: string | null, size: number): ClassifiedFile => ({
  path: `f.${size}`,
  size,
  language,
  confidence: 1,
  strategy: 'extension',
  candidates: language ? [{ language, probability: 1 }] : [],
});

describe('breakdown', () => {
  it('counts a language of a group as its group, as Linguist does', () => {
    const result = breakdown([file('Unix Assembly', 300), file('Assembly', 100), file('C', 600), file('TSX', 50), file('TypeScript', 50)]);
    expect(result.languages.map((s) => [s.language, s.files, s.bytes])).toEqual([
      ['C', 1, 600],
      ['Assembly', 2, 400],
      ['TypeScript', 2, 100],
    ]);
    expect(result.languages[0]?.share).toBeCloseTo(600 / 1100);
  });

  it('keeps data and prose out of the bar and counts files of unknown language', () => {
    const result = breakdown([file('C', 10), file('JSON', 90), file('Markdown', 5), file(null, 7)]);
    expect(result.languages).toEqual([{ language: 'C', files: 1, bytes: 10, share: 1 }]);
    expect(result.other.map((s) => s.language)).toEqual(['JSON', 'Markdown']);
    expect(result.unknownFiles).toBe(1);
  });

  it('counts a guess from content alone only when the file has no name to go by and the guess is confident', () => {
    const guess = (path: string, confidence: number) => ({ path, language: 'Julia', confidence, strategy: 'classifier' as const });
    // No known name or extension: a weak guess is "unknown", a confident one counts.
    expect(countedLanguage(guess('arch/arm/configs/defconfig', 0.6))).toBeNull();
    expect(countedLanguage(guess('arch/arm/configs/defconfig', NAMELESS_MIN_CONFIDENCE))).toBe('Julia');
    // Nor does a confident guess made after a content rule set the first choice aside.
    const second = { ...guess('arch/arm/boot/dts/board.dtsi', 0.95), ruledOut: [{ language: 'Diff', because: "shows none of a diff's lines" }] };
    expect(countedLanguage(second)).toBeNull();
    expect(countedLanguage({ ...second, path: 'src/x.c' })).toBe('Julia');
    // An ambiguous extension narrowed the candidates: the classifier's choice among them counts.
    expect(countedLanguage({ path: 'include/x.h', language: 'C', confidence: 0.55, strategy: 'classifier' })).toBe('C');
    // A name-based decision always counts.
    expect(countedLanguage({ path: 'tool', language: 'Shell', confidence: 1, strategy: 'shebang' })).toBe('Shell');
  });
});

describe('whichlang breakdown -j', () => {
  const tree = mkdtempSync(join(tmpdir(), 'whichlang-breakdown-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  it('gives the same breakdown on one thread and on workers, past the worker threshold', async () => {
    const samples = readdirSync('test/fixtures/samples');
    for (let i = 0; i < WORKER_THRESHOLD + 100; i++) {
      const name = samples[i % samples.length] as string;
      copyFileSync(join('test/fixtures/samples', name), join(tree, `${i}-${name}`));
    }
    const one = await runCli(['breakdown', '--json', '-j', '0', tree]);
    const two = await runCli(['breakdown', '--json', '-j', '2', tree]);
    expect(one.status).toBe(0);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).files).toBe(WORKER_THRESHOLD + 100);
  });

  it('rejects a bad job count as a usage error', async () => {
    expect((await runCli(['breakdown', '-j', 'many', tree])).status).toBe(2);
  });
});
