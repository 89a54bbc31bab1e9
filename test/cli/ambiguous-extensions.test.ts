// End to end, with the shipped model: files whose extension Linguist gives to several languages
// (the `.h`, `.m`, `.pl`, `.ts`, `.v`, `.sql` … of issue #4). The fixtures are small files written
// for this project, one directory per expected language, as in Linguist's samples/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languagesForExtension } from '../../src/languages/index.js';
import { runCli } from './run-cli.js';

const root = 'test/fixtures/ambiguous';
const cases = readdirSync(root).flatMap((language) => readdirSync(join(root, language)).map((file) => ({ language, path: join(root, language, file) })));

describe('ambiguous extensions, shipped model', () => {
  it('has fixtures for the famous pairs, each with an extension Linguist gives to several languages', () => {
    const extensions = new Set(cases.map((c) => c.path.slice(c.path.lastIndexOf('.'))));
    for (const ext of ['.h', '.m', '.pl', '.pm', '.t', '.ts', '.v', '.r', '.sql', '.ml', '.cls', '.inc', '.properties', '.fs', '.pp', '.d']) expect(extensions).toContain(ext);
    for (const c of cases) {
      const candidates = languagesForExtension(c.path);
      expect(candidates.length, c.path).toBeGreaterThan(1);
      expect(candidates, c.path).toContain(c.language);
    }
  });

  it('names each file right, in one run over the tree', async () => {
    const { status, stdout, stderr } = await runCli(['--ndjson', root]);
    expect(status, stderr).toBe(0);
    const got = new Map(stdout.trim().split('\n').map((line) => {
      const r = JSON.parse(line) as { path: string; language: string };
      return [r.path, r.language] as const;
    }));
    expect(got.size).toBe(cases.length);
    const wrong = cases.filter((c) => got.get(c.path) !== c.language).map((c) => `${c.path}: ${got.get(c.path)}`);
    expect(wrong).toEqual([]);
  });

  it('says the name alone did not decide', async () => {
    const { stdout } = await runCli(['--ndjson', join(root, 'Prolog', 'family.pl'), join(root, 'XML', 'viewer_de.ts'), join(root, 'SQL', 'schema.sql')]);
    const strategies = stdout.trim().split('\n').map((line) => (JSON.parse(line) as { strategy: string }).strategy);
    expect(strategies).toEqual(['classifier', 'classifier', 'heuristics']);
  });
});
