// DATA: syntax a language cannot have, by the language it rules out. From content alone, such a
// language is not answered for text that shows it; the answer is ranked again without it
// (src/detect/pipeline.ts). The first such rule went the other way from superset-evidence.ts, for
// a language whose files are often named as its base: a `.v` file that declares `logic`, uses
// `always_ff` or a `typedef` is SystemVerilog, which no Verilog-2005 tool reads, though Linguist
// names it Verilog by its extension. Most rules do not relabel the corpus (`relabels`), as the
// evidence is likely but not proof. Each rule's evidence was first counted on the training files of
// the language it rules out (the counts are in the comments), and kept only where the validation
// split gained (models/CHANGES.md, "What changed in session 10"). None repeats a group that holds a
// quantifier (test/languages/content-languages.test.ts), so matching is linear.
// Written for whichlang; keys are what each pattern shows.
import { OBJECTIVE_C_SYNTAX, supersetEvidence } from './superset-evidence.js';

/**
 * One rule: text answered (or, where `relabels`, labelled) as the key language that shows the
 * evidence is not that language. Evidence is looked for outside the parts named by `outside`,
 * where prose and quoted code say anything.
 */
export interface ExtensionSyntax {
  /** The language a text labelled or answered as the key is, by content, when it shows the evidence. */
  readonly extension: string;
  readonly outside: 'nothing' | 'comments' | 'comments and strings' | 'hash comments and strings' | 'shell comments and strings' | 'ML comments and strings' | 'Lisp comments and strings' | 'code fences' | 'pod blocks';
  /**
   * Whether labelled files move too (they are learnt and scored as the extension), or only the
   * classifier's answer does, where the evidence is likely but not proof.
   */
  readonly relabels: boolean;
  readonly evidence: Readonly<Record<string, RegExp>>;
  /** Text matching this (on the whole text) shows nothing: a dialect that writes the same syntax. */
  readonly unless?: RegExp;
}

// A Jinja statement tag. Configuration and script files practically never have one (in the
// corpus: YAML 2 of 1,993 files, JSON 1 of 1,975, none in INI, TOML or Shell; XML, added in
// session 20, 1 of 1,559 training files, itself a Hexo template), while 494 of 760 Jinja
// templates do; yet a template of a 450-line YAML file with ten `{% raw %}` tags reads as YAML.
// Crystal macros (`{% for %}`), Twig, Python code holding templates in strings and HTML pages of
// Django projects have them too, so only these hosts are ranked again. The same tag outside
// comments and strings in 109 programming languages (those whose training files show it in at
// most 1 in 200) was measured in session 20 and not kept: validation lost 2 whole files and
// gained none (the program templates there have their tags in strings).
const JINJA_STATEMENT: ExtensionSyntax = {
  extension: 'Jinja',
  outside: 'code fences',
  relabels: false,
  evidence: {
    'a statement tag: {% if %}, {% for %}, {% set %}, {% raw %} …':
      /\{%[-+]?[ \t]*(?:if|elif|else|for|set|endif|endfor|block|endblock|macro|endmacro|include|import|from|raw|endraw|filter|with|call)\b[^\n]{0,300}?%\}/,
  },
};
const TEMPLATE_HOSTS = ['YAML', 'JSON', 'INI', 'TOML', 'Shell', 'Dockerfile', 'Makefile', 'Java Properties', 'XML'] as const;

// What C cannot compile, outside comments and string literals. Looser marks (`new`, `this`,
// `class` as a word) are C identifiers too; these fire on 27 of 1,652 C training files, most of
// them C++ or Objective-C++ named `.c`/`.h`.
const CPP_SYNTAX: Readonly<Record<string, RegExp>> = {
  'the scope operator (std::x, Foo::bar, ::x)': /(?:\b[A-Za-z_]\w*|^|[\s(,;=!&|<>])::[~A-Za-z_]/m,
  'a template': /\btemplate[ \t]*</,
  'a namespace block or using namespace': /\bnamespace[ \t]+[\w:]*[ \t]*\{|\busing[ \t]+namespace\b/,
  'nullptr': /\bnullptr\b/,
  'a standard C++ header (#include <vector>)': /^[ \t]*#[ \t]*include[ \t]*<[a-z_]+>/m,
  'an access specifier (public:)': /^[ \t]*(?:public|private|protected)[ \t]*:/m,
  'a class definition (class Foo {, class Foo : Base)': /\bclass[ \t]+\w+[ \t]*(?:final[ \t]*)?[:{]/,
  'a C++ cast (static_cast<…>)': /\b(?:static|dynamic|reinterpret|const)_cast[ \t]*</,
};

// What CSS has not, outside comments and strings: what SCSS, Less and Stylus add to it above, but
// for nested rules (CSS has them now), Stylus's braceless rules and mixin definitions (which plain
// CSS written without braces would look like) and line comments (removed with the comments):
// Semantic UI's `.less` files are CSS but for `@type: 'collection';`. The same evidence, so that a
// text scored as CSS never shows it.
const CSS_PREPROCESSOR_ONLY: Readonly<Record<string, RegExp>> = Object.fromEntries(
  (['SCSS', 'Less', 'Stylus'] as const).flatMap((language) =>
    Object.entries(supersetEvidence(language)).filter(
      ([name]) =>
        !['line comments (//)', 'nested rules', 'a rule without braces', 'a mixin or function definition (name(args) on its own line)'].includes(name),
    ),
  ),
);

const PHP_IN_HTML: ExtensionSyntax = {
  extension: 'PHP',
  outside: 'comments',
  relabels: false,
  // PHP's tags in a page: 1 of 1,597 HTML training files has one.
  evidence: { 'a PHP tag (<?php, <?=)': /<\?php\b|<\?=/ },
};

const YACC_IN_LEX: ExtensionSyntax = {
  extension: 'Yacc',
  outside: 'comments',
  relabels: false,
  // 1 of 251 Lex training files has one (ngspice's lexer quotes its parser's).
  evidence: { 'a declaration (%token, %type, %left, %union …)': /^%(?:token|type|left|right|nonassoc|union|start|expect|define|parse-param|lex-param|pure-parser)\b/m },
};

// The code of a Perl module whose documentation is longer: a sub or a variable set. Not `package`
// and `use` alone: Dist::Zilla writes those above the Pod of a `.pod` manual (`package X; use
// strict; 1; __END__`).
const PERL_OUTSIDE_POD: ExtensionSyntax = {
  extension: 'Perl',
  outside: 'pod blocks',
  relabels: false,
  evidence: {
    'a sub definition (sub name {)': /^[ \t]*sub[ \t]+\w+[ \t]*(?:\([^)\n]*\)[ \t]*)?\{/m,
    'a variable set (my $x = …;, $self->{x} = …;)': /^[ \t]*(?:my[ \t]+|our[ \t]+|local[ \t]+)?[$@%][\w:]+(?:->[^\n=]*)?[ \t]*=[^\n]*;[ \t]*$/m,
  },
};

// Verilator's tests are written so. SystemVerilog assertions inside Verilog's formal-verification
// blocks are not evidence (ZipCPU's cores are Verilog with them); nor are comments, where prose
// says "logic" and "interface".
const SYSTEMVERILOG_IN_VERILOG: ExtensionSyntax = {
  extension: 'SystemVerilog',
  outside: 'comments',
  relabels: true,
  evidence: supersetEvidence('SystemVerilog'),
};

// Markdown may hold raw HTML, and a changelog may write `<Button />` in its prose, so Markdown
// files keep their label; but Markdown answered for text with ESM or JSX outside code blocks is
// ranked again without Markdown, where MDX is the likely answer.
const MDX_IN_MARKDOWN: ExtensionSyntax = {
  extension: 'MDX',
  outside: 'code fences',
  relabels: false,
  evidence: supersetEvidence('MDX'),
};

// reStructuredText's links, directives and roles, which no other markup writes: 1 of 1,595
// Markdown files has one outside its code blocks (Catch2's tutorial), none of the AsciiDoc, Org,
// TeX, Pod, Texinfo, RDoc or Wikitext files.
const RESTRUCTUREDTEXT_SYNTAX: ExtensionSyntax = {
  extension: 'reStructuredText',
  outside: 'code fences',
  relabels: false,
  evidence: {
    'a link with its target (`text <url>`_)': /`[^`\n]+ <[^>\n]+>`__?/,
    'a directive (.. note::)': /^\.\. [\w:-]+::/m,
    'a link target (.. _name:)': /^\.\. _[^:\n]+:/m,
    'a role (:ref:`…`, :py:func:`…`)': /:(?:ref|doc|class|func|meth|mod|attr|term|envvar|option|program|file|samp|kbd|abbr|math|py:\w+|c:\w+|rst:\w+):`/,
  },
};

// OpenCL's address spaces and work-item functions: no C training file has one.
const OPENCL_IN_C: ExtensionSyntax = {
  extension: 'OpenCL',
  outside: 'comments and strings',
  relabels: false,
  evidence: { 'a kernel, an address space or a work-item function': /\b__kernel\b|\b__global\b|\b__local\b|\bget_(?:global|local|group)_id[ \t]*\(/ },
};

// A grammar action's result ($$, $<type>$): no C or C++ training file has one outside strings and
// comments. Not $1: MIPS assembly in C names its registers so.
const YACC_ACTIONS: ExtensionSyntax = {
  extension: 'Yacc',
  outside: 'comments and strings',
  relabels: false,
  evidence: { "an action's result ($$)": /\$\$|\$<\w+>[$\d]/ },
};

// Razor's expressions, code blocks and directives in a view (`@Html.Raw(…)`, `@Model.Id`, a line
// `@{` or `@foreach (…)`, `@inject Settings settings` at a line's start), outside comments: strings
// are read too, since Razor writes into them (`url: "@Url.Action(…)"`). A view's script reads as
// JavaScript, and its markup as HTML or as another view language (Vue, EJS, Smarty, Svelte …).
// In none of 1,561 JavaScript, 1,523 TypeScript, 635 TSX, 711 Vue, 889 EJS, 1,257 Svelte, 554
// Smarty, 555 Java Server Pages, 346 Mustache and 515 Handlebars training files and in 1 of 1,597
// HTML ones (a Delphi WebStencils template), against 187 of 342 HTML+Razor ones (session 26, an
// index without the pinned git sources). Angular's `@if (…)` is left out (TypeScript's inline
// templates and HTML write it), and so is `@page` (CSS's page rule); Svelte's `{@html x}` has no
// dot. Found on validation, where one project's views were Vue 35 times and JavaScript 22 times
// in 10-line windows.
const RAZOR_SYNTAX: ExtensionSyntax = {
  extension: 'HTML+Razor',
  outside: 'comments',
  relabels: false,
  evidence: {
    'a Razor expression, code block or directive (@Html.Raw(…), @Model.Id, @{, @inject …)':
      /@(?:Html|Url|Model|ViewBag|ViewData|Localizer)\.\w|^[ \t]*@(?:foreach|using|section)\b[ \t]*[({]|^[ \t]*@\{[ \t]*$|^@(?:inject|model|using)[ \t]+[\w."<>]+/m,
  },
};

// TypeScript's declarations, type-only imports, generics, typed members and non-null assertions:
// 12 of 1,697 JavaScript training files without a `@flow` pragma show one outside comments and
// strings, most of them TypeScript's own test baselines. Flow writes the same syntax in `.js`
// files. Type annotations (`: string`, `: (a) => b`) are left out: JavaScript's object literals and
// ternaries write them too.
const TYPESCRIPT_IN_JAVASCRIPT: ExtensionSyntax = {
  extension: 'TypeScript',
  outside: 'comments and strings',
  relabels: false,
  unless: /@flow\b/,
  evidence: Object.fromEntries(
    Object.entries(supersetEvidence('TypeScript')).filter(([name]) =>
      [
        'interface, type alias, enum, declare, namespace, abstract class',
        'import type, export type',
        'generic parameters or arguments (function f<T>, f<Foo>())',
        'implements',
        'a named or generic type annotation (: Foo[], : Map<…>)',
        'access modifiers and readonly members',
        'a non-null assertion or definite assignment (x!.y, x!: T)',
      ].includes(name),
    ),
  ),
};

// JSX outside comments, strings and template literals (where TypeScript writes `/>` in HTML):
// 1 of 1,434 TypeScript training files shows it.
const JSX_IN_TYPESCRIPT: ExtensionSyntax = {
  extension: 'TSX',
  outside: 'comments and strings',
  relabels: false,
  evidence: supersetEvidence('TSX'),
};

// The indented syntaxes of Sass and Stylus read alike; each has syntax the other lacks. Stylus's
// assignments, bare conditionals and own at-rules are in none of 580 Sass training files, and
// Sass's at-rules, `#{…}`, `=mixin` and `$name:` in 1 of 1,087 Stylus files. Session 30 added a
// hash key's setting (`lib.key = value`) and a placeholder selector written with `$` over its
// block (Sass's is `%name`; its `$name` needs a colon): in none of 459 Sass training files of an
// index without the pinned git sources, and in 2 more of its 1,150 Stylus files.
const STYLUS_IN_SASS: ExtensionSyntax = {
  extension: 'Stylus',
  outside: 'comments and strings',
  relabels: false,
  evidence: {
    'a variable set with = (name = value, name.key = value)': /^[ \t]*\$?[\w-][\w.-]*[ \t]*[?:]?=[ \t]*\S/m,
    'a placeholder selector written with $ ($name over a nested block)': /^([ \t]*)\$[\w-]+[ \t]*\r?\n\1[ \t]+\S/m,
    'a conditional or loop without @ (if, unless, for … in)': /^[ \t]*(?:if|unless|else|for[ \t]+[\w$-]+(?:[ \t]*,[ \t]*[\w$-]+)?[ \t]+in|return)\b/m,
    'Stylus at-rules (@require, @block, @css)': /@(?:require|block|css)\b/,
    'interpolation without # ({$name})': /(?<!#)\{\$[\w-]+\}/,
  },
};
const SASS_IN_STYLUS: ExtensionSyntax = {
  extension: 'Sass',
  outside: 'comments and strings',
  relabels: false,
  evidence: {
    'Sass at-rules (@mixin, @include, @use …)': /@(?:mixin|include|use|forward|each|function|return|debug|warn|error|content|at-root)\b/,
    'interpolation #{…}': /#\{/,
    'a mixin defined with = (=name)': /^[ \t]*=[\w-]/m,
    'a variable set with a colon ($name: value)': /^[ \t]*\$[\w-]+[ \t]*:/m,
  },
};

// Stylus imports `.styl` and `.css` files; an import of a `.sass` or `.scss` partial (in the path,
// a string, hence its own rule) is in none of 1,215 Stylus training files and in 101 of 580 Sass
// ones, whose indented rules Stylus reads alike.
const SASS_IMPORT_IN_STYLUS: ExtensionSyntax = {
  extension: 'Sass',
  outside: 'comments',
  relabels: false,
  evidence: { 'an import of a Sass or SCSS file (@import "base.sass")': /^[ \t]*@(?:import|use|forward)[ \t][^\n]*\.s[ac]ss\b/m },
};

// Smarty written with `{{ }}` delimiters (Friendica's templates) and Go templates put variables
// in `{{if $x}}`, `{{foreach $a as $b}}` and `{{$x|escape}}`, which neither Mustache nor Handlebars
// can write: in none of 636 Mustache and 765 Handlebars training files (Mustache's `{{$block}}`
// alone is left out; it is template inheritance). Nor Twig or Jinja, whose statements are `{% %}`
// and whose names have no `$` (session 26: in none of 594 Twig and 781 Jinja training files of an
// index without the pinned git sources; Friendica's validation windows were Twig 38 times in 10 lines).
const VARIABLE_TAGS_IN_MUSTACHE: ExtensionSyntax = {
  extension: 'Smarty',
  outside: 'nothing',
  relabels: false,
  evidence: {
    'a tag with a $variable after a keyword, or with a modifier ({{if $x}}, {{$x|escape}})':
      /\{\{-?[ \t]*(?:(?:if|elseif|foreach|section|assign|include|while|for)[ \t]+[^}\n]{0,200}\$\w|\$\w[\w.[\]>-]{0,100}[ \t]*\|[ \t]*\w)/,
  },
};

// Smarty's variable and comment tags written with `{{ }}` delimiters (Friendica's templates:
// `{{$title}}`, `{{* … *}}`), which no HTML page writes unless it is a template: in none of
// 1,597 HTML training files (session 26, an index without the pinned git sources), against all
// 150 of Friendica's validation templates, 43 of which were HTML. Mustache's `{{$block}}` is the
// same text, so only HTML is ruled out; the Mustache manual's page, which shows the tag, is the
// one validation HTML file it is found in.
const BRACED_SMARTY_IN_HTML: ExtensionSyntax = {
  extension: 'Smarty',
  outside: 'nothing',
  relabels: false,
  evidence: { 'a {{$variable}} or a {{* comment *}}': /\{\{\$\w+\}\}|\{\{\*/ },
};

// Fixed-form comment lines (C, c or * in column 1), which free form reads as a statement: in none
// of 880 Fortran Free Form training files.
const FIXED_FORM_FORTRAN: ExtensionSyntax = {
  extension: 'Fortran',
  outside: 'nothing',
  relabels: false,
  evidence: { 'a comment line marked in column 1 (C, c, *)': /^[Cc*](?:[ \t=*-]|$)/m },
};

// Groovy's `def` declarations and closures with parameters: in none of 1,521 Java training files.
const GROOVY_IN_JAVA: ExtensionSyntax = {
  extension: 'Groovy',
  outside: 'comments and strings',
  relabels: false,
  evidence: {
    'a def declaration (def x = …, def f(…))': /^[ \t]*def[ \t]+[A-Za-z_]\w*[ \t]*[=(]/m,
    'a closure with parameters ({ a, b -> … })': /\{[ \t]*[A-Za-z_][\w, \t]*->/,
  },
};

// A notebook's cells and format version, which define the format (nbformat): in every Jupyter
// training file and in none of 1,603 JSON, 206 JSON with Comments or 3 JSON5 ones. A notebook of a
// few short cells is mostly JSON's punctuation, which the classifier answered JSON for.
const NOTEBOOK_IN_JSON: ExtensionSyntax = {
  extension: 'Jupyter Notebook',
  outside: 'nothing',
  relabels: false,
  evidence: {
    'a format version or a cell type ("nbformat": 4, "cell_type": "code")': /"nbformat"[ \t]*:[ \t]*\d|"cell_type"[ \t]*:[ \t]*"(?:code|markdown|raw)"/,
  },
};

// An unquoted word as a value (pytest's `junit_family = xunit1`), which neither TOML nor Godot's
// resources can write: TOML quotes every string, Godot writes `true`, `null`, numbers, quoted
// strings and constructors (`Vector2(0, 0)`). In 1 of 692 TOML training files (tox settings quoted
// in a multi-line string) and 1 of 595 Godot Resource ones once scenes that embed a script's
// source are left out, against 885 of 1,365 INI ones.
const UNQUOTED_WORD_VALUE: Readonly<Record<string, RegExp>> = {
  'an unquoted word as a value (key = word)': /^[ \t]*[\w./-]+[ \t]*=[ \t]*(?!true\b|false\b|inf\b|nan\b|null\b)[A-Za-z_][\w-]*[ \t]*(?:#[^\n]*)?$/m,
};
const BARE_VALUE_IN_TOML: ExtensionSyntax = { extension: 'INI', outside: 'nothing', relabels: false, evidence: UNQUOTED_WORD_VALUE };
const BARE_VALUE_IN_GODOT: ExtensionSyntax = {
  extension: 'INI',
  outside: 'nothing',
  relabels: false,
  // A scene's embedded GDScript, a multi-line string, assigns variables so.
  unless: /^script\/source = "/m,
  evidence: UNQUOTED_WORD_VALUE,
};

// Two lines that are each a bracketed name alone at column 0 (`[dependencies]`): in YAML each
// would be a document's root, and one document has one; in none of 1,540 YAML training files,
// against 923 of 1,365 INI and 411 of 692 TOML ones.
const SECTIONS_IN_YAML: ExtensionSyntax = {
  extension: 'INI',
  outside: 'nothing',
  relabels: false,
  evidence: { 'two section headers ([name])': /^\[[A-Za-z][^\]\n]*\][ \t]*$[\s\S]*^\[[A-Za-z][^\]\n]*\][ \t]*$/m },
};

// A Jinja expression as a YAML value, unquoted (`port: {{ http_port }}`): YAML would read a flow
// mapping there, so YAML that Ansible and Salt load quotes it ("{{ x }}"); a template rendered
// before YAML reads it need not. Go templates (Helm's `{{ .Values.x }}`, `{{ include … }}`) begin
// with a dot, a `$` or one of their functions, and are left out: in none of 1,540 YAML training
// files, against 165 of 1,274 Jinja ones.
const JINJA_EXPRESSION_IN_YAML: ExtensionSyntax = {
  extension: 'Jinja',
  outside: 'nothing',
  relabels: false,
  evidence: {
    'an unquoted {{ expression }} as a value or list item':
      /^[^"'#\n]*(?::[ \t]+|^[ \t]*-[ \t]+)\{\{-?[ \t]*(?!\.|\$|include\b|template\b|toYaml\b|end\b|if\b|range\b|with\b|define\b|else\b|tpl\b|printf\b|quote\b|default\b)[A-Za-z_][\w.]*[ \t]*(?:\|[^}\n]*)?-?\}\}/m,
  },
};

// What SCSS writes and Less cannot, outside comments and strings: `$` variables (Less's are
// `@name`), Sass's at-rules (Less mixes in with `.name();`, extends with `:extend()`; a Less
// variable may be named `@error-color`, hence the look-ahead) and `#{…}` interpolation (Less
// writes `@{name}`). In 1 of 1,643 Less training files (rsuite's `@warn`), against 1,048 of 1,410
// SCSS ones: font-awesome's and selectize's SCSS trees are near copies of their Less ones, which
// the classifier took them for.
const SCSS_IN_LESS: ExtensionSyntax = {
  extension: 'SCSS',
  outside: 'comments and strings',
  relabels: false,
  evidence: {
    'a $variable set ($name: value)': /^[ \t]*\$[\w-]+[ \t]*:/m,
    'Sass at-rules (@mixin, @include, @extend, @if, @each …)':
      /@(?:mixin|include|extend|if|else|each|for|while|function|return|use|forward|content|at-root|debug|warn|error)(?![\w-])/,
    'interpolation #{…}': /#\{/,
  },
};

// What Objective-C cannot compile, outside comments and strings: C++'s syntax above but for a
// class definition (`class` is an Objective-C identifier: `(Class)class fromData:`). In 1 of
// 1,831 Objective-C training files, against 635 of 944 Objective-C++ ones (the rest are
// Objective-C by content).
const CPP_IN_OBJECTIVE_C: ExtensionSyntax = {
  extension: 'Objective-C++',
  outside: 'comments and strings',
  relabels: false,
  evidence: Object.fromEntries(Object.entries(CPP_SYNTAX).filter(([name]) => !name.startsWith('a class definition'))),
};

// Agda's `open import` and its options pragma (`{-# OPTIONS --safe #-}`; GHC's options pragma is
// OPTIONS_GHC, and its flags take one dash): in 1,593 of 1,630 Agda training files and in none of
// 1,682 Haskell ones. An Agda module that only imports others reads as Haskell otherwise.
const AGDA_IN_HASKELL: ExtensionSyntax = {
  extension: 'Agda',
  outside: 'nothing',
  relabels: false,
  evidence: {
    'open import': /^[ \t]*open[ \t]+import[ \t]/m,
    'an options pragma with long flags ({-# OPTIONS --rewriting #-})': /^\{-#[ \t]*OPTIONS[ \t]+--/m,
  },
};

// Standard ML's declarations (`structure O : ORDER`, `signature S =`, `datatype t =`), `andalso`,
// `orelse` and `fn x =>`: OCaml writes `module … = struct`, `&&`, `||` and `fun x ->`. Counted in
// session 27 on an index without the pinned sources: in 2 of 1,050 OCaml training files (camlp5's
// SML parser and Why3's extraction to CakeML, whose strings hold SML) and in none of their 3- or
// 10-line windows; in 388 of 475 Standard ML files. Since session 29 looked for outside ML's own
// `(* *)` comments and strings (`'a` is a type variable, not a quote, which C-style stripping would
// misread): on the full index in none of 1,697 OCaml files (2 before) and in 1,036 of 1,144
// Standard ML files (1,041 before: .sig files whose only `andalso` and `fn x =>` are in comments).
const STANDARD_ML_IN_OCAML: ExtensionSyntax = {
  extension: 'Standard ML',
  outside: 'ML comments and strings',
  relabels: false,
  evidence: {
    'a signature or structure declared (structure O : ORDER, signature S =)': /^[ \t]*(?:signature|structure)[ \t]+[A-Za-z_][\w']*[ \t]*(?::>?|=)/m,
    'a datatype, abstype or eqtype declared': /^[ \t]*(?:datatype|abstype|eqtype)[ \t]+(?:'\w+[ \t]+|\([^)\n]*\)[ \t]*)?[A-Za-z_][\w']*[ \t]*(?:=|$)/m,
    'andalso or orelse': /\b(?:andalso|orelse)\b/,
    'an anonymous function fn x => …': /\bfn[ \t]+[^\n=]*=>/,
  },
};

// Cython's C declarations and imports: Python has no `cdef`, `cpdef`, `ctypedef` or `cimport`.
// In 2 of 1,560 Python training files (Cython's own compiler, in docstrings) and no window of them
// with C-style stripping, in none since session 28 reads `#` comments and docstrings; in 578 of
// 588 Cython files (session 28's full index).
const CYTHON_IN_PYTHON: ExtensionSyntax = {
  extension: 'Cython',
  outside: 'hash comments and strings',
  relabels: false,
  evidence: {
    'cdef, cpdef or ctypedef': /^[ \t]*(?:cdef|cpdef|ctypedef)[ \t]/m,
    'cimport': /^[ \t]*(?:cimport[ \t]|from[ \t]+[\w.]+[ \t]+cimport[ \t])/m,
  },
};

// Julia's `function name(…)`: Ruby, Crystal and Elixir define with `def`. In 2 of 1,565 Ruby
// training files (JavaScript in ERB heredocs) with C-style stripping, in none of Ruby, Crystal or
// Elixir since session 28 reads heredocs; in 1,219 of 1,826 Julia files (session 28's full index).
const JULIA_FUNCTION: ExtensionSyntax = {
  extension: 'Julia',
  outside: 'hash comments and strings',
  relabels: false,
  evidence: { 'function name(…)': /^[ \t]*function[ \t]+[\w.!]+(?:\{[^}\n]*\})?\(/m },
};

// fish's `set -l`/`-g`/`-U` (scopes POSIX `set` lacks), `; and`/`; or`, `switch $x` and blocks
// closed by `end` (POSIX shell has no `end`). Looked for outside Shell's own comments, quotes (which
// may span lines) and heredocs: session 27 left `switch` and `end` out because, with C-style
// stripping, C and Ruby in a script's heredocs and multi-line quotes showed them. Session 28 (full
// index): in none of 1,623 Shell training files and 1 of 1,403 ten-line windows (Crystal in a quote
// the window begins inside); in 571 of 723 fish files and 230 of 720 three-line windows (284 and 70
// without `switch` and `end`).
const FISH_IN_SHELL: ExtensionSyntax = {
  extension: 'fish',
  outside: 'shell comments and strings',
  relabels: false,
  evidence: {
    'set with a scope flag (set -l, set -gx)': /^[ \t]*set[ \t]+-[a-zA-Z]*[lgU][a-zA-Z]*[ \t]+[A-Za-z_]/m,
    'and or or after a semicolon (; and test …)': /;[ \t]*(?:and|or)[ \t]+\S/,
    'a block closed by end on its own line': /^[ \t]*end[ \t]*\r?$/m,
    'switch on a variable or a command substitution': /^[ \t]*switch[ \t]+(?:\$[\w]+|\([^)\n]*\))[ \t]*\r?$/m,
  },
};

// Kotlin defines with `fun`, matches with `->` and has no `def`, `=>`, `implicit` or case classes,
// which Scala (and Groovy's `def`, Ruby's `=>`) writes: in none of 866 Kotlin training files; in 386
// of 432 Scala files and 411 of 727 Groovy ones (session 27, an index without the pinned sources).
const SCALA_IN_KOTLIN: ExtensionSyntax = {
  extension: 'Scala',
  outside: 'comments and strings',
  relabels: false,
  evidence: {
    'a method defined with def': /\bdef[ \t]+[\w$]/,
    'a case class or object': /\bcase[ \t]+(?:class|object)[ \t]/,
    '=> (case x =>, (a: Int) =>)': /=>/,
    'implicit': /\bimplicit[ \t]/,
  },
};

// Common Lisp's definitions, packages and places: Scheme writes `define`, modules and `set!`. In 2
// of 1,218 Scheme training files (Guile's Texinfo modules, which quote Lisp) and in 435 of 487
// Common Lisp files (session 27, an index without the pinned sources). `defvar` is left out: the
// Festival speech system's Scheme (SIOD) writes it, in 33 files. Since session 29 looked for outside
// Lisp's `;` and `#| |#` comments and strings: on the full index in 1,307 of 1,461 Common Lisp files
// (1,308 before) and still in Guile's 2, whose quoted lists name `(defun . ,def)` as code.
const COMMON_LISP_IN_SCHEME: ExtensionSyntax = {
  extension: 'Common Lisp',
  outside: 'Lisp comments and strings',
  relabels: false,
  evidence: {
    'defun': /\(defun[ \t\n]/,
    'defparameter': /\(defparameter[ \t\n]/,
    'defgeneric, defmethod, defclass or defpackage': /\((?:defgeneric|defmethod|defclass|defpackage)[ \t\n]/,
    'in-package': /\(in-package[ \t]/,
    'setf or incf': /\((?:setf|incf|decf)[ \t]/,
  },
};

// Rules by the language they rule out. A language named in several groups (a template host that
// has rules of its own, say) gets each group's rules in this order: a later group adds to an
// earlier one, where an object literal's later key would silently replace it.
function byLanguage(groups: ReadonlyArray<readonly [readonly string[], readonly ExtensionSyntax[]]>): Record<string, readonly ExtensionSyntax[]> {
  const rules: Record<string, ExtensionSyntax[]> = {};
  for (const [languages, added] of groups) for (const language of languages) (rules[language] ??= []).push(...added);
  return rules;
}

export const EXTENSION_SYNTAX: Readonly<Record<string, readonly ExtensionSyntax[]>> = byLanguage([
  [['Fortran Free Form'], [FIXED_FORM_FORTRAN]],
  [['Java'], [GROOVY_IN_JAVA]],
  [['Sass'], [STYLUS_IN_SASS]],
  [['Stylus'], [SASS_IN_STYLUS, SASS_IMPORT_IN_STYLUS]],
  [['Mustache', 'Handlebars', 'Twig', 'Jinja'], [VARIABLE_TAGS_IN_MUSTACHE]],
  [['Mustache', 'Handlebars', 'Vue', 'EJS', 'Svelte', 'TSX', 'Smarty', 'Java Server Pages'], [RAZOR_SYNTAX]],
  [['TypeScript'], [JSX_IN_TYPESCRIPT, RAZOR_SYNTAX]],
  [['JavaScript'], [TYPESCRIPT_IN_JAVASCRIPT, RAZOR_SYNTAX]],
  [TEMPLATE_HOSTS, [JINJA_STATEMENT]],
  [['JSON'], [NOTEBOOK_IN_JSON]],
  [['TOML'], [BARE_VALUE_IN_TOML]],
  [['Godot Resource'], [BARE_VALUE_IN_GODOT]],
  [['Less'], [SCSS_IN_LESS]],
  [['Objective-C'], [CPP_IN_OBJECTIVE_C]],
  [['Haskell'], [AGDA_IN_HASKELL]],
  [['YAML'], [JINJA_EXPRESSION_IN_YAML, SECTIONS_IN_YAML]],
  [['Markdown'], [MDX_IN_MARKDOWN]],
  [['Pod'], [PERL_OUTSIDE_POD]],
  [['AsciiDoc', 'Org', 'TeX', 'Texinfo', 'RDoc', 'Wikitext', 'Markdown', 'Pod'], [RESTRUCTUREDTEXT_SYNTAX]],
  // Or Less, or Stylus: the answer is ranked again without CSS.
  [['CSS'], [{ extension: 'SCSS', outside: 'comments and strings', relabels: false, evidence: CSS_PREPROCESSOR_ONLY }]],
  [['HTML'], [PHP_IN_HTML, RAZOR_SYNTAX, BRACED_SMARTY_IN_HTML]],
  [['Lex'], [YACC_IN_LEX]],
  [['C'], [{ extension: 'C++', outside: 'comments and strings', relabels: false, evidence: { ...CPP_SYNTAX, ...OBJECTIVE_C_SYNTAX } }, OPENCL_IN_C, YACC_ACTIONS]],
  [['C++'], [{ extension: 'Objective-C++', outside: 'comments and strings', relabels: false, evidence: OBJECTIVE_C_SYNTAX }, YACC_ACTIONS]],
  [['Verilog'], [SYSTEMVERILOG_IN_VERILOG]],
  [['OCaml'], [STANDARD_ML_IN_OCAML]],
  [['Python'], [CYTHON_IN_PYTHON]],
  [['Shell'], [FISH_IN_SHELL]],
  [['Kotlin'], [SCALA_IN_KOTLIN]],
  [['Scheme'], [COMMON_LISP_IN_SCHEME]],
  [['Ruby', 'Crystal', 'Elixir'], [JULIA_FUNCTION]],
]);

