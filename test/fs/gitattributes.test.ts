// .gitattributes patterns and precedence, checked against git itself (git check-attr) on real
// files in a temporary repository, and Linguist's reading of the attributes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitattributesReader, parseGitattributes, repositoryRoot } from '../../src/fs/gitattributes.js';
import { globToRegExp } from '../../src/fs/wildmatch.js';

const tmp = mkdtempSync(join(tmpdir(), 'whichlang-attrs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function repo(name: string, files: Record<string, string>): string {
  const root = join(tmp, name);
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '-q', root]);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** git's answer: for each path, the attributes it reports as set, unset or valued. */
function gitCheckAttr(root: string, attributes: string[], paths: string[]): Map<string, Record<string, string>> {
  const out = execFileSync('git', ['-C', root, 'check-attr', '--stdin', ...attributes], { input: paths.join('\n') + '\n', encoding: 'utf8' });
  const result = new Map<string, Record<string, string>>(paths.map((p) => [p, {}]));
  for (const line of out.trim().split('\n')) {
    const [path, attribute, value] = line.split(': ') as [string, string, string];
    if (value !== 'unspecified') result.get(path)![attribute] = value;
  }
  return result;
}

describe('git glob patterns', () => {
  it.each([
    ['*.c', ['a.c', '.c', 'x.y.c'], ['a.h', 'a.c/x', 'dir/a.c']],
    ['a/*.h', ['a/b.h'], ['a/c/b.h', 'b.h', 'xa/b.h']],
    ['docs/**', ['docs/a', 'docs/a/b/c.md'], ['docs', 'xdocs/a']],
    ['**/gen/*.go', ['gen/a.go', 'x/y/gen/a.go'], ['gen/x/a.go', 'agen/a.go']],
    ['a/**/b', ['a/b', 'a/x/b', 'a/x/y/b'], ['a/xb', 'b']],
    ['x?.[ch]', ['x1.c', 'xa.h'], ['x.c', 'x12.c', 'x/.c']],
    ['[!a-c]*.js', ['d.js', 'zz.js'], ['a.js', 'c1.js']],
    ['file[[:digit:]].txt', ['file1.txt'], ['filea.txt']],
    ['a**b', ['ab', 'axxb'], ['a/b']],
    ['\\#notes', ['#notes'], ['notes']],
    ['[abc', ['[abc'], ['a']],
  ])('%s', (glob, yes, no) => {
    const re = globToRegExp(glob);
    for (const path of yes) expect(re.test(path), `${glob} should match ${path}`).toBe(true);
    for (const path of no) expect(re.test(path), `${glob} should not match ${path}`).toBe(false);
  });
});

describe('.gitattributes', () => {
  it('reads set, unset, unspecified and valued attributes, and only Linguist\'s', () => {
    const lines = parseGitattributes(
      [
        '# comment',
        '*.c text diff=cpp',
        '*.h linguist-language=C++ -linguist-vendored !linguist-generated linguist-documentation=false linguist-detectable',
        '"with space.txt" linguist-vendored',
        '!negated linguist-vendored',
        'dir/ linguist-vendored',
        '[attr]mine linguist-vendored',
      ].join('\n'),
    );
    expect(lines.map((l) => l.attributes)).toEqual([
      [
        ['linguist-language', 'C++'],
        ['linguist-vendored', false],
        ['linguist-generated', null],
        ['linguist-documentation', 'false'],
        ['linguist-detectable', true],
      ],
      [['linguist-vendored', true]],
    ]);
    expect(lines[1]!.pattern.test('with space.txt')).toBe(true);
  });

  it('gives what git check-attr gives, over nested files (later lines and deeper files win)', () => {
    const root = repo('nested', {
      '.gitattributes': [
        '*.h linguist-language=cpp',
        'vendor/** -linguist-vendored',
        'vendor/keep/** linguist-vendored',
        'gen/*.go linguist-generated',
        'gen/*.go -linguist-generated', // a later line wins
        'docs/** linguist-documentation=false',
        'data/*.json linguist-detectable',
        'build/ linguist-generated', // a directory pattern does not reach the files inside
        'src/*.py -linguist-detectable',
      ].join('\n'),
      'sub/.gitattributes': ['*.h linguist-language=Objective-C', 'deep/** linguist-vendored', '/top.txt linguist-documentation'].join('\n'),
      'sub/deep/.gitattributes': ['*.c !linguist-vendored', 'x.c linguist-language=Rust'].join('\n'),
      'sub/deep/.git-keep': '',
    });
    const paths = [
      'a.h',
      'sub/b.h',
      'sub/deep/c.h',
      'vendor/lib.c',
      'vendor/keep/lib.c',
      'gen/a.go',
      'docs/guide.md',
      'data/x.json',
      'build/out.js',
      'src/a.py',
      'sub/deep/x.c',
      'sub/deep/y.c',
      'sub/deep/z.txt',
      'sub/top.txt',
      'top.txt',
    ];
    const names = ['linguist-language', 'linguist-vendored', 'linguist-generated', 'linguist-documentation', 'linguist-detectable'];
    const git = gitCheckAttr(root, names, paths);
    const reader = new GitattributesReader(root);
    for (const path of paths) {
      const ours = reader.attributesOf(join(root, path));
      const fromGit = git.get(path)!;
      const expected: Record<string, unknown> = {};
      if (fromGit['linguist-language']) expected.language = fromGit['linguist-language'];
      for (const key of ['vendored', 'generated', 'documentation', 'detectable']) {
        const v = fromGit[`linguist-${key}`];
        if (v !== undefined) expected[key] = v !== 'unset' && v !== 'false';
      }
      expect(ours, path).toEqual(expected);
    }
    // And the answers themselves, so the comparison cannot pass by both sides being empty.
    expect(reader.attributesOf(join(root, 'sub/deep/c.h'))).toEqual({ language: 'Objective-C', vendored: true });
    expect(reader.attributesOf(join(root, 'sub/deep/x.c'))).toEqual({ language: 'Rust' });
    expect(reader.attributesOf(join(root, 'vendor/keep/lib.c'))).toEqual({ vendored: true });
    expect(reader.attributesOf(join(root, 'vendor/lib.c'))).toEqual({ vendored: false });
    expect(reader.attributesOf(join(root, 'gen/a.go'))).toEqual({ generated: false });
    expect(reader.attributesOf(join(root, 'docs/guide.md'))).toEqual({ documentation: false });
    expect(reader.attributesOf(join(root, 'build/out.js'))).toEqual({});
  });

  it('reads no .gitattributes above the top it is given', () => {
    const root = repo('outer', { '.gitattributes': '*.c linguist-vendored\n', 'inner/.gitattributes': '*.h linguist-vendored\n' });
    const reader = new GitattributesReader(join(root, 'inner'));
    expect(reader.attributesOf(join(root, 'inner/a.c'))).toEqual({});
    expect(reader.attributesOf(join(root, 'inner/a.h'))).toEqual({ vendored: true });
    expect(repositoryRoot(join(root, 'inner'))).toBe(root);
  });
});
