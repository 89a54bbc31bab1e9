// The package's public entry points, as a program that installed it would import them: through
// package.json "exports" (self-reference by name), from the built dist/ that `npm ci` produces.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('package exports', () => {
  it('are built (npm ci runs the build; otherwise: npm run build)', () => {
    expect(existsSync('dist/index.js') && existsSync('dist/core.js')).toBe(true);
  });

  it('whichlang gives detect with the shipped model, whichlang/core the pure API', () => {
    const script = `
      const main = await import('whichlang');
      const core = await import('whichlang/core');
      const d = main.detect('fn main() {\\n    let v: Vec<u8> = Vec::new();\\n    println!("{}", v.len());\\n}\\n');
      const noise = main.textualNoise(1, 99)[0].text;
      console.log(JSON.stringify({ language: d.language, core: typeof core.detectWithModel, node: typeof core.classifyPaths, noise: main.detect(noise).language, label: core.NOISE, otherProse: core.OTHER_PROSE }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ language: 'Rust', core: 'function', node: 'undefined', noise: null, label: '(noise)', otherProse: '(other prose)' });
  });

  it('has no entry point that is not built', () => {
    expect(() => execFileSync(process.execPath, ['--input-type=module', '-e', "await import('whichlang/node')"], { stdio: 'pipe' })).toThrow(
      /ERR_PACKAGE_PATH_NOT_EXPORTED/,
    );
  });
});
