import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate.js';
import { errorReasons } from '../../src/evaluate/report.js';
import { snippetOf } from '../../src/evaluate/snippets.js';
import { trainModel } from '../../src/model/train.js';

const C = ['#include <stdio.h>\nint main(void) { printf("hi\\n"); return 0; }', 'static int add(int a, int b) { return a + b; }\nstruct point { int x; int y; };'];
const CPP = ['#include <iostream>\nnamespace app { class Point { public: int x; }; }', 'template <typename T>\nclass Box { public: T value; std::string name; };'];
const PY = ['def main():\n    print("hi")\n', 'import os\nclass Thing:\n    def __init__(self):\n        self.x = 1\n'];

const model = trainModel([
  ...C.map((text) => ({ text, language: 'C' })),
  ...CPP.map((text) => ({ text, language: 'C++' })),
  ...PY.map((text) => ({ text, language: 'Python' })),
]);

describe('evaluate', () => {
  it('measures whole files, snippets, names, and ambiguous extensions apart', () => {
    const samples = [
      { id: 'a', text: 'namespace ui { class Window { public: int w; }; }', language: 'C++', filename: 'window.h' },
      { id: 'b', text: 'struct pair { int a; int b; };\nstatic int sum(struct pair p) { return p.a + p.b; }', language: 'C', filename: 'pair.h' },
      { id: 'c', text: 'def run():\n    print("go")\n', language: 'Python', filename: 'run.py' },
      // Content says C++, but .py settles it by name: right with names, wrong without.
      { id: 'd', text: 'class Point { public: int x; };', language: 'Python', filename: 'odd.py' },
    ];
    const result = evaluate(model, samples, { withFilenames: true, snippetLines: [1] });
    expect(result.whole.total).toBe(4);
    expect(result.whole.correct).toBe(3);
    expect(result.withFilenames?.correct).toBe(4);
    // Only the two .h files are ambiguous (C, C++, Objective-C); .py names one language.
    expect(result.ambiguousExtensions?.total).toBe(2);
    expect(result.ambiguousExtensions?.correct).toBe(2);
    expect(result.byLines[0]?.metrics.total).toBe(4);
  });

  it('records each wrong whole file with its project and where its language was ranked, and the report says so', () => {
    // Two C++-looking files labelled Python from one project, one Python file right.
    const samples = [
      { id: 'a', text: 'class Point { public: int x; };', language: 'Python', project: 'p1' },
      { id: 'b', text: 'namespace ui { class Window { public: int w; }; }', language: 'Python', project: 'p1' },
      { id: 'c', text: 'def run():\n    print("go")\n', language: 'Python', project: 'p2' },
    ];
    const result = evaluate(model, samples, { snippetLines: [] });
    expect(result.wholeErrors.map((e) => [e.expected, e.predicted, e.project])).toEqual([
      ['Python', 'C++', 'p1'],
      ['Python', 'C++', 'p1'],
    ]);
    for (const e of result.wholeErrors) expect(e.rank === undefined || e.rank > 1).toBe(true);
    const second = result.wholeErrors.filter((e) => e.rank === 2).length;
    expect(errorReasons(result.wholeErrors, 'Python')).toBe(`; the 2 wrong files come from one project; Python was the second choice for ${second}`);
    expect(errorReasons([...result.wholeErrors, { expected: 'Python', predicted: 'C', project: 'p3', rank: 2 }], 'Python')).toBe(
      `; the 3 wrong files come from 2 projects (at most 2 from one); Python was the second choice for ${second + 1}`,
    );
    expect(errorReasons(result.wholeErrors, 'C')).toBe('');
  });

  it('scores a snippet cut from inside a Markdown fence as the fence’s language', () => {
    // One line per window: every line but the fence lines is Python, inside a ```python fence.
    const text = ['# Notes', '```python', 'def main():', '    print("hi")', '```'].join('\n');
    const samples = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, text, language: 'Markdown' }));
    const result = evaluate(model, samples, { snippetLines: [1] });
    const scored = result.byLines[0]!.metrics.perLanguage;
    const fenced = samples.filter((s) => ['def main():', '    print("hi")'].includes(snippetOf(text, 1, s.id)!)).length;
    expect(fenced).toBeGreaterThan(0);
    expect(scored.find((l) => l.language === 'Python')?.support).toBe(fenced);
    expect(scored.find((l) => l.language === 'Markdown')?.support).toBe(40 - fenced);
    expect(result.whole.perLanguage.map((l) => l.language)).toEqual(['Markdown']);
  });

  it('leaves the name-based figures out when names are not wanted', () => {
    const result = evaluate(model, [{ id: 'a', text: 'int x;', language: 'C', filename: 'x.h' }]);
    expect(result.withFilenames).toBeUndefined();
    expect(result.ambiguousExtensions).toBeUndefined();
  });

  it('scores a file labelled C++ that shows nothing of C++ as C, and keeps the accuracy against the labels as given', () => {
    const samples = [
      { id: 'a', text: 'static int add(int a, int b) { return a + b; }\nstruct point { int x; int y; };', language: 'C++' },
      { id: 'b', text: 'template <typename T>\nclass Box { public: T value; };', language: 'C++' },
    ];
    const result = evaluate(model, samples, { snippetLines: [] });
    expect(result.settledByContent.moves).toEqual([{ label: 'C++', content: 'C', count: 1 }]);
    expect(result.whole.correct).toBe(2);
    expect(result.settledByContent.accuracyAsLabelled).toBe(0.5);
  });

  it('scores a snippet by what it shows: a C-only line of a C++ file is C, and against the label it is wrong', () => {
    // The first line is C++ only; the second is C as much as C++.
    const text = 'namespace app { class Point { public: int x; }; }\nstatic int add(int a, int b) { return a + b; }';
    const samples = [...'abcdefghijklmnopqrstuvwxyz'].map((id) => ({ id, text, language: 'C++' }));
    const cOnly = samples.filter((s) => snippetOf(text, 1, s.id)?.startsWith('static')).length;
    expect(cOnly).toBeGreaterThan(0);
    expect(cOnly).toBeLessThan(samples.length);

    const snippets = evaluate(model, samples, { snippetLines: [1] }).byLines[0];
    const support = (language: string) => snippets?.metrics.perLanguage.find((l) => l.language === language)?.support;
    expect(support('C')).toBe(cOnly);
    expect(support('C++')).toBe(samples.length - cOnly);
    expect(snippets?.metrics.accuracy).toBe(1);
    expect(snippets?.accuracyAsLabelled).toBeCloseTo((samples.length - cOnly) / samples.length);
  });
});

