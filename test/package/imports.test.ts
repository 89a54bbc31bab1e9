// The shape of the import graph: no cycles (bundlers warn on them, and module order then
// matters), and the pure core reaches no Node module, so it runs in a browser.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** What a file imports at run time (`import type` is erased): relative files, and bare modules. */
function importsOf(file: string): { local: string[]; modules: string[] } {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)[ \t](?!type[ \t{])[^;]*?from[ \t]+'([^']+)'/gms)].map((m) => m[1] as string);
  return {
    local: specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts'))),
    modules: specifiers.filter((s) => !s.startsWith('.')),
  };
}

const graph = new Map(sourceFiles(SRC).map((f) => [f, importsOf(f)]));

it('has no import cycle in src/', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const dep of graph.get(file)?.local ?? []) {
      if (state.get(dep) === 'open') cycles.push(path.slice(path.indexOf(dep)).map((f) => relative(SRC, f)).join(' → '));
      else if (!state.has(dep)) visit(dep);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});

it('keeps the core (src/core.ts and all it imports) free of Node modules', () => {
  const reached = new Set<string>();
  const nodeImports: string[] = [];
  const visit = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    const imports = graph.get(file);
    expect(imports, `${relative(SRC, file)} is imported but not in src/`).toBeDefined();
    for (const m of imports?.modules ?? []) if (m.startsWith('node:') || ['fs', 'path', 'os', 'worker_threads'].includes(m)) nodeImports.push(`${relative(SRC, file)}: ${m}`);
    for (const dep of imports?.local ?? []) visit(dep);
  };
  visit(join(SRC, 'core.ts'));
  expect(reached.size).toBeGreaterThan(20);
  expect(nodeImports).toEqual([]);
});
