import { describe, expect, it } from 'vitest';
import { contentCandidates, detectLanguage } from '../../src/detect/pipeline.js';
import { modelineLanguage } from '../../src/detect/modeline.js';
import { trainModel } from '../../src/model/train.js';
import { extensionsOf, languagesForExtension } from '../../src/languages/index.js';
import { TINY_CORPUS } from '../tiny-corpus.js';

const model = trainModel(TINY_CORPUS, { minDocFrequency: 1, alpha: 0.1 });

describe('modeline', () => {
  it.each([
    ['# -*- mode: ruby -*-\nputs 1', 'Ruby'],
    ['#!/bin/sh\n# -*- Python -*-\nx', 'Python'],
    [';; -*- mode: emacs-lisp; lexical-binding: t -*-', 'Emacs Lisp'],
    ['x = 1\n# vim: set ft=python :', 'Python'],
    ['/* vim: syntax=cpp */\nint x;', 'C++'],
    ['// ex: filetype=javascript\n', 'JavaScript'],
    ['no modeline here', undefined],
    ['# -*- coding: utf-8 -*-\nimport os', undefined],
  ])('%j → %s', (text, expected) => {
    expect(modelineLanguage(text)).toBe(expected);
  });
});

describe('detectLanguage strategies', () => {
  it.each([
    [{ filename: 'Makefile' }, 'x: y\n', 'Makefile', 'filename'],
    [{ filename: 'src/.bashrc' }, 'export A=1\n', 'Shell', 'filename'],
    [{ filename: 'run' }, '#!/usr/bin/env -S python3.11 -u\nprint(1)\n', 'Python', 'shebang'],
    [{ filename: 'tool' }, '#!/bin/bash\necho hi\n', 'Shell', 'shebang'],
    // A sh script that re-executes itself under tclsh is Tcl (Linguist's rule); plain sh stays Shell.
    [{ filename: 'wish-app' }, '#!/bin/sh\n# the next line restarts using tclsh \\\nexec tclsh "$0" "$@"\nputs hi\n', 'Tcl', 'shebang'],
    [{ filename: 'run-it' }, '#!/bin/sh\nexec "$@"\n', 'Shell', 'shebang'],
    [{ filename: 'main.go' }, 'package main\n', 'Go', 'extension'],
    [{ filename: 'lib/util.py' }, 'x = 1\n', 'Python', 'extension'],
    [{ filename: 'x.txt' }, '# -*- mode: ruby -*-\n', 'Ruby', 'modeline'],
    [{ filename: 'notes' }, '# vim: set ft=python:\nx = 1\n', 'Python', 'modeline'],
    [{ filename: 'shape.h' }, '// -*- mode: C++ -*-\nclass A {};\n', 'C++', 'modeline'],
    // Modes are coarser than languages: the name wins where it contradicts the modeline.
    [{ filename: 'config.h.in' }, '// -*- mode: C++; c-file-style: "cc-mode" -*-\n#undef HAVE_X\n', 'C', 'extension'],
    // "fundamental" is Emacs for "no mode": no language follows from it.
    [{ filename: 'configure.ac' }, '# -*- mode: fundamental; -*-\nAC_INIT([x], [1])\n', 'M4Sugar', 'filename'],
  ])('%j', (options, text, language, strategy) => {
    expect(detectLanguage(model, text, options)).toMatchObject({ language, strategy, confidence: 1 });
  });

  it('settles .properties by rule: [sections] make INI, else Java Properties', () => {
    expect(detectLanguage(model, '# in $HOME/.gradle\njava6Home=/opt/jdk\n', { filename: 'gradle.properties' })).toMatchObject({
      language: 'Java Properties',
      strategy: 'heuristics',
    });
    expect(detectLanguage(model, '; settings\n[core]\nname = x\n', { filename: 'app.properties' })).toMatchObject({ language: 'INI', strategy: 'heuristics' });
    // Content only, the rule has no say.
    expect(detectLanguage(model, '[core]\nname = x\n', { contentOnly: true }).strategy).toBe('classifier');
  });

  it('does not let a Perl modeline turn a .pod file into Perl', () => {
    const d = detectLanguage(model, '#==== -*-perl-*-\n=head1 NAME\n', { filename: 'Manual.pod' });
    expect(d.strategy).not.toBe('modeline');
    for (const c of d.candidates) expect(['Pod', 'Pod 6']).toContain(c.language);
  });

  it('lets the classifier settle an ambiguous extension among its candidates only', () => {
    expect(languagesForExtension('lib.rb').length).toBeGreaterThanOrEqual(1);
    // ".cgi" is claimed by Perl, Python and Shell: the classifier chooses among those it knows.
    const d = detectLanguage(model, 'def f(x):\n    return x\n', { filename: 'tool.cgi', top: 5 });
    expect(d.strategy).toBe('classifier');
    expect(d.language).toBe('Python');
    for (const c of d.candidates) expect(languagesForExtension('tool.cgi')).toContain(c.language);
  });

  it('says unknown when the name points only at languages the model lacks', () => {
    const d = detectLanguage(model, 'anything\n', { filename: 'a.h' });
    expect(d.language).toBeNull();
    expect(d.candidates.length).toBeGreaterThan(0);
  });

  it('ignores names, modelines and shebangs with contentOnly', () => {
    const d = detectLanguage(model, '#!/usr/bin/env node\ndef f(x):\n    return x\n', { filename: 'x.js', contentOnly: true });
    expect(d).toMatchObject({ language: 'Python', strategy: 'classifier' });
  });

  it('answers nothing for binary content, whatever its name, and still reads text with form feeds', () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d) + 'IHDR';
    const python = 'def f(x):\n    return x\n';
    expect(detectLanguage(model, png)).toEqual({ language: null, reason: 'binary', confidence: 0, candidates: [], strategy: 'classifier' });
    expect(detectLanguage(model, `${python}\0\0`, { filename: 'x.py' }).language).toBeNull();
    // Control codes in a tenth of the text or more, without NULs, are binary too; a form feed is text.
    expect(detectLanguage(model, python + '\x01\x02\x03'.repeat(4)).language).toBeNull();
    expect(detectLanguage(model, `${python}\f\n${python}`).language).toBe('Python');
  });

  it('says which narrowing left only languages the model was never taught', () => {
    // The tiny model knows JavaScript, Python and Ruby: a .h file can only be C, C++ or Objective-C.
    const byName = detectLanguage(model, 'int f(void);\n', { filename: 'f.h' });
    expect(byName).toMatchObject({ language: null, reason: 'not-in-model', strategy: 'extension' });
    expect(byName.candidates.map((c) => c.language).sort()).toEqual(['C', 'C++', 'Objective-C']);
    const asked = detectLanguage(model, 'int f(void);\n', { candidates: ['Go'] });
    expect(asked).toMatchObject({ language: null, reason: 'not-in-model', strategy: 'classifier', candidates: [{ language: 'Go', probability: 1 }] });
  });

  it('splits multi-part extensions, longest first', () => {
    expect(extensionsOf('a/b/x.d.ts')).toEqual(['.d.ts', '.ts']);
    expect(extensionsOf('.bashrc')).toEqual([]);
  });
});

describe('content-only answers for languages that extend another', () => {
  // C++ learnt from C-style code with a little C++ in it: plain C text scores as C++.
  const cppStyle = 'static int add(int a, int b) { return a + b; }\nstatic int sub(int a, int b) { return a - b; }\n';
  const model = trainModel([
    ...Array.from({ length: 6 }, (_, i) => ({ text: `${cppStyle}namespace n${i} { class A { public: int x; }; }\n`, language: 'C++' })),
    { text: '#include <stdio.h>\nint main(void) { printf("hi\\n"); return 0; }\n', language: 'C' },
    { text: 'struct point { char tag; long y; };\nextern void draw(struct point *p);\n', language: 'C' },
  ]);
  const plainC = 'static int mul(int a, int b) { return a * b; }\nstatic int add(int a, int b) { return a + b; }\n';

  it('does not answer C++ for text that shows nothing of C++', () => {
    expect(detectLanguage(model, plainC, { top: 2 }).candidates[0]?.language).toBe('C');
    // The classifier alone, given both, prefers C++: the rule is what decides.
    expect(detectLanguage(model, plainC, { filename: 'x.h', top: 2 }).candidates.map((c) => c.language)).toEqual(['C++', 'C']);
  });

  it('answers C++ where the text shows it', () => {
    expect(detectLanguage(model, `${plainC}int f() { return std::max(1, 2); }\n`, { contentOnly: true }).language).toBe('C++');
  });
});

describe('content-only answers for templates without their tags', () => {
  // Smarty learnt from one project's pages, whose markup is its own; HTML from other pages.
  const page = '<div class="box">\n  <span class="label">Name</span>\n</div>\n';
  const model = trainModel([
    ...Array.from({ length: 6 }, (_, i) => ({ text: `${page}<p class="note">{$note${i}}</p>\n`, language: 'Smarty' })),
    { text: '<!DOCTYPE html>\n<html>\n<body>\n<h1>Title</h1>\n</body>\n</html>\n', language: 'HTML' },
    { text: '<table>\n<tr><td>1</td></tr>\n</table>\n', language: 'HTML' },
  ]);

  it('answers HTML for markup that shows none of the template tags', () => {
    // The classifier alone, given both, prefers Smarty: the rule is what decides.
    expect(detectLanguage(model, page, { candidates: ['Smarty', 'HTML'] }).language).toBe('Smarty');
    expect(detectLanguage(model, page, { contentOnly: true }).language).toBe('HTML');
  });

  it('answers the template language where a tag shows', () => {
    expect(detectLanguage(model, `${page}<p>{$total}</p>\n`, { contentOnly: true }).language).toBe('Smarty');
  });
});

describe('content-only answers for text written in an extension of the language answered', () => {
  // Verilog learnt from Verilator-style tests; SystemVerilog from code unlike them.
  const verilatorStyle = 'module t (clk);\n   input clk;\n   integer cyc = 0;\n   always @ (posedge clk) begin\n      cyc <= cyc + 1;\n      if (cyc == 9) $finish;\n   end\nendmodule\n';
  const model = trainModel([
    ...Array.from({ length: 6 }, (_, i) => ({ text: verilatorStyle.replace('cyc', `cyc${i}`), language: 'Verilog' })),
    { text: 'package p;\n  typedef enum logic [1:0] { IDLE, RUN } state_e;\nendpackage\n', language: 'SystemVerilog' },
    { text: 'interface bus_if;\n  logic valid;\n  modport m (output valid);\nendinterface\n', language: 'SystemVerilog' },
  ]);
  const withSystemVerilog = verilatorStyle.replace('   integer cyc = 0;', '   int cyc = 0;\n   string name;');

  it('does not answer Verilog for code that declares SystemVerilog types', () => {
    // The classifier alone, given both, prefers Verilog: the rule is what decides.
    expect(detectLanguage(model, withSystemVerilog, { candidates: ['Verilog', 'SystemVerilog'] }).language).toBe('Verilog');
    expect(detectLanguage(model, withSystemVerilog, { contentOnly: true }).language).toBe('SystemVerilog');
  });

  it('still answers Verilog where SystemVerilog words appear only in comments', () => {
    const commented = `// the int and string types are SystemVerilog\n${verilatorStyle}`;
    expect(detectLanguage(model, commented, { contentOnly: true }).language).toBe('Verilog');
  });
});

describe('content-only answers for C-family text that C (or C++) cannot compile', () => {
  // C learnt from much code in nmap's style; C++ and Objective-C++ from a little, unlike it.
  const cStyle = 'static int scan(struct host *h, int port) {\n  if (h == NULL) return -1;\n  return probe(h, port);\n}\n';
  const model = trainModel([
    ...Array.from({ length: 8 }, (_, i) => ({ text: cStyle.replaceAll('scan', `scan${i}`), language: 'C' })),
    { text: 'template <typename T> T twice(T x) { return x + x; }\nstd::vector<int> v;\n', language: 'C++' },
    { text: 'namespace net { class Socket { public: int fd; }; }\n', language: 'C++' },
    { text: '@implementation Probe\n- (void)run { [self scan]; }\n@end\n', language: 'Objective-C++' },
    { text: '#import <Foundation/Foundation.h>\n@interface Probe : NSObject\n@end\n', language: 'Objective-C++' },
  ]);
  const withScope = `${cStyle}static int open_one(struct host *h) {\n  return scan(h, ::default_port);\n}\n`;

  it('does not answer C for code with the scope operator', () => {
    // The classifier alone, given both, prefers C: the rule is what decides.
    expect(detectLanguage(model, withScope, { candidates: ['C', 'C++'] }).language).toBe('C');
    expect(detectLanguage(model, withScope, { contentOnly: true }).language).toBe('C++');
  });

  it('rules out C, then C++, for C-style code with Objective-C syntax', () => {
    const objcpp = `#import "probe.h"\n${withScope}`;
    expect(detectLanguage(model, objcpp, { candidates: ['C', 'C++'] }).language).toBe('C');
    expect(detectLanguage(model, objcpp, { contentOnly: true })).toMatchObject({
      language: 'Objective-C++',
      ruledOut: [
        { language: 'C', because: 'shows the scope operator (std::x, Foo::bar, ::x)' },
        { language: 'C++', because: 'shows #import' },
      ],
    });
  });

  it('still answers C where C++ is only named in strings and comments', () => {
    const quoted = `/* a C++ port would use std::map */\n${cStyle}static const char *usage = "see ::help";\n`;
    const d = detectLanguage(model, quoted, { contentOnly: true });
    expect(d.language).toBe('C');
    expect(d).not.toHaveProperty('ruledOut');
  });
});

describe('content-only answers ruled out twice', () => {
  // Vue learnt from script in this project's style, JavaScript and TypeScript from other code.
  const script = (i: number): string => `import { computed } from 'vue'\nexport const dark${i} = computed(() => store.value === 'dark')\n`;
  const model = trainModel([
    ...Array.from({ length: 8 }, (_, i) => ({ text: `<script setup>\n${script(i)}</script>\n<template><p>{{ dark${i} }}</p></template>\n`, language: 'Vue' })),
    { text: `const light = require('./light')\nmodule.exports = { light }\n`, language: 'JavaScript' },
    { text: `export const size = computed(() => 4)\n`, language: 'JavaScript' },
    { text: 'interface Options { size: number }\nfunction area(o: Options): number { return o.size * o.size }\n', language: 'TypeScript' },
  ]);
  // Script with an interface: not Vue (no component syntax), not JavaScript (a type).
  const typed = `${script(99)}export interface Size { value: number }\n`;

  it('does not go back to a language the text lacks the extension of', () => {
    expect(detectLanguage(model, typed, { candidates: ['Vue', 'JavaScript', 'TypeScript'] }).candidates.map((c) => c.language)).toEqual(['Vue', 'JavaScript', 'TypeScript']);
    expect(detectLanguage(model, typed, { contentOnly: true })).toMatchObject({
      language: 'TypeScript',
      ruledOut: [
        { language: 'Vue', because: 'shows none of what Vue adds to TypeScript' },
        { language: 'JavaScript', because: expect.stringMatching(/^shows interface, type alias/) },
      ],
    });
  });

  it('tells the calibration which languages the answer was ranked among: all but those ruled out', () => {
    const among = contentCandidates(model, typed);
    expect(among).toBeDefined();
    expect(among).toContain('TypeScript');
    expect(among).not.toContain('Vue');
    expect(among).not.toContain('JavaScript');
    expect(detectLanguage(model, typed, { contentOnly: true, top: 10 }).candidates.map((c) => c.language).sort()).toEqual([...(among ?? [])].sort());
    // No rule fired: ranked among all the model's languages.
    expect(contentCandidates(model, `const light = require('./light')\n`)).toBeUndefined();
  });
});

describe('content-only answers for a format that text lacks the syntax of', () => {
  // Diff learnt from patches of C in this style; C from a little other code.
  const hunk = (i: number): string => `--- a/probe.c\n+++ b/probe.c\n@@ -1,3 +1,3 @@\n \tint port${i} = 80;\n-\tcount${i} = open_all(ports);\n+\tcount${i} = open_all(ports, ${i});\n \treturn count${i};\n`;
  const model = trainModel([
    ...Array.from({ length: 8 }, (_, i) => ({ text: hunk(i), language: 'Diff' })),
    { text: 'static int scan(struct host *h) {\n  return probe(h);\n}\n', language: 'C' },
    { text: 'int main(void) {\n  return run();\n}\n', language: 'C' },
  ]);
  // The code of a hunk without a diff's lines: tab-indented, as the patches' context was.
  const code = '\tint port7 = 80;\n\tcount7 = open_all(ports);\n\treturn count7;\n';

  it('does not answer Diff for code without a changed line or a header', () => {
    // The classifier alone, given both, prefers Diff: the rule is what decides.
    expect(detectLanguage(model, code, { candidates: ['Diff', 'C'] }).language).toBe('Diff');
    expect(detectLanguage(model, code, { contentOnly: true })).toMatchObject({
      language: 'C',
      ruledOut: [{ language: 'Diff', because: expect.stringMatching(/^shows none of a diff's lines/) }],
    });
  });

  it.each([
    ['a changed line', `${code}+\treturn 0;\n`],
    ['a hunk header', `@@ -4,3 +4,3 @@\n${code}`],
    ['a patch header field', `Description: count the ports opened\n${code}`],
    ['context lines only', ' \tint port7 = 80;\n \treturn count7;\n'],
  ])('still answers Diff for text with %s', (_what, text) => {
    const d = detectLanguage(model, text, { contentOnly: true });
    expect(d.language).toBe('Diff');
    expect(d).not.toHaveProperty('ruledOut');
  });
});
