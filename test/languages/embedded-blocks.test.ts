// Lines inside a block that names its language (a Markdown fence's info string, a page's script or
// style element) are that language; the whole file keeps its label.
import { describe, expect, it } from 'vitest';
import { embeddedLanguageOf, embeddedLanguages } from '../../src/languages/embedded-blocks.js';
import { blockLanguage, windowLanguage } from '../../src/languages/content-languages.js';
import { labelledSnippetOf, snippetOf, snippetWindow } from '../../src/evaluate/snippets.js';

const README = [
  '# Usage', //                       0
  '',
  '```js', //                          2
  'const a = require("a");',
  'a.run({ fast: true });',
  '```', //                            5
  '',
  '~~~~ {r setup, include=FALSE}', //  7
  'library(knitr)',
  '~~~~',
  '```',
  'plain text in an unnamed fence',
  '```',
  '```python title="x.py"',
  'print(1)',
  '```',
].join('\n');

describe('embeddedLanguages', () => {
  it('gives a fence info string’s language to the lines inside, not to the fence lines', () => {
    const languages = embeddedLanguages('Markdown', README.split('\n'));
    expect(languages.slice(0, 7)).toEqual([undefined, undefined, undefined, 'JavaScript', 'JavaScript', undefined, undefined]);
    expect(languages[8]).toBe('R');
    expect(languages[11]).toBeUndefined();
    expect(languages[14]).toBe('Python');
  });

  it('reads fences only in the languages that have them', () => {
    expect(embeddedLanguages('Python', README.split('\n')).every((l) => l === undefined)).toBe(true);
    expect(embeddedLanguages('MDX', README.split('\n'))[3]).toBe('JavaScript');
  });

  it('names a script or style element’s language by its attributes', () => {
    const page = [
      '<html><head>',
      '<script>', //                                   1
      '  var x = 1;',
      '</script>',
      '<style lang="scss">', //                        4
      '  .a { .b { color: red; } }',
      '</style>',
      '<script type="text/x-template" id="t">', //    7
      '  <div>{{ name }}</div>',
      '</script>',
      '<script type="application/ld+json">', //       10
      '  { "@type": "Person" }',
      '</script>',
      '<script src="a.js"></script><script src="b.js">', // 13
      '</script>',
      '<script>var y = 2;</script>', //               15
      '<p>after</p>',
    ];
    const languages = embeddedLanguages('HTML', page);
    expect(languages[2]).toBe('JavaScript');
    expect(languages[5]).toBe('SCSS');
    expect(languages[8]).toBeUndefined();
    expect(languages[11]).toBe('JSON');
    expect(languages[14]).toBeUndefined();
    expect(languages[16]).toBeUndefined();
    expect(embeddedLanguages('Vue', ['<script lang="ts">', 'let a: number = 1;', '</script>'])[1]).toBe('TypeScript');
  });
});

describe('embeddedLanguageOf', () => {
  it('names a language only when one block holds every line of the window', () => {
    expect(embeddedLanguageOf('Markdown', README.split('\n'), 3, 2)).toBe('JavaScript');
    expect(embeddedLanguageOf('Markdown', README.split('\n'), 2, 2)).toBeUndefined(); // the fence line
    expect(embeddedLanguageOf('Markdown', README.split('\n'), 4, 2)).toBeUndefined();
    expect(embeddedLanguageOf('Markdown', README.split('\n'), 11, 1)).toBeUndefined(); // unnamed fence
    expect(embeddedLanguageOf('Markdown', README.split('\n'), 14, 3)).toBeUndefined(); // past the end
  });
});

describe('windowLanguage', () => {
  it('scores a fenced window as the fence’s language, by content', () => {
    expect(windowLanguage('Markdown', README.split('\n'), 3, 2, 'const a = require("a");\na.run({ fast: true });')).toBe('JavaScript');
    expect(windowLanguage('Markdown', README.split('\n'), 0, 1, '# Usage')).toBe('Markdown');
  });

  it('keeps a template’s label where the script shows the template’s syntax', () => {
    const razor = '<div>\n<script>\n  var id = @Model.Id;\n  var n = 1;\n</script>\n</div>';
    expect(windowLanguage('HTML+Razor', razor.split('\n'), 2, 1, '  var id = @Model.Id;')).toBe('HTML+Razor');
    expect(windowLanguage('HTML+Razor', razor.split('\n'), 3, 1, '  var n = 1;')).toBe('JavaScript');
  });

  it('reads the embedded language down its own chain: SCSS without SCSS syntax is CSS', () => {
    const vue = '<template><p/></template>\n<style lang="scss">\n.a { color: red; }\n</style>';
    expect(windowLanguage('Vue', vue.split('\n'), 2, 1, '.a { color: red; }')).toBe('CSS');
  });
});

describe('blockLanguage', () => {
  it('learns a window as its block’s language as named, not by what the window shows', () => {
    const vue = '<template><p/></template>\n<script lang="ts">\nconst n = 1;\n</script>';
    expect(blockLanguage('Vue', vue.split('\n'), 2, 1, 'const n = 1;')).toBe('TypeScript');
    expect(windowLanguage('Vue', vue.split('\n'), 2, 1, 'const n = 1;')).toBe('JavaScript');
    // Outside any block: the file's language, as every other training window.
    const cpp = 'int main() {\n  return 0;\n}';
    expect(blockLanguage('C++', cpp.split('\n'), 1, 1, '  return 0;')).toBe('C++');
    expect(windowLanguage('C++', cpp.split('\n'), 1, 1, '  return 0;')).toBe('C');
  });
});

describe('labelledSnippetOf', () => {
  it('cuts the same snippet as snippetOf and labels it by where it sits', () => {
    const text = Array.from({ length: 40 }, (_, i) => (i % 10 === 0 ? '```ts' : i % 10 === 9 ? '```' : `let v${i}: number = ${i};`)).join('\n');
    let fenced = 0;
    for (let k = 0; k < 50; k++) {
      const window = snippetWindow(text, 3, `id${k}`)!;
      const labelled = labelledSnippetOf(text, 'Markdown', 3, `id${k}`)!;
      expect(labelled.text).toBe(snippetOf(text, 3, `id${k}`));
      expect(labelledSnippetOf(text, 'Markdown', 3, `id${k}`, 'learnt')!.language).toBe(labelled.language);
      const inside = window.text.split('\n').every((l) => l.startsWith('let '));
      expect(labelled.language).toBe(inside ? 'TypeScript' : 'Markdown');
      if (inside) fenced++;
    }
    expect(fenced).toBeGreaterThan(0);
  });
});
