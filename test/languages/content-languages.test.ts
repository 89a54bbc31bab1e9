// The language a labelled text is learnt and scored as: file-name-only languages map to their
// content language, and a superset language's file showing none of its extension to the base.
import { describe, expect, it } from 'vitest';
import { contentLanguage } from '../../src/languages/content-languages.js';
import { SUPERSET_EVIDENCE } from '../../src/languages/superset-evidence.js';
import { resolveLanguageName } from '../../src/languages/index.js';
import { hasNestedQuantifier } from '../nested-quantifier.js';

describe('contentLanguage', () => {
  it('maps languages told apart only by file name to their content language', () => {
    expect(contentLanguage('Maven POM')).toBe('XML');
    expect(contentLanguage('JSON with Comments', '{ "a": 1 }\n')).toBe('JSON');
    expect(contentLanguage('Python', 'print(1)\n')).toBe('Python');
  });

  it.each([
    ['TSX', 'export function add(a: number, b: number): number {\n  return a + b;\n}\n', 'TypeScript'],
    ['TSX', 'const xs: Array<number> = [];\nif (a < b && c > d) f<T>(x);\n', 'TypeScript'],
    ['TSX', 'export const App = () => <div className="x">{label}</div>;\n', 'TSX'],
    ['TSX', 'return <Icon size={16} />;\n', 'TSX'],
    ['TSX', 'return <>{children}</>;\n', 'TSX'],
    ['Objective-C++', '#import <Foundation/Foundation.h>\n@implementation A\n- (void)run { [self stop]; }\n@end\n', 'Objective-C'],
    ['Objective-C++', '#import "A.h"\n@implementation A\n- (void)run { std::vector<int> v; }\n@end\n', 'Objective-C++'],
    ['Objective-C++', '#include <memory>\n@implementation A\n@end\n', 'Objective-C++'],
    ['Cuda', '#include "util.h"\nint add(int a, int b) { return a + b; }\n', 'C++'],
    ['Cuda', '__global__ void k(float *x) { x[threadIdx.x] = 0; }\n', 'Cuda'],
    ['Cuda', 'k<<<blocks, threads>>>(x);\n', 'Cuda'],
    ['Cuda', 'cudaMalloc(&p, n);\n', 'Cuda'],
    ['C++', '#include <stdio.h>\nint main(void) {\n  printf("hi\\n");\n  return 0;\n}\n', 'C'],
    ['C++', '#include <vector>\nint main() { return 0; }\n', 'C++'],
    ['C++', 'struct A { int x; };\nint f(A *a) { return a->x; }\n// get a new one\n', 'C++'],
    ['C++', 'class A { public: int x; };\n', 'C++'],
    ['C++', 'int f() { return std::max(1, 2); }\n', 'C++'],
  ])('%s %j → %s', (label, text, expected) => {
    expect(contentLanguage(label, text)).toBe(expected);
  });

  it('reads no text when none is given: the label as named', () => {
    expect(contentLanguage('TSX')).toBe('TSX');
    expect(contentLanguage('C++')).toBe('C++');
  });
});

describe('the superset evidence data', () => {
  const patterns = Object.entries(SUPERSET_EVIDENCE).flatMap(([language, s]) => Object.entries(s.evidence).map(([name, pattern]) => [language, name, pattern] as const));

  it('names Linguist languages, each base differing from its superset', () => {
    for (const [language, { base }] of Object.entries(SUPERSET_EVIDENCE)) {
      expect(resolveLanguageName(language)).toBe(language);
      expect(resolveLanguageName(base)).toBe(base);
      expect(base).not.toBe(language);
    }
  });

  it.each(patterns)('%s "%s": linear-time, no state between calls', (_language, _name, pattern) => {
    expect(hasNestedQuantifier(pattern.source)).toBe(false);
    // A global or sticky pattern would carry lastIndex from one text to the next.
    expect(pattern.global || pattern.sticky).toBe(false);
  });
});
