// The language a labelled text is learnt and scored as: file-name-only languages map to their
// content language, and a superset language's file showing none of its extension to the base.
import { describe, expect, it } from 'vitest';
import { contentLanguage, extensionShown, lacksItsExtension } from '../../src/languages/content-languages.js';
import { withoutCodeFences, withoutComments, withoutCommentsAndStrings, withoutHashCommentsAndStrings, withoutLispCommentsAndStrings, withoutMlCommentsAndStrings, withoutPod, withoutShellCommentsAndStrings } from '../../src/languages/strip.js';
import { EXTENSION_SYNTAX } from '../../src/languages/extension-syntax.js';
import { SUPERSET_EVIDENCE } from '../../src/languages/superset-evidence.js';
import { evidencePatterns } from '../../src/languages/evidence-patterns.js';
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
    // Down the chain: a .tsx file without JSX or types is JavaScript.
    ['TSX', "export { Button } from './Button';\nexport default Button;\n", 'JavaScript'],
    ['TypeScript', "import { a } from './a';\nexport const b = a + 1;\n", 'JavaScript'],
    ['TypeScript', 'export function f(x: number) { return x; }\n', 'TypeScript'],
    ['TypeScript', 'let m: Map<string, Foo>;\n', 'TypeScript'],
    ['TypeScript', 'var a: (x) => void;\n', 'TypeScript'],
    ['TypeScript', 'export interface Options { a?: boolean }\n', 'TypeScript'],
    ['TypeScript', 'export type Id = string;\n', 'TypeScript'],
    ['TypeScript', 'class A {\n  private readonly x = 1;\n}\n', 'TypeScript'],
    ['TypeScript', 'const el = document.body as HTMLElement;\n', 'TypeScript'],
    ['TypeScript', 'import type { A } from "./a";\n', 'TypeScript'],
    ['TypeScript', 'foo!.bar();\n', 'TypeScript'],
    ['TypeScript', '/// <reference path="x.ts"/>\nformat();\n', 'TypeScript'],
    // JavaScript's own `as` in imports, object literals and ternaries are not types.
    ['TypeScript', "import * as React from 'react';\nconst o = { a: b, c: d ? e : f };\n", 'JavaScript'],
    ['Objective-C++', '#import <Foundation/Foundation.h>\n@implementation A\n- (void)run { [self stop]; }\n@end\n', 'Objective-C'],
    ['Objective-C++', '#import "A.h"\n@implementation A\n- (void)run { std::vector<int> v; }\n@end\n', 'Objective-C++'],
    ['Objective-C++', '#include <memory>\n@implementation A\n@end\n', 'Objective-C++'],
    // With C++ but no Objective-C, a `.mm` file is C++; a message send or a literal is Objective-C.
    ['Objective-C++', 'namespace qt { CFStringRef name(); }\nstd::string s;\n', 'C++'],
    ['Objective-C++', 'std::string s;\nNSString *n = [NSString stringWithUTF8String:s.c_str()];\n', 'Objective-C++'],
    ['Objective-C++', 'std::string s;\nid n = @"x";\n', 'Objective-C++'],
    ['Objective-C++', 'std::vector<int> v(n);\nint size = v[sizeof n];\n', 'C++'],
    ['MDX', '# Title\n\nSome *prose* with `code`.\n', 'Markdown'],
    ['MDX', "import { Chart } from './chart'\n\n# Title\n", 'MDX'],
    ['MDX', '# Title\n\n<Chart data={points} />\n', 'MDX'],
    // ESM or JSX with nothing of Markdown is JavaScript to any reader: an MDX page's imports.
    ['MDX', "import { Tabs } from '@theme/Tabs';\nimport Tab from '@theme/Tab';\n", 'JavaScript'],
    ['MDX', '<Tabs>\n  <Tab value="npm">npm i x</Tab>\n</Tabs>\n', 'JavaScript'],
    ['MDX', 'Run the following command to install it:\n<Install pkg="x" />\n', 'MDX'],
    ['MDX', '- [Guide](./guide)\n<Badge />\n', 'MDX'],
    ['MDX', 'export const meta = { title: "x" };\n\n**Note** this\n', 'MDX'],
    // ESM or JSX only in a fenced example is the example's, not the page's: the page is Markdown.
    ['MDX', '# Use\n\n```jsx\nimport { Chart } from "./chart";\n<Chart />\n```\n', 'Markdown'],
    // A self-closing element whose props span lines.
    ['MDX', '# Props\n\n<InterfaceDetails\n  name="Options"\n  open\n/>\n', 'MDX'],
    ['MDX', '# Props\n\nA <Note\nthat never closes.\n', 'Markdown'],
    // Front matter is a document's: JSX under it is an MDX page, not JavaScript.
    ['MDX', '---\ntitle: useQuery\n---\n\n<FunctionDetails\n  headingLevel={2}\n/>\n', 'MDX'],
    ['RMarkdown', '## Results\n\nThe mean is shown below.\n', 'Markdown'],
    ['RMarkdown', '## Results\n\n```{r}\nmean(x)\n```\n', 'RMarkdown'],
    ['RMarkdown', 'The mean is `r mean(x)`.\n', 'RMarkdown'],
    // Lines of a grammar's actions are C; the grammar itself shows.
    ['Yacc', '  if (n > max)\n    max = n;\n  free(buf);\n', 'C'],
    ['Yacc', 'expr: expr PLUS term { $$ = $1 + $3; }\n', 'Yacc'],
    ['Yacc', '%token NUMBER\n', 'Yacc'],
    ['Yacc', 'cmd ::= SELECT expr.\n', 'Yacc'],
    // A `.sv` file in Verilog-2005's subset is Verilog; one SystemVerilog construct keeps it.
    ['SystemVerilog', 'module t(input clk);\n  reg [3:0] q;\n  always @(posedge clk) q <= q + 1;\nendmodule\n', 'Verilog'],
    ['SystemVerilog', 'module t(input logic clk);\nendmodule\n', 'SystemVerilog'],
    ['SystemVerilog', 'always_comb y = a & b;\n', 'SystemVerilog'],
    ['Lex', '  if (n > max)\n    max = n;\n', 'C'],
    ['Lex', '[0-9]+  { yylval = atoi(yytext); return NUMBER; }\n', 'Lex'],
    ['Lex', '%option noyywrap\n', 'Lex'],
    ['Lex', '<COMMENT>"*/"  BEGIN(INITIAL);\n', 'Lex'],
    // Down the chain: without CUDA it is C++, and without C++ either it is C.
    ['Cuda', '#include "util.h"\nint add(int a, int b) { return a + b; }\n', 'C'],
    ['Cuda', '#include "util.h"\nnamespace u { int add(int a, int b); }\n', 'C++'],
    ['Cuda', '__global__ void k(float *x) { x[threadIdx.x] = 0; }\n', 'Cuda'],
    ['Cuda', 'k<<<blocks, threads>>>(x);\n', 'Cuda'],
    ['Cuda', 'cudaMalloc(&p, n);\n', 'Cuda'],
    ['C++', '#include <stdio.h>\nint main(void) {\n  printf("hi\\n");\n  return 0;\n}\n', 'C'],
    ['C++', '#include <vector>\nint main() { return 0; }\n', 'C++'],
    // C++ words in comments and strings show nothing; in code they do.
    ['C++', 'struct A { int x; };\nint f(struct A *a) { return a->x; }\n// get a new one\n', 'C'],
    ['C++', 'const char *help = "use this class";\n', 'C'],
    ['C++', 'A *a = new A();\n', 'C++'],
    ['C++', 'class A { public: int x; };\n', 'C++'],
    ['C++', 'int f() { return std::max(1, 2); }\n', 'C++'],
    ['Verilog', 'module t(input clk);\n  reg [3:0] q;\n  always @(posedge clk) q <= q + 1;\nendmodule\n', 'Verilog'],
    ['Verilog', 'module t;\n  logic [3:0] a;\nendmodule\n', 'SystemVerilog'],
    ['Verilog', 'always_ff @(posedge clk) q <= d;\n', 'SystemVerilog'],
    ['Verilog', 'function automatic int f(int j);\n  return j;\nendfunction\n', 'SystemVerilog'],
    ['Verilog', 'import "DPI-C" function void check();\n', 'SystemVerilog'],
    ['Verilog', 'typedef enum { IDLE, RUN } state_t;\n', 'SystemVerilog'],
    ['SCSS', '.hljs {\n  color: #abb2bf;\n  background: #282c34;\n}\n@media print { .hljs { color: black; } }\n', 'CSS'],
    ['SCSS', '$base: #333;\n.a { color: $base; }\n', 'SCSS'],
    ['SCSS', '.a {\n  color: red;\n  &:hover { color: blue; }\n}\n', 'SCSS'],
    ['SCSS', '.a {\n  .b { color: red; }\n}\n', 'SCSS'],
    ['SCSS', '@include mq(tablet) { display: none; }\n', 'SCSS'],
    ['SCSS', '%message { border: 1px solid; }\n', 'SCSS'],
    ['SCSS', '// a line comment\n.a { color: red; }\n', 'SCSS'],
    ['SCSS', '.a { background: url(http://example.com/x.png); width: 50% }\n', 'CSS'],
    // A media query written over two lines opens no rule inside a rule; a comment holding a brace neither.
    ['SCSS', '@media screen\n  and (min-width: 900px) {\n  .a { color: red; }\n}\n', 'CSS'],
    ['SCSS', '.a {\n  font: 12px/*{size}*/;\n}\n.b { color: red; }\n', 'CSS'],
    ['Stylus', '.hljs {\n  color: #abb2bf;\n  background: url(http://x/y.png);\n}\n/* a\n * theme\n */\n.a,\n.b { color: red; }\n', 'CSS'],
    ['Stylus', '@font-face {\n  src: url(a.woff) format("woff"),\n       url(b.ttf);\n}\n', 'CSS'],
    ['Stylus', 'pre\n  .comment\n    color: #9933CC\n', 'Stylus'],
    ['Stylus', 'pre\r\n  .comment\r\n    color: #9933CC\r\n', 'Stylus'],
    ['Stylus', 'base-color = #333\n.a { color: base-color; }\n', 'Stylus'],
    // Declarations without semicolons, from a block whose selector is above the snippet.
    ['Stylus', '    margin-top: 1rem\n    width: 100%\n', 'Stylus'],
    ['Stylus', 'input:focus,\ntextarea:focus,\nselect:focus {\n  outline: none;\n}\n', 'CSS'],
    ['Stylus', '.a {\n  color: red;\n  margin: 0\n}\n', 'CSS'],
    ['Stylus', '.a {\n  if dark\n    color: white\n}\n', 'Stylus'],
    ['Stylus', 'border-radius()\n  -webkit-border-radius: arguments\n', 'Stylus'],
    ['Stylus', '.a { @extend .b; }\n', 'Stylus'],
    ['Stylus', '.col-{$i} { width: 10%; }\n', 'Stylus'],
    ['Less', '.a { color: red; }\n@import "b.css";\n@page :first { margin: 1in; }\n', 'CSS'],
    ['Less', '@primary: #428bca;\n.a { color: @primary; }\n', 'Less'],
    ['Less', '.b {\n  .rounded(4px);\n}\n', 'Less'],
    ['Less', '.m(@a) when (lightness(@a) >= 50%) { color: black; }\n', 'Less'],
    ['Less', '.a { width: ~"calc(100% - 10px)"; }\n', 'Less'],
    // A template without its tags is its host, HTML, where it shows HTML; text showing neither
    // (a plain-text mail template, a YAML file templated elsewhere) keeps its label.
    ['Smarty', '<div class="panel">\n  <a href="/save">Save</a>\n</div>\n', 'HTML'],
    ['Smarty', '<div class="panel">\n  {$title}\n</div>\n', 'Smarty'],
    ['Smarty', 'Dear customer,\nthank you for your order.\n', 'Smarty'],
    ['Twig', '<ul>\n  <li>One</li>\n</ul>\n', 'HTML'],
    ['Twig', '<ul>\n  {% for item in items %}<li>{{ item }}</li>{% endfor %}\n</ul>\n', 'Twig'],
    ['HTML+ERB', '<p>\n  <%= @user.name %>\n</p>\n', 'HTML+ERB'],
    ['HTML+ERB', '<p class="note">\n  Saved.\n</p>\n', 'HTML'],
    ['Jinja', 'server:\n  port: 8080\n', 'Jinja'],
    ['Handlebars', '<br>\n', 'HTML'],
    // Handlebars reads Mustache's tags as they are: with only those it is Mustache.
    ['Handlebars', '<h1>{{title}}</h1>\n{{#items}}<li>{{name}}</li>{{/items}}\n{{> footer}}\n', 'Mustache'],
    ['Handlebars', 'Dear {{name}},\n', 'Mustache'],
    ['Handlebars', '{{#each items}}<li>{{name}}</li>{{/each}}\n', 'Handlebars'],
    ['Handlebars', '<p>{{else}}</p>\n', 'Handlebars'],
    ['Handlebars', '<p>{{t "greeting"}}</p>\n', 'Handlebars'],
    ['Handlebars', '{{input value=name}}\n', 'Handlebars'],
    ['Handlebars', '<li>{{@index}}: {{../title}}</li>\n', 'Handlebars'],
    ['Handlebars', '{{~name~}}\n', 'Handlebars'],
    ['Handlebars', '{{#list people as |person|}}{{/list}}\n', 'Handlebars'],
    ['Handlebars', '{{#> layout}}body{{/layout}}\n', 'Handlebars'],
    ['Handlebars', '<Button @label={{this.label}} ...attributes />\n', 'Handlebars'],
    ['Handlebars', '<div>{{yield}}</div>\n', 'Handlebars'],
    ['Handlebars', '<div>{{{yield}}}</div>\n', 'Mustache'],
    ['Mustache', 'a < b and c > d\n', 'Mustache'],
    // A component's lines that show nothing of the component format are its markup or its script;
    // style lines and type declarations keep the label.
    ['Svelte', "  import { onMount } from 'svelte';\n  const items = [];\n", 'JavaScript'],
    ['Svelte', '  let count: number = 0;\n  const double = (n: number) => n * 2;\n', 'TypeScript'],
    ['Svelte', '<section>\n  <h2>Title</h2>\n</section>\n', 'HTML'],
    ['Svelte', '{#each items as item}\n  <li>{item}</li>\n{/each}\n', 'Svelte'],
    ['Svelte', '<button on:click={increment}>+</button>\n', 'Svelte'],
    ['Svelte', '  export let name;\n  $: upper = name.toUpperCase();\n', 'Svelte'],
    ['Svelte', '  .btn {\n    color: red;\n  }\n', 'Svelte'],
    // Stylesheet functions and prose are no script; Svelte 5's runes are Svelte.
    ['Svelte', '  border-radius: var(--radius);\n  aspect-ratio: 1 / 1;\n', 'Svelte'],
    ['Svelte', '  Click here for more,\n  if you like.\n', 'Svelte'],
    ['Svelte', '    currentValue = false,\n  } = $props();\n', 'Svelte'],
    ['Svelte', '  if (open) close();\n', 'JavaScript'],
    ['Svelte', '  const copy = async () => {\n    blob = undefined;\n', 'JavaScript'],
    ['Svelte', '<p>{count}</p>\n', 'Svelte'],
    ['Svelte', "  const pattern = /^\\/search\\/(?<terms>.+)$/;\n", 'JavaScript'],
    ['Vue', 'export default {\n  data() {\n    return { open: false };\n', 'JavaScript'],
    ['Vue', '<div class="card">\n  <p>Hello</p>\n</div>\n', 'HTML'],
    ['Vue', '<div v-if="open" :class="cls" @click="toggle">\n', 'Vue'],
    ['Vue', '  <p>{{ message }}</p>\n', 'Vue'],
    ['Vue', '  interface Props {\n    title: string;\n  }\n', 'Vue'],
    // Vue's syntax counts outside comments and strings: a directive's quotes stay.
    ['Vue', '  // @ts-expect-error\n  const x = load();\n', 'JavaScript'],
    ['Vue', '  /* see {{ the docs }} */\n  this.open = true;\n', 'JavaScript'],
    ['Vue', '  <button @click="open = !open">Open</button>\n', 'Vue'],
    ['Vue', "  <p :title='tip'>x</p>\n", 'Vue'],
    // Crystal without its types, generics, macros or `&.` blocks is Ruby.
    ['Crystal', 'def add(a, b)\n  a + b\nend\n', 'Ruby'],
    ['Crystal', '  it "adds" do\n    add(1, 2).should eq 3\n  end\n', 'Ruby'],
    ['Crystal', 'puts big ? 1 : 2\n', 'Ruby'],
    ['Crystal', 'def add(a : Int32, b : Int32) : Int32\n  a + b\nend\n', 'Crystal'],
    ['Crystal', 'class Point\n  property x = 0\nend\n', 'Crystal'],
    ['Crystal', 'names = [] of String\n', 'Crystal'],
    ['Crystal', 'cache = Hash(String, Int32).new\n', 'Crystal'],
    ['Crystal', 'names.map &.upcase\n', 'Crystal'],
    ['Crystal', 'def initialize(@name, @age)\nend\n', 'Crystal'],
    ['Crystal', '{% for name in %w(a b) %}\n  def {{name.id}}; end\n{% end %}\n', 'Crystal'],
    // OpenCL without kernels, address spaces, vector types or its built-ins is C.
    ['OpenCL', 'static int clamp_index(int i, int n) {\n  return i < 0 ? 0 : (i >= n ? n - 1 : i);\n}\n', 'C'],
    ['OpenCL', '__kernel void add(__global float *a) {\n  a[get_global_id(0)] += 1.0f;\n}\n', 'OpenCL'],
    ['OpenCL', '  float4 v = vload4(0, src);\n', 'OpenCL'],
    ['OpenCL', '  // copy from __global memory\n  x = y;\n', 'C'],
    // Lines of a dialect's file that show none of the dialect are SQL, as a whole file would be.
    ['PLpgSQL', 'CREATE TABLE t (\n  id integer PRIMARY KEY\n);\n', 'SQL'],
    ['PLpgSQL', "SELECT id::text FROM t;\n", 'PLpgSQL'],
    ['PLpgSQL', "-- LANGUAGE plpgsql below\nINSERT INTO t VALUES (1);\n", 'SQL'],
    ['TSQL', 'SELECT name FROM users WHERE id = 1;\n', 'SQL'],
    ['TSQL', 'SELECT TOP 10 name FROM [dbo].[users];\nGO\n', 'TSQL'],
    ['HTML+Razor', '<div class="row">\n  <span>Total</span>\n</div>\n', 'HTML'],
    ['HTML+Razor', '<div class="row">\n  <span>@Model.Total</span>\n</div>\n', 'HTML+Razor'],
    ['HTML+Razor', '<input asp-for="Email" class="form-control" />\n', 'HTML+Razor'],
    ['HTML+Razor', '    var total = items.Sum(i => i.Price);\n', 'HTML+Razor'],
    // A Perl module's Pod is Pod where no code shows outside its blocks.
    ['Perl', '=head1 NAME\n\nFoo::Bar - frobnicate\n', 'Pod'],
    ['Perl', '=item frob($x)\n\nFrobnicates C<$x>.\n', 'Pod'],
    ['Perl', '=head1 NAME\n\nFoo\n\n=cut\n\nsub frob { 1 }\n', 'Perl'],
    ['Perl', 'my $x = shift;\n', 'Perl'],
    ['Perl', 'Frobnicates the widget\nand returns it.\n', 'Perl'],
    // Prose in comments is no evidence: "logic", "bit", "program" start these comment lines.
    ['Verilog', 'module t;\n  // Some simple\n  // logic here\n  wire a;\nendmodule\n', 'Verilog'],
    ['Verilog', '/* the low\n   bit that was shifted,\n   program flow.\nint keys[] = {1};\n*/\nmodule t; wire a; endmodule\n', 'Verilog'],
  ])('%s %j → %s', (label, text, expected) => {
    expect(contentLanguage(label, text)).toBe(expected);
  });

  it('reads no text when none is given: the label as named', () => {
    expect(contentLanguage('TSX')).toBe('TSX');
    expect(contentLanguage('C++')).toBe('C++');
    expect(contentLanguage('Verilog')).toBe('Verilog');
  });
});

describe('extensionShown', () => {
  it('finds MDX in Markdown with ESM or JSX outside code blocks, but leaves the label as Markdown', () => {
    const mdx = 'import { Note } from "./note.js"\n\n# Title\n\n<Note>Read this.</Note>\n';
    expect(extensionShown('Markdown', mdx)).toBe('MDX');
    expect(extensionShown('Markdown', '# Title\n\nUse <Button size="s" /> here.\n')).toBe('MDX');
    expect(contentLanguage('Markdown', mdx)).toBe('Markdown');
  });

  it('ignores ESM and JSX quoted in a fenced code block, and lowercase HTML', () => {
    const readme = '# Use\n\n```js\nimport x from "y";\nexport default <App />;\n```\n\n<details><summary>More</summary></details>\n';
    expect(extensionShown('Markdown', readme)).toBeUndefined();
  });

  it('names SystemVerilog for Verilog code with its syntax, a language without a rule nothing', () => {
    expect(extensionShown('Verilog', 'module t;\n  logic a;\nendmodule\n')).toBe('SystemVerilog');
    expect(extensionShown('Python', 'logic = 1\n')).toBeUndefined();
  });

  it('names C++ for C code that C cannot compile, but not for C++ words in comments or strings', () => {
    expect(extensionShown('C', 'int f(void) { return std::max(1, 2); }\n')).toBe('C++');
    expect(extensionShown('C', 'class Point : public Shape {\n};\n')).toBe('C++');
    expect(extensionShown('C', '#include <vector>\n')).toBe('C++');
    expect(extensionShown('C', '@interface Foo : NSObject\n@end\n')).toBe('C++');
    // C names things new, this and class; a message or a comment may say anything.
    expect(extensionShown('C', 'int new = 1; struct s *this; int class;\n')).toBeUndefined();
    expect(extensionShown('C', 'puts("use std::vector"); /* namespace x { */ char c = \':\';\n')).toBeUndefined();
    expect(extensionShown('C', '#include <stdio.h>\n// nullptr in C23\n')).toBeUndefined();
    // Not a label move: a `.c` file with `::` stays C in training.
    expect(contentLanguage('C', 'int f(void) { return a::b; }\n')).toBe('C');
  });

  it('finds a preprocessor in CSS by its variables and mixins, not by nesting or strings', () => {
    expect(extensionShown('CSS', '@type    : "collection";\n.ui.form { margin: 0; }\n')).toBe('SCSS');
    expect(extensionShown('CSS', '$gap: 4px;\na { margin: $gap; }\n')).toBe('SCSS');
    expect(extensionShown('CSS', '.a {\n  .mixin();\n}\n')).toBe('SCSS');
    // Modern CSS nests rules; a string may hold any character; at-rules end in a space or a block.
    expect(extensionShown('CSS', '.card {\n  &:hover { color: red; }\n  .title { margin: 0; }\n}\n')).toBeUndefined();
    expect(extensionShown('CSS', '.at:before { content: "~"; }\n.d:before { content: "$"; }\n')).toBeUndefined();
    expect(extensionShown('CSS', '@media screen { a { color: red; } }\n@import url("x.css");\n')).toBeUndefined();
  });

  it('finds PHP in an HTML page by its tags, yacc in a lex grammar by its declarations', () => {
    expect(extensionShown('HTML', '<html>\n<?php echo $title; ?>\n</html>\n')).toBe('PHP');
    expect(extensionShown('HTML', '<html><body>?</body></html>\n')).toBeUndefined();
    expect(extensionShown('Lex', '%token NUM\n%%\nexpr: NUM ;\n%%\n')).toBe('Yacc');
    expect(extensionShown('Lex', '%option noyywrap\n%%\n[0-9]+ { return NUM; }\n%%\n')).toBeUndefined();
  });

  it('finds Perl in text answered Pod by statements outside its blocks, not by code quoted in them', () => {
    const module = '=head1 NAME\n\nDBI - database interface\n\n=cut\n\nuse strict;\nsub connect {\n  my $class = shift;\n}\n';
    expect(extensionShown('Pod', module)).toBe('Perl');
    const pod = '=head1 SYNOPSIS\n\n  use DBI;\n  my $dbh = DBI->connect($dsn);\n\n=head1 DESCRIPTION\n\nConnects; returns a handle.\n';
    expect(extensionShown('Pod', pod)).toBeUndefined();
    expect(extensionShown('Pod', `${pod}\n__END__\nmy $x = 1;\n`)).toBeUndefined();
    // Dist::Zilla's stub above a manual's Pod is not a module's code.
    expect(extensionShown('Pod', `package Dancer2::Policy;\nuse strict;\n1;\n__END__\n${pod}`)).toBeUndefined();
  });

  it('finds reStructuredText in other markup by its links, directives and roles, outside code blocks', () => {
    expect(extensionShown('AsciiDoc', 'Install\n=======\n\nSee the `wiki <https://example.org/w>`_.\n')).toBe('reStructuredText');
    expect(extensionShown('Markdown', '# Notes\n\n.. note::\n\n   Careful.\n')).toBe('reStructuredText');
    expect(extensionShown('Org', 'Use :func:`open` here.\n')).toBe('reStructuredText');
    // A Markdown link, an AsciiDoc one, and rST quoted in a fence say nothing of it.
    expect(extensionShown('Markdown', 'See [the wiki](https://example.org).\n\n```rst\n.. note::\n```\n')).toBeUndefined();
    expect(extensionShown('AsciiDoc', 'See https://example.org[the wiki].\n')).toBeUndefined();
    // Markdown's other rule still holds.
    expect(extensionShown('Markdown', 'import X from "x"\n\n<X />\n')).toBe('MDX');
  });

  it('finds OpenCL in C by its kernels and address spaces, yacc by its actions, not MIPS registers', () => {
    expect(extensionShown('C', '__kernel void add(__global float *a) {\n  int i = get_global_id(0);\n}\n')).toBe('OpenCL');
    expect(extensionShown('C', 'expr: expr PLUS term { $$ = $1 + $3; }\n')).toBe('Yacc');
    expect(extensionShown('C++', 'list: item { $$ = new List($1); }\n')).toBe('Yacc');
    expect(extensionShown('C', 'asm("daddu $8, $9, $10");\n#define REG $1\n')).toBeUndefined();
  });

  it('finds TypeScript in JavaScript by its declarations and generics, not by object literals or in Flow', () => {
    expect(extensionShown('JavaScript', 'export interface Point {\n  x: number;\n}\n')).toBe('TypeScript');
    expect(extensionShown('JavaScript', 'const m = new Map<string, Foo>();\nlet a: Foo[] = [];\n')).toBe('TypeScript');
    // An object literal's arrow function and a ternary look like annotations; a string may say anything.
    expect(extensionShown('JavaScript', 'const o = { onClick: (e) => go(e), n: flag ? x : number };\nconst s = "interface I {}";\n')).toBeUndefined();
    // Flow writes the same syntax in `.js` files.
    expect(extensionShown('JavaScript', '// @flow\nexport type Point = { x: number };\nimport type { A } from "./a";\n')).toBeUndefined();
  });

  it('finds TSX in TypeScript by JSX in its code, not in strings or template literals', () => {
    expect(extensionShown('TypeScript', 'export const A = (p: P) => <Icon size={16} />;\n')).toBe('TSX');
    expect(extensionShown('TypeScript', 'const html = `<br/>`;\nconst s = "</div>";\nif (a < b && c > d) f<T>(x);\n')).toBeUndefined();
  });

  it('tells indented Sass from Stylus by what only the other writes', () => {
    expect(extensionShown('Sass', 'size = 14px\nbody\n  font-size size\n')).toBe('Stylus');
    expect(extensionShown('Sass', '.icon-{$name}\n  color red\n')).toBe('Stylus');
    expect(extensionShown('Sass', '.icon-#{$name}\n  color: red\n')).toBeUndefined();
    // A setting of a hash's key, and a placeholder selector written with `$`, over its block.
    expect(extensionShown('Sass', 'lib.enable-ems = true\n.a\n  +below(480px)\n    display: block\n')).toBe('Stylus');
    expect(extensionShown('Sass', '$block\n  border: 1px solid\n.a\n  @extend $block\n')).toBe('Stylus');
    expect(extensionShown('Sass', '.a\n  $block\n    border: 0\n')).toBe('Stylus');
    // Sass's own: `$name` opens no block (a variable needs its colon), and `+name(…)` includes.
    expect(extensionShown('Sass', '$block: 1px\n.a\n  border: $block\n  +below(480px)\n    display: block\n')).toBeUndefined();
    expect(extensionShown('Sass', '.a\n  width: $w\n  $w\n')).toBeUndefined();
    expect(extensionShown('Stylus', '=button($c)\n  color: $c\n.ok\n  +button(green)\n')).toBe('Sass');
    expect(extensionShown('Stylus', '$gap: 4px\n.a\n  @include pad($gap)\n')).toBe('Sass');
    expect(extensionShown('Stylus', 'pre\n  margin 0\n  padding 10px\n')).toBeUndefined();
  });

  it('finds fixed-form Fortran by its column-1 comments, Groovy in Java by def and closures', () => {
    expect(extensionShown('Fortran Free Form', 'C     COMPUTE THE SUM\n      DO 10 I = 1, N\n   10 CONTINUE\n')).toBe('Fortran');
    expect(extensionShown('Fortran Free Form', '! sum\ncall compute(n)\n')).toBeUndefined();
    expect(extensionShown('Java', 'def total = items.sum()\n')).toBe('Groovy');
    expect(extensionShown('Java', 'list.each { item, i -> println item }\n')).toBe('Groovy');
    expect(extensionShown('Java', 'list.forEach(x -> use(x));\nwhile (it.hasNext()) { it.next(); }\n')).toBeUndefined();
  });

  it('takes a notebook answered JSON for Jupyter; INI answered TOML or YAML, and a Jinja template answered YAML, for not that language', () => {
    const notebook = '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": ["print(1)"]\n  }\n ],\n "nbformat": 4\n}\n';
    expect(extensionShown('JSON', notebook)).toBe('Jupyter Notebook');
    expect(extensionShown('JSON', '{ "nbformat": { "type": "integer" }, "cells": [] }\n')).toBeUndefined();
    expect(extensionShown('TOML', '[pytest]\nxfail_strict = true\njunit_family = xunit1\n')).toBe('INI');
    expect(extensionShown('TOML', '[tool.black]\nline-length = 88\nskip = false\nname = "x" # a comment\n')).toBeUndefined();
    expect(extensionShown('Godot Resource', '[pytest]\nxfail_strict = true\njunit_family = xunit1\n')).toBe('INI');
    expect(extensionShown('Godot Resource', '[node name="Bar" type="ProgressBar"]\nvalue = 0.0\nscript = ExtResource( 1 )\nvisible = false\n')).toBeUndefined();
    expect(extensionShown('Godot Resource', '[sub_resource type="GDScript" id=1]\nscript/source = "extends Node\nfunc _ready():\n\tvalue = start_value\n"\n')).toBeUndefined();
    expect(extensionShown('YAML', '[dependencies]\ngid:aid:ext:ver\n\n[repositories]\nid:type:url\n')).toBe('INI');
    expect(extensionShown('YAML', '[a, b]\n')).toBeUndefined();
    expect(extensionShown('YAML', '- name: web\n  port: {{ http_port }}\n  hosts:\n    - {{ inventory_hostname | lower }}\n')).toBe('Jinja');
    expect(extensionShown('YAML', 'port: "{{ http_port }}"\n# port: {{ http_port }}\n')).toBeUndefined();
    expect(extensionShown('YAML', 'metadata:\n  name: {{ .Values.name }}\n  labels: {{ include "chart.labels" . }}\n')).toBeUndefined();
    expect(extensionShown('YAML', 'items:\n  - [a]\nnote: |\n  [section]\n  [other]\n')).toBeUndefined();
  });

  it('takes what was answered Less for SCSS where it shows $ variables, Sass at-rules or #{…}', () => {
    expect(extensionShown('Less', '$fa-prefix: fa !default;\n.icon { color: red; }\n')).toBe('SCSS');
    expect(extensionShown('Less', '.#{$prefix}-spin { animation: spin 2s; }\n')).toBe('SCSS');
    expect(extensionShown('Less', '.btn {\n  @include button-size(4px);\n}\n')).toBe('SCSS');
    expect(extensionShown('Less', '@error-color: #c00;\n.a { color: @error-color; .mixin(); }\n// $x: 1; @include y;\n')).toBeUndefined();
  });

  it('takes Objective-C showing C++ for Objective-C++, and Haskell showing Agda for Agda', () => {
    expect(extensionShown('Objective-C', '@implementation Pool\n- (void)drain { std::vector<int> v; }\n@end\n')).toBe('Objective-C++');
    expect(extensionShown('Objective-C', '- (id)objectOfClass:(Class)class fromData:(NSData *)data;\n// std::vector\nNSLog(@"a::b");\n')).toBeUndefined();
    expect(extensionShown('Haskell', '{-# OPTIONS --rewriting #-}\nmodule Examples where\nimport Examples.Id\n')).toBe('Agda');
    expect(extensionShown('Haskell', 'module Sorting where\nopen import Data.List\n')).toBe('Agda');
    expect(extensionShown('Haskell', '{-# OPTIONS_GHC -Wall #-}\nmodule Main where\nimport qualified Data.Set as Set\n')).toBeUndefined();
  });

  it('rules out OCaml for Standard ML declarations, Python for Cython, and Ruby, Crystal and Elixir for a Julia function', () => {
    expect(extensionShown('OCaml', 'signature BOUNDED_ORDER =\n   sig\n      val largest: t\n   end\n')).toBe('Standard ML');
    expect(extensionShown('OCaml', '   structure O: ORDER\n   include ORDER\n')).toBe('Standard ML');
    expect(extensionShown('OCaml', "datatype 'a tree = Leaf | Node of 'a tree * 'a * 'a tree\n")).toBe('Standard ML');
    expect(extensionShown('OCaml', 'val ok = x > 0 andalso y > 0\n')).toBe('Standard ML');
    expect(extensionShown('OCaml', 'val f = fn x => x + 1\n')).toBe('Standard ML');
    // OCaml's modules, its anonymous functions, and the words as names or in comments and strings.
    expect(extensionShown('OCaml', 'module M = struct\n  let f = fun x -> x + 1\nend\nmodule type S = sig val x : int end\n')).toBeUndefined();
    expect(extensionShown('OCaml', 'let signature = sign key in\nlet structure = parse signature in\n(* structure O : ORDER *)\nlet s = "datatype t ="\n')).toBeUndefined();
    // Standard ML quoted in an OCaml comment or string that spans lines is not OCaml's syntax.
    expect(extensionShown('OCaml', '(* In SML one writes\n   structure O : ORDER = struct end\n   and fn x => x (* sic *) *)\nlet f = fun x -> x\nlet doc = "\ndatatype t = A\nif a andalso b"\n')).toBeUndefined();
    // A character literal's quote opens no string that would hide what follows.
    expect(extensionShown('OCaml', "let is_quote c = c = '\"'\nval ok = a andalso b\n")).toBe('Standard ML');
    expect(extensionShown('Python', 'cdef int total = 0\nfor i in range(n):\n    total += i\n')).toBe('Cython');
    expect(extensionShown('Python', 'from libc.stdlib cimport malloc\n')).toBe('Cython');
    expect(extensionShown('Python', 'def cdef(x):\n    return x\n# cdef int y\ns = "cimport x"\n')).toBeUndefined();
    for (const language of ['Ruby', 'Crystal', 'Elixir']) {
      expect(extensionShown(language, 'function set_headers!(req::HTTP.Request, res)\n  res\nend\n')).toBe('Julia');
      expect(extensionShown(language, 'function Base.show(io::IO, p::Point{T}) where T\nend\n')).toBe('Julia');
    }
    expect(extensionShown('Julia', 'function f(x)\n  x\nend\n')).toBeUndefined();
    expect(extensionShown('Ruby', 'def function(x)\n  x\nend\n# function f(x)\njs = "function f(x) {}"\n')).toBeUndefined();
  });

  it('rules out Kotlin for Scala and Scheme for Common Lisp', () => {
    expect(extensionShown('Kotlin', '  def r2p(start: Int, end: Int): Position = rangePos(source, start, end)\n')).toBe('Scala');
    expect(extensionShown('Kotlin', 'xs.map { case (k, v) => k }\n')).toBe('Scala');
    expect(extensionShown('Kotlin', 'case class Point(x: Int, y: Int)\n')).toBe('Scala');
    // Kotlin's lambdas and when branches use ->; `def` in a string or comment is nobody's syntax.
    expect(extensionShown('Kotlin', 'val f = { x: Int -> x + 1 }\nwhen (x) { 1 -> "one" }\n// def f = 1 => 2\nval s = "def x => y"\n')).toBeUndefined();
    expect(extensionShown('Scheme', '(in-package :cl-user)\n(defun square (x) (* x x))\n')).toBe('Common Lisp');
    expect(extensionShown('Scheme', '(setf (gethash key table) value)\n')).toBe('Common Lisp');
    expect(extensionShown('Scheme', '(define (square x) (* x x))\n(set! total (+ total 1))\n(defvar voice_default nil)\n')).toBeUndefined();
    // Common Lisp quoted in a Scheme comment or string is not Scheme's syntax.
    expect(extensionShown('Scheme', '(define (f x) x) ; as (defun f (x) x) in CL\n#| (in-package :foo) |#\n(display "write (setf x 1)")\n')).toBeUndefined();
    expect(extensionShown('Scheme', '(if (char=? c #\\") (setf x 1))\n')).toBe('Common Lisp');
  });

  it('rules out Shell for fish, besides the Jinja rule every template host has', () => {
    expect(extensionShown('Shell', 'set -gx PATH $HOME/bin $PATH\n')).toBe('fish');
    // Every template host keeps the Jinja rule, Shell with fish's besides.
    for (const host of ['YAML', 'JSON', 'INI', 'TOML', 'Shell', 'Dockerfile', 'Makefile', 'Java Properties', 'XML']) {
      expect(extensionShown(host, '{% for host in hosts %}\nping -c1 {{ host }}\n{% endfor %}\n')).toBe('Jinja');
    }
    expect(extensionShown('Shell', 'if test -d $dir; and test -w $dir\n  cd $dir\nend\n')).toBe('fish');
    // POSIX set's flags, && and ||, and `and` in a quoted message are a POSIX shell's.
    expect(extensionShown('Shell', 'set -eu\nset -o pipefail\n[ -d "$d" ] && cd "$d" || exit 1\necho "done; and bye"\n')).toBeUndefined();
    // fish's switch and its blocks closed by `end` (session 28), but not C's switch or Ruby's `end`
    // in a heredoc, a multi-line quote or a `#` comment.
    expect(extensionShown('Shell', 'switch $argv[1]\n    case start\n        run\nend\n')).toBe('fish');
    expect(extensionShown('Shell', 'for f in *.fish\n    source $f\nend\n')).toBe('fish');
    const posix = [
      'cat > gen.c <<EOF\nswitch (v) {\n}\nEOF',
      "ruby -e '\n  [1].each do |x|\n    puts x\n  end\n'",
      'echo "a\nend\n" # ; and more',
      'x=$((1 << 2))\nswitch (V) {',
    ].join('\n');
    expect(extensionShown('Shell', posix + '\n')).toBeUndefined();
  });

  it('reads Python, Ruby and Shell comments and strings as theirs, not as C', () => {
    // A `#` comment's `cdef` or `; and`, a docstring's `cdef`, and a heredoc's `function f(` are no evidence.
    expect(extensionShown('Python', 'def f():\n    \"\"\"Wraps\n    cdef int x\n    \"\"\"\n    return 1  # cdef here\n')).toBeUndefined();
    expect(extensionShown('Ruby', "TEMPLATE = ERB.new(<<-'HTML')\n  function toggle(id) {\n  }\nHTML\n")).toBeUndefined();
    expect(extensionShown('Shell', '# test -d x; and cd x\necho ok\n')).toBeUndefined();
    // Code after a closed docstring still counts, and so does code in a snippet that begins inside one.
    expect(extensionShown('Python', '\"\"\"Module.\"\"\"\ncdef int x = 0\n')).toBe('Cython');
    expect(extensionShown('Python', "    '''\n\n    cdef public double fps\n    '''The first event.\n    '''\n")).toBe('Cython');
  });

  it('takes an import of a Sass partial in what was answered Stylus for Sass', () => {
    expect(extensionShown('Stylus', '@import "_base.sass"\n\npre\n    color: #fff\n')).toBe('Sass');
    expect(extensionShown('Stylus', "@import 'theme/colors.scss'\n")).toBe('Sass');
    expect(extensionShown('Stylus', '@import "base.styl"\n// @import "old.sass"\npre\n  color: #fff\n')).toBeUndefined();
  });

  it('rules out Mustache and Handlebars for tags that hold $variables after a keyword or with a modifier', () => {
    expect(extensionShown('Mustache', '{{if $title}}<h1>{{$title}}</h1>{{/if}}\n')).toBe('Smarty');
    expect(extensionShown('Handlebars', '{{foreach $items as $item}}<li>{{$item.name|escape}}</li>{{/foreach}}\n')).toBe('Smarty');
    expect(extensionShown('Mustache', '<p>{{$name|upper}}</p>\n')).toBe('Smarty');
    // Mustache's template inheritance writes {{$block}}; Ember's inline if has no $.
    expect(extensionShown('Mustache', '{{<layout}}{{$content}}Hello{{/content}}{{/layout}}\n')).toBeUndefined();
    expect(extensionShown('Handlebars', '<div class={{if this.active "on"}}></div>\n')).toBeUndefined();
  });

  it('rules out Twig and Jinja for the same tags: their statements are {% %} and their names have no $', () => {
    const friendica = '<div class="panel-body">\n\t{{if $for_federation}}\n\t\t<p>{{$public_desc}}</p>\n\t{{/if}}\n</div>\n';
    expect(extensionShown('Twig', friendica)).toBe('Smarty');
    expect(extensionShown('Jinja', '{{include file="field_checkbox.tpl" field=$displaytos}}\n')).toBe('Smarty');
    expect(extensionShown('Twig', '{% if user %}<p>{{ user.name|escape }}</p>{% endif %}\n')).toBeUndefined();
    expect(extensionShown('Jinja', '{% for host in groups.web %}\n{{ host }} ansible_port={{ port | default(22) }}\n{% endfor %}\n')).toBeUndefined();
    // A shell variable inside a Jinja string is not a Smarty tag.
    expect(extensionShown('Jinja', 'echo "{{ home_dir }}/$USER"\n')).toBeUndefined();
  });

  it("rules out JavaScript, TypeScript, HTML and other view languages for Razor's expressions, code blocks and directives", () => {
    const script = 'success: function (data) {\n  $("#result@(Model.Id)").fadeIn("slow");\n  @foreach (var id in Model.Ids)\n  {\n    <text>notify(@id);</text>\n  }\n},\n';
    expect(extensionShown('JavaScript', script)).toBe('HTML+Razor');
    expect(extensionShown('TypeScript', 'const url = "@Url.Action("Search", "Brand")";\n')).toBe('HTML+Razor');
    const view = '@inject AdminAreaSettings adminAreaSettings\n@{\n    Layout = "";\n}\n<div v-if="loaded">{{ title }}</div>\n';
    expect(extensionShown('Vue', view)).toBe('HTML+Razor');
    expect(extensionShown('HTML', view)).toBe('HTML+Razor');
    expect(extensionShown('EJS', '<p>@Html.Raw(Model.Body)</p>\n')).toBe('HTML+Razor');
    for (const language of ['Svelte', 'Smarty', 'TSX', 'Java Server Pages', 'Mustache', 'Handlebars']) expect(extensionShown(language, view)).toBe('HTML+Razor');
    expect(extensionShown('Svelte', '<p>{@html post.body}</p>\n')).toBeUndefined();
    // A decorator, Angular's control flow, CSS's page rule, an e-mail address and Razor named in
    // a comment are not Razor.
    expect(extensionShown('TypeScript', '@Component({ template: `@if (user) { <p>hi</p> }` })\nexport class App {}\n')).toBeUndefined();
    expect(extensionShown('HTML', '<style>\n@page Section1 { size: 8.5in 11in; }\n</style>\n')).toBeUndefined();
    expect(extensionShown('Vue', '<button\n  @click="save"\n>Save</button>\n')).toBeUndefined();
    expect(extensionShown('JavaScript', 'const to = "someone@example.com";\nif (x) send(to);\n')).toBeUndefined();
    expect(extensionShown('JavaScript', '// the view writes @Html.Raw(json) here\nconst data = window.data;\n')).toBeUndefined();
  });

  it("rules out HTML for Smarty's braced variable and comment tags", () => {
    expect(extensionShown('HTML', '{{*\n  * SPDX-License-Identifier: AGPL-3.0-or-later\n  *}}\n<div id="adminpage">\n')).toBe('Smarty');
    expect(extensionShown('HTML', '<h1>{{$title}} - {{$page}}</h1>\n')).toBe('Smarty');
    // Angular's and Vue's interpolations, and Hugo's spaced Go-template variables, are not Smarty.
    expect(extensionShown('HTML', '<h1>{{ title }}</h1>\n<p>{{ $.Site.Title }}</p>\n')).toBeUndefined();
    // Mustache writes the same text for a block; only HTML is ruled out.
    expect(extensionShown('Mustache', '{{<layout}}{{$content}}{{/content}}{{/layout}}\n')).toBeUndefined();
  });

  it('names Objective-C++ for C++ code with Objective-C syntax', () => {
    expect(extensionShown('C++', '#import <Foundation/Foundation.h>\nnamespace a {}\n')).toBe('Objective-C++');
    expect(extensionShown('C++', 'auto s = @selector(run:);\n')).toBe('Objective-C++');
    expect(extensionShown('C++', 'std::string at = "@interface";\n')).toBeUndefined();
  });

  it('takes a Jinja statement tag in a configuration file for a template, but not a bare {{ expression }}', () => {
    expect(extensionShown('YAML', 'services:\n{% for s in services %}\n  - {{ s }}\n{% endfor %}\n')).toBe('Jinja');
    expect(extensionShown('YAML', 'text: "{% raw %}{{ .Name }}{% endraw %}"\n')).toBe('Jinja');
    expect(extensionShown('YAML', 'name: "{{ item.name }}"\nwhen: x is defined\n')).toBeUndefined();
    // An XML property list templated with a loop (an iOS profile's template) is a template too.
    expect(extensionShown('XML', '<array>\n{% for d in domains %}\n  <string>{{ d }}</string>\n{% endfor %}\n</array>\n')).toBe('Jinja');
    // A host not in the list keeps its answer: Python code may hold templates in strings.
    expect(extensionShown('Python', 't = Template("{% if x %}y{% endif %}")\n')).toBeUndefined();
    // Not a label move: a YAML file with a tag stays YAML in training.
    expect(contentLanguage('YAML', 'a: "{% raw %}x{% endraw %}"\n')).toBe('YAML');
  });
});

describe('withoutCodeFences', () => {
  it('drops fenced blocks with their fences, backtick or tilde, indented or not', () => {
    expect(withoutCodeFences('a\n```js\nx\n```\nb\n  ~~~\ny\n  ~~~\nc')).toBe('a\nb\nc');
  });

  it('closes a fence only with the same character, as long, and nothing after it', () => {
    expect(withoutCodeFences('a\n```md\n~~~\nquoted\n~~~\n```\nb')).toBe('a\nb');
    expect(withoutCodeFences('a\n````\n```js\nx\n````\nb')).toBe('a\nb');
    expect(withoutCodeFences('a\n```\n```js still code\n```\nb')).toBe('a\nb');
  });

  it('drops to the end of an unclosed fence', () => {
    expect(withoutCodeFences('a\n```\nx\ny')).toBe('a');
  });
});

describe('withoutCommentsAndStrings', () => {
  it('blanks string and character literals, escapes included, keeping their quotes', () => {
    expect(withoutCommentsAndStrings('f("a::b", \'"\', "x\\"y") // c')).toBe('f("", \'\', "")  ');
  });

  it('reads comments and literals in one pass: no comment inside a string, no string inside a comment', () => {
    expect(withoutCommentsAndStrings('u = "http://x"; a::b')).toBe('u = ""; a::b');
    expect(withoutCommentsAndStrings("/* don't */ a::b // it's\nc")).toBe('  a::b  \nc');
    expect(withoutCommentsAndStrings('t = `<a/>\n${x} </b>`; <c/>')).toBe('t = ``; <c/>');
    // An unclosed quote ends at its line's end.
    expect(withoutCommentsAndStrings("#error don't\nstd::x")).toBe("#error don''\nstd::x");
  });
});

describe('withoutHashCommentsAndStrings, withoutShellCommentsAndStrings', () => {
  it('blanks # comments at a word start, keeping $#, ${#x} and a#b', () => {
    expect(withoutHashCommentsAndStrings('echo $# ${#a} a#b ; # c\nx # d')).toBe('echo $# ${#a} a#b ;  \nx  ');
  });

  it('blanks triple-quoted strings over lines, and reads a snippet that begins inside one', () => {
    expect(withoutHashCommentsAndStrings('x = 1\n\"\"\"doc\ncdef\n\"\"\"\ny')).toBe('x = 1\n\"\"\"\"\"\"\ny');
    // The first quote closes: the next one opens a docstring (text after it on its line).
    expect(withoutHashCommentsAndStrings("end of doc.\n'''\ncode\n'''Next doc\n'''")).toBe("'''\ncode\n''''''");
    // Unpaired with nothing to tell which: read as C-style quotes are, to the line's end.
    expect(withoutHashCommentsAndStrings('a\n\"\"\"\nb')).toBe('a\n\"\"\"\"\nb');
  });

  it("blanks a heredoc's body to its terminator, but not a shift", () => {
    expect(withoutHashCommentsAndStrings('cat <<-EOF | sort\nswitch\n  EOF\ndone')).toBe('cat <<-EOF | sort\ndone');
    expect(withoutHashCommentsAndStrings('x = a << b\nc')).toBe('x = a << b\nc');
  });

  it("lets Shell's quotes span lines, and its single quotes escape nothing", () => {
    expect(withoutShellCommentsAndStrings("awk '\n{ print }\n' f\necho 'a\\' b")).toBe("awk '' f\necho '' b");
    expect(withoutHashCommentsAndStrings("awk '\n{ print }\n' f")).toBe("awk ''\n{ print }\n''");
  });
});

describe('withoutMlCommentsAndStrings and withoutLispCommentsAndStrings', () => {
  it('blanks nested ML comments and strings over lines, but reads a quote as a type variable or a character', () => {
    expect(withoutMlCommentsAndStrings('a (* x (* y *) z *) b\nc')).toBe('a   b\nc');
    expect(withoutMlCommentsAndStrings('let s = "x\\"\ny" in s')).toBe('let s = "" in s');
    expect(withoutMlCommentsAndStrings("type 'a t = 'a list\nlet q = '\"' and r = '\\\"' in q")).toBe("type 'a t = 'a list\nlet q = '\"' and r = '\\\"' in q");
    // An unclosed comment runs to the text's end.
    expect(withoutMlCommentsAndStrings('x (* open')).toBe('x  ');
  });

  it('blanks Lisp line and nested block comments and strings, but not a character literal', () => {
    expect(withoutLispCommentsAndStrings('(a) ; note\n#| x #| y |# z |#(b "s;\n")')).toBe('(a)  \n (b "")');
    expect(withoutLispCommentsAndStrings('(char=? c #\\") (f) ; c')).toBe('(char=? c #\\") (f)  ');
    expect(withoutLispCommentsAndStrings('(list #\\; 1)')).toBe('(list #\\; 1)');
  });
});

describe('withoutPod', () => {
  it('drops Pod blocks from a command line to =cut, and everything after __END__', () => {
    expect(withoutPod('a\n=head1 X\n\ntext\n=cut\nb\n=pod\nc\n')).toBe('a\nb');
    expect(withoutPod('a\n__END__\nb\n=cut\nc')).toBe('a');
  });
});

describe('withoutComments', () => {
  it('blanks line and block comments, keeping the line breaks after line comments', () => {
    expect(withoutComments('a // b\nc /* d\ne */ f')).toBe('a  \nc   f');
    expect(withoutComments('x / y // z')).toBe('x / y  ');
  });

  it('ends an unclosed comment at the end of the text', () => {
    expect(withoutComments('a /* b\nc')).toBe('a  ');
    expect(withoutComments('a // b')).toBe('a  ');
  });
});

describe('lacksItsExtension', () => {
  it('holds for a superset answer without either of its extensions, not for its bases or other languages', () => {
    expect(lacksItsExtension('Objective-C++', 'std::string s;\nCFRelease(ref);\n')).toBe(true);
    expect(lacksItsExtension('Objective-C++', '[self stop];\n[NSApp run];\n')).toBe(true);
    expect(lacksItsExtension('Objective-C++', 'std::string s;\n[self stop];\n')).toBe(false);
    expect(lacksItsExtension('Yacc', 'free(buf);\nreturn 0;\n')).toBe(true);
    expect(lacksItsExtension('Yacc', 'line: expr EOL { print($1); }\n')).toBe(false);
    expect(lacksItsExtension('SystemVerilog', 'assign y = a & b;\n')).toBe(true);
    expect(lacksItsExtension('SystemVerilog', 'typedef enum { IDLE, RUN } state_t;\n')).toBe(false);
    expect(lacksItsExtension('Smarty', '<div>\n  <p>Hello</p>\n</div>\n')).toBe(true);
    expect(lacksItsExtension('Smarty', '<div>{$greeting}</div>\n')).toBe(false);
    expect(lacksItsExtension('Mustache', 'Hello, world.\n')).toBe(false);
    expect(lacksItsExtension('Handlebars', '<p>{{name}}</p>\n')).toBe(true);
    expect(lacksItsExtension('Handlebars', '{{#if ok}}<p>{{name}}</p>{{/if}}\n')).toBe(false);
    expect(lacksItsExtension('Perl', '=head2 Options\n\nSee below.\n')).toBe(true);
    expect(lacksItsExtension('Perl', '=head2 Options\n\n=cut\n\n$x->run;\n')).toBe(false);
    expect(lacksItsExtension('C', 'free(buf);\n')).toBe(false);
    expect(lacksItsExtension('Python', 'print(1)\n')).toBe(false);
  });
});

describe('the superset evidence data', () => {
  const patterns = evidencePatterns().map(({ language, rule, name, pattern }) => [`${language} (${rule})`, name, pattern] as const);

  it('names Linguist languages, each base differing from its superset', () => {
    for (const [language, { base }] of Object.entries(SUPERSET_EVIDENCE)) {
      expect(resolveLanguageName(language)).toBe(language);
      expect(resolveLanguageName(base)).toBe(base);
      expect(base).not.toBe(language);
    }
    for (const [language, { extension }] of Object.entries(EXTENSION_SYNTAX).flatMap(([l, rules]) => rules.map((rule) => [l, rule] as const))) {
      expect(resolveLanguageName(language)).toBe(language);
      expect(resolveLanguageName(extension)).toBe(extension);
      expect(extension).not.toBe(language);
    }
  });

  it('leads from every superset down to a language that extends none, without a cycle', () => {
    for (const language of Object.keys(SUPERSET_EVIDENCE)) {
      const seen = new Set([language]);
      for (let l = SUPERSET_EVIDENCE[language]?.base; l !== undefined; l = SUPERSET_EVIDENCE[l]?.base) {
        expect(seen.has(l)).toBe(false);
        seen.add(l);
      }
    }
  });

  it.each(patterns)('%s "%s": linear-time, no state between calls', (_language, _name, pattern) => {
    expect(hasNestedQuantifier(pattern.source)).toBe(false);
    // A global or sticky pattern would carry lastIndex from one text to the next.
    expect(pattern.global || pattern.sticky).toBe(false);
  });
});
