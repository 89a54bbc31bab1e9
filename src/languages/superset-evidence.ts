// DATA: languages that extend another (TSX extends TypeScript with JSX, Objective-C++ extends
// Objective-C with C++ …), and what a text must show to be the extension rather than its base.
// A `.tsx` file without a JSX element is TypeScript, by content: nothing in it could tell a reader
// otherwise. The classifier learns such files as the base language and is scored against it
// (src/languages/content-languages.ts); a file name still gives the specific language.
// Patterns are tested on the whole text, comments included, unless `outside` says otherwise: a
// rule moves only text with no trace of the extension. A language hosted in another (a template in HTML, a component's
// script, a Perl module's Pod) moves only where the text shows its host. None repeats
// a group that holds a quantifier (test/languages/content-languages.test.ts), so matching is linear.
// Only pairs where the change measured better on the validation split belong here (corpus/README.md).
// Written for whichlang; keys are what each pattern shows.
import { TEMPLATE_TAG_OPENERS } from './template-tags.js';
import { SQL_DIALECT_EVIDENCE } from '../detect/sql-dialects.js';

export interface SupersetEvidence {
  /** The language a text without the evidence is, by content. */
  readonly base: string;
  readonly evidence: Readonly<Record<string, RegExp>>;
  /** Where the evidence does not count (everywhere counts when absent). */
  readonly outside?: 'comments and strings' | 'pod blocks' | 'SQL comments' | 'code fences';
  /**
   * A language that extends two (Objective-C++ is C++ and Objective-C; Handlebars is Mustache in
   * HTML): a text showing the first extension but none of this one is this one's base.
   */
  readonly otherBase?: { readonly base: string; readonly evidence: Readonly<Record<string, RegExp>> };
  /**
   * A language hosted in another (a template in HTML): the base is named only for text showing
   * this; text showing neither stays as labelled.
   */
  readonly host?: Readonly<Record<string, RegExp>>;
  /** A second host, for text showing neither the extension nor the first host (a component's script). */
  readonly otherHost?: { readonly base: string; readonly evidence: Readonly<Record<string, RegExp>> };
}

/**
 * What Objective-C adds to C. Outside comments and strings it marks Objective-C in text answered
 * C or C++ (extension-syntax.ts); message sends and literals are in 857 and 267 of 944
 * Objective-C++ training files, and in 1 of 1,460 C++ files and 1 of 1,564 C files (`[sizeof x]`
 * is C, hence the exclusions), besides C++-labelled headers that are Objective-C.
 */
export const OBJECTIVE_C_SYNTAX: Readonly<Record<string, RegExp>> = {
  '@interface, @implementation, @protocol, @end': /^[ \t]*@(?:interface|implementation|protocol|end)\b/m,
  '#import': /^[ \t]*#[ \t]*import[ \t]*[<"]/m,
  '@selector, @autoreleasepool, @property, @synthesize': /@selector[ \t]*\(|@autoreleasepool\b|@property\b|@synthesize\b/,
  '[[X alloc] …]': /\[\[\w+ alloc\]/,
  'a message send ([obj message], [obj setX:y])': /\[(?!sizeof\b|new\b|delete\b|return\b)[A-Za-z_][\w.]*[ \t]+[A-Za-z_]\w*[ \t]*[:\]]/,
  'an Objective-C literal (@"…", @[…], @{…}, @(…), @YES)': /@["[{(]|@(?:YES|NO)\b/,
  'an Objective-C keyword (@try, @synchronized, @class, @protocol …)': /@(?:try|catch|finally|synchronized|encode|available|class|protocol|optional|required|dynamic)\b/,
};

/** What yacc and lex grammars both write between their sections. */
const GRAMMAR_SECTION_MARK: Readonly<Record<string, RegExp>> = { 'a section mark (%%, %{)': /^%%|^%\{/m };

/** What SCSS and Less both add to CSS. */
const CSS_PREPROCESSOR_SYNTAX: Readonly<Record<string, RegExp>> = {
  // `url(http://…)` has a colon before its slashes.
  'line comments (//)': /(?:^|[\s;{}])\/\//m,
  // A rule opened inside a rule (not inside @media): `.a { .b {` or `.a { &:hover {`; a comment
  // between them ends the search (jQuery UI's themes hold `/*{…}*/` placeholders).
  'nested rules': /^[ \t]*(?!and\b|or\b|only\b|not\b|screen\b|print\b)[\w.#&:*[>+~-][^{}\n]*\{(?:[^{}/]|\/(?!\*))*\{/m,
};

/**
 * An HTML element's start or end tag (`<div `, `<br>`, `</p>`), which a template's host shows; at a
 * line start or after a space or another tag, so that generics (`Array<string>`) and a regular
 * expression's named groups (`(?<name>`) are not taken for one.
 */
const HTML_MARKUP: Readonly<Record<string, RegExp>> = { 'an HTML tag': /(?:^|[\s>])<\/?[A-Za-z][\w:-]*[\s>\/]/m };

/**
 * Template languages written in HTML pages (every one with tag openers but JavaScript+ERB): a
 * snippet of one showing HTML but none of the template's tags is HTML to any reader (the corpus
 * already drops whole files without a tag).
 */
const HTML_TEMPLATES: Readonly<Record<string, SupersetEvidence>> = Object.fromEntries(
  Object.entries(TEMPLATE_TAG_OPENERS)
    .filter(([language]) => language !== 'JavaScript+ERB')
    .map(([language, opener]) => [language, { base: 'HTML', evidence: { 'a template tag': opener }, host: HTML_MARKUP }]),
);

/**
 * What Handlebars (and Ember's Glimmer templates, which Linguist names Handlebars too) adds to
 * Mustache, whose tags it reads as they are: a Handlebars template written with Mustache's tags
 * alone (`{{name}}`, `{{#list}}`, `{{> partial}}`) is Mustache to any reader. Shown by 705 of 765
 * Handlebars training files and 1 of 636 Mustache ones. A tag's insides are looked for on its
 * line and at most 200 characters on, so that a long line of unclosed `{{` costs linear time.
 */
const HANDLEBARS_SYNTAX: Readonly<Record<string, RegExp>> = {
  'a built-in block helper or else ({{#if}}, {{#each}}, {{else}})': /\{\{~?[ \t]*(?:#[ \t]*(?:if|each|unless|with|let|each-in|in-element)\b|else\b)/,
  'a helper with arguments ({{t "key"}}, {{#link-to x}})': /\{\{~?[ \t]*[#>]?[ \t]*[\w.@-][\w.@/-]{0,100}[ \t]+[^\s}=!][^}\n]{0,200}\}\}/,
  'a hash argument ({{x key=value}})': /\{\{[^}!\n]{0,200}[ \t][\w-]{1,50}=[^}\n]{0,200}\}\}/,
  'a data variable or a parent path (@index, @root, ../)': /\{\{[^}!\n]{0,200}(?:@(?:index|key|first|last|root)\b|\.\.\/)/,
  'whitespace control ({{~, ~}})': /\{\{~|~\}\}/,
  'block parameters (as |item|)': /\bas[ \t]+\|[\w \t]+\|/,
  'a partial block or an inline partial ({{#> x}}, {{#*inline}})': /\{\{#[>*]/,
  'a raw block ({{{{raw}}}})': /\{\{\{\{/,
  "Glimmer's this., @arguments, ...attributes, {{yield}}": /\{\{~?[ \t]*(?:this\.|@\w)|\s@[\w.-]+=|\.\.\.attributes\b|(?<!\{)\{\{yield\}\}/,
};

/**
 * Script that no stylesheet, type declaration or prose writes: a declaration, an import or export,
 * a control statement with its parenthesis, `this.`, `new X(`, an arrow, a method call. A
 * component's script block shows it; its style block, TypeScript interfaces and the text of its
 * markup ("for more", "if you") do not.
 */
const SCRIPT_CODE: Readonly<Record<string, RegExp>> = {
  'a declaration (const x, let {, function f)': /\b(?:const|let|var)[ \t]+[\w${[]|\bfunction\b[ \t]*[\w$(*]/,
  "an import or export (import x from, export default)": /^[ \t]*import[ \t]+[\w${*'"]|\bexport[ \t]+(?:default|const|function|class|async|\{)/m,
  'a control statement (if (, for (, while (, return …;)': /\b(?:if|for|while|switch)[ \t]*\(|\breturn\b[^\n]*[;)][ \t]*$|\bawait[ \t]+[\w$]/m,
  'this., new X(, an arrow or a method call': /\bthis\.|\bnew[ \t]+[A-Z][\w$]*\(|=>|\.[A-Za-z_$][\w$]*\(/,
};

/**
 * What Markdown writes and JavaScript does not: a heading, a list item, a block quote, a link to a
 * URL or a path, strong emphasis, a line of prose at the line start (JavaScript's prose is in
 * comments and strings, which are indented or marked), a code fence, front matter.
 */
const MARKDOWN_SYNTAX: Readonly<Record<string, RegExp>> = {
  'a heading (# Title)': /^#{1,6}[ \t]+\S/m,
  'a list item (- x, 1. x) or a block quote (> x)': /^[ \t]*(?:[-+]|\d{1,3}[.)])[ \t]+\S|^>[ \t]/m,
  'a link ([text](url))': /\[[^\]\n]{0,200}[A-Za-z][^\]\n]{0,200}\]\((?:https?:|\.{0,2}\/|#)[^)\n]{0,300}\)/,
  'strong emphasis (**x**)': /\*\*[A-Za-z][^*\n]{0,200}\*\*/,
  'a line of prose': /^[A-Z][a-z']{0,30}[ \t][a-z'’,-]{1,30}[ \t][a-z'’,-]{1,30}[ \t][a-z'’,-]{1,30}[^\n;{}()=<>]{0,300}$/m,
  'a code fence': /^[ \t]*(?:```|~~~)/m,
  // A document's YAML front matter: no JavaScript file opens so (an MDX page of components alone).
  'front matter (--- then key: at the start)': /^---[ \t]*\r?\n[A-Za-z_][\w-]*:/,
};

/**
 * Single-file components are HTML, script and style in one file: lines of one that show nothing
 * of the component format are their HTML (markup) or their TypeScript or JavaScript (script); style
 * lines keep the label.
 */
const SVELTE_SYNTAX: Readonly<Record<string, RegExp>> = {
  'a script or style block, <svelte:…>': /<\/?(?:script|style)\b|<svelte:/,
  'a logic block or special tag ({#if}, {:else}, {/each}, {@html})': /\{[#:/@][a-z]/,
  'a directive (on:click, bind:value, class:active, use:, transition:)': /\s(?:on|bind|class|use|transition|in|out|animate|let|style):[\w|-]+/,
  'a reactive statement ($:) or a prop (export let)': /^[ \t]*(?:\$:|export[ \t]+let\b)/m,
  'a rune ($props(), $state(), $derived(), $effect())': /\$(?:props|state|derived|effect|bindable|inspect|host)\b/,
  // Not an arrow's `=> {`: that is script.
  'an expression in markup (attr={…}, >{…})': /=\{|(?<!=)>[ \t]*\{/,
};
// Looked for outside comments and strings (session 18): `// @ts-expect-error` or `@page` in a comment
// is no bound `@event`; a directive's value keeps its quotes (`@click=""`), so it still shows.
const VUE_SYNTAX: Readonly<Record<string, RegExp>> = {
  'a template, script or style block': /<\/?(?:template|script|style)\b/,
  'a directive (v-if, v-for, v-model …)': /\sv-[a-z]+[:.=\s>]/,
  'a bound attribute or an event (:prop=, @click=, :prop)': /\s[:@][\w.-]+(?:=["']|[\s/>])/,
  'an interpolation ({{ }}), or its end': /\{\{|\}\}/,
};
// Razor pages write C# after `@` (`@Model.Name`, `@if (…)`, `@{ … }`, `@*comment*@`) and tag helpers
// as `asp-…` attributes. Lines showing neither but an HTML tag are HTML; a code block's lines may
// be C#, so script lines keep the label.
const RAZOR_SYNTAX: Readonly<Record<string, RegExp>> = {
  'C# after @ (@Model, @if, @{, @(, @*)': /@[\w({*:]/,
  'a tag helper (asp-for=…)': /\basp-[\w-]+=/,
};

const COMPONENTS: Readonly<Record<string, SupersetEvidence>> = {
  'HTML+Razor': { base: 'HTML', evidence: RAZOR_SYNTAX, host: HTML_MARKUP },
  Svelte: { base: 'HTML', evidence: SVELTE_SYNTAX, host: HTML_MARKUP, otherHost: { base: 'TypeScript', evidence: SCRIPT_CODE } },
  Vue: { base: 'HTML', evidence: VUE_SYNTAX, outside: 'comments and strings', host: HTML_MARKUP, otherHost: { base: 'TypeScript', evidence: SCRIPT_CODE } },
};

/**
 * SQL's procedural dialects, by the evidence that labels the corpus's `.sql` files and that the
 * classifier's dialect answers need (src/detect/sql-dialects.ts): a snippet of a dialect's file
 * that shows none of it is SQL, as the whole file would be and as the classifier answers it.
 */
const SQL_DIALECTS: Readonly<Record<string, SupersetEvidence>> = Object.fromEntries(
  Object.entries(SQL_DIALECT_EVIDENCE).map(([dialect, evidence]) => [dialect, { base: 'SQL', evidence, outside: 'SQL comments' }]),
);

export const SUPERSET_EVIDENCE: Readonly<Record<string, SupersetEvidence>> = {
  // OpenCL C is C99 with address spaces, kernels, vector types and work-item built-ins: lines of a
  // `.cl` file with none of them are C. Bare `global`, `local` and `constant` count (kernels are
  // written so), though a C program may name a variable `local`.
  OpenCL: {
    base: 'C',
    outside: 'comments and strings',
    evidence: {
      'a kernel or an address space (__kernel, __global, local …)': /\b(?:__)?(?:kernel|global|local|constant|private)\b/,
      'a work-item or synchronisation built-in (get_global_id, barrier)': /\bget_(?:global|local|group)_(?:id|size|offset)\b|\bget_num_groups\b|\bget_work_dim\b|\b(?:barrier|mem_fence|work_group_barrier)[ \t]*\(|\bCLK_[A-Z_]+/,
      'a vector type (float4, uint2 …)': /\b(?:char|uchar|short|ushort|int|uint|long|ulong|float|double|half)(?:2|3|4|8|16)\b/,
      'a conversion, vector load or image built-in': /\bconvert_\w+|\bas_(?:char|uchar|short|ushort|int|uint|long|ulong|float|double|half)\d*\b|\bv(?:load|store)(?:a?_half)?\d*[ \t]*\(|\b(?:read|write)_image\w*|\bimage[123]d(?:_array)?_t\b|\bsampler_t\b/,
      '#pragma OPENCL, an attribute': /#[ \t]*pragma[ \t]+OPENCL\b|__attribute__[ \t]*\(\([ \t]*(?:reqd_work_group_size|vec_type_hint|work_group_size_hint)/,
    },
  },
  // Crystal is written in Ruby's syntax and adds static types: lines of a `.cr` file that show
  // none of what Crystal adds (a type restriction, a generic, `of`, `property`, a macro, `lib`/`fun`,
  // `struct`, `&.` blocks, instance-variable parameters) are Ruby to any reader.
  Crystal: {
    base: 'Ruby',
    evidence: {
      'a type restriction (x : Int32, ) : String, @a : T)': /[\w)?@][ \t]+:[ \t]+[A-Z(]|\)[ \t]*:[ \t]*[A-Z]\w*[?|)]?[ \t]*$/m,
      'a generic type (Array(Int32), Hash(K, V))': /\b[A-Z]\w*\([A-Z]\w*[,)?|]/,
      'an empty literal of a type ([] of String)': /[\]}][ \t]+of[ \t]+[A-Z]/,
      'property, getter, setter, a macro, annotation, lib, fun, struct, alias, record':
        /^[ \t]*(?:(?:class_)?(?:property|getter|setter)[?!]?[ \t]+[a-z_@]|(?:macro|annotation|lib|fun|struct|alias|record)[ \t]+[A-Za-z_]|abstract[ \t]+(?:def|class|struct)\b|(?:private|protected)[ \t]+(?:getter|property|struct)\b)/m,
      'a macro expression or tag ({{ x }}, {% if %})': /\{\{|\{%/,
      'a short block (&.name), an implicit-object when (when .x?)': /[(\s]&\.[a-z_]|\bwhen[ \t]+\.[a-z_]/,
      'an instance variable parameter (def initialize(@name))': /\bdef\b[^\n]{0,200}[(,][ \t]*@[a-z_]/,
      'a cast or a built-in of types (.as(T), typeof, pointerof, uninitialized)': /\.as[?]?\(|\b(?:typeof|pointerof|sizeof|offsetof|instance_sizeof)\(|\buninitialized\b/,
    },
  },
  ...HTML_TEMPLATES,
  Handlebars: { ...HTML_TEMPLATES.Handlebars!, otherBase: { base: 'Mustache', evidence: HANDLEBARS_SYNTAX } },
  ...SQL_DIALECTS,
  ...COMPONENTS,
  // A Perl module's documentation is Pod: lines of a `.pm` file that show a Pod command and no
  // code outside its Pod blocks (a statement end, a variable, `my`, `sub`, `->`, a comment) are Pod
  // by content, as Linguist names a `.pod` file. Prose without a command keeps its label. One whole
  // file in the corpus moves (DBI's `Changes.pm`, in test); the rest are snippets.
  Perl: {
    base: 'Pod',
    outside: 'pod blocks',
    evidence: { 'Perl code': /[;{}][ \t]*$|\$[\w{]|@\w|\bmy\b|\bsub\b|->|^[ \t]*#/m },
    host: { 'a Pod command (=head1, =item …)': /^=[a-z]/m },
  },
  // A `.ts` file without a type, an interface or any other TypeScript syntax is JavaScript (about
  // one in nine in the corpus: re-exports, small modules, test cases).
  TypeScript: {
    base: 'JavaScript',
    evidence: {
      'a primitive type annotation (: string, : void …)':
        /[\w)\]?][ \t]*:[ \t]*(?:string|number|boolean|any|unknown|void|never|bigint|symbol|object|unique)\b(?![ \t]*[:(])/,
      'a named or generic type annotation (: Foo[], : Map<…>)': /[\w)\]?][ \t]*:[ \t]*[A-Z]\w*(?:\[\]|<[\w, |[\]]*>)/,
      'a function type annotation (: (a) => b)': /\w[ \t]*:[ \t]*\([^()\n]*\)[ \t]*=>/,
      'a return type before the body': /\)[ \t]*:[ \t]*(?:[A-Z]\w*|\{|\[)[^\n;]*(?:\{|=>)[ \t]*$/m,
      'interface, type alias, enum, declare, namespace, abstract class':
        /^[ \t]*(?:export[ \t]+)?(?:default[ \t]+)?(?:declare[ \t]+)?(?:interface[ \t]+[A-Za-z_$]|type[ \t]+\w+(?:<[^>\n]*>)?[ \t]*=|(?:const[ \t]+)?enum[ \t]+\w|declare[ \t]+\w|namespace[ \t]+\w|abstract[ \t]+class\b|module[ \t]+['"\w])/m,
      'access modifiers and readonly members': /^[ \t]*(?:public|private|protected|readonly)[ \t]+(?:readonly[ \t]+|static[ \t]+|async[ \t]+)?[\w$#]+[?!]?[ \t]*[:=;(<]/m,
      'import type, export type': /\b(?:import|export)[ \t]+type\b|\bimport[ \t]*\{[^}\n]*\btype[ \t]+\w/,
      'a cast (as Foo, as const) or satisfies': /^(?![ \t]*(?:import|export)\b)[^\n]*[\w)\]][ \t]+as[ \t]+(?:const|any|unknown|string|number|boolean|[A-Z]\w*)\b|\bsatisfies[ \t]+\w/m,
      'a non-null assertion or definite assignment (x!.y, x!: T)': /\w!\.\w|\w!:[ \t]*\w|\w!\)/,
      'an optional parameter (x?: T)': /\([ \t]*\w+\?:|,[ \t]*\w+\?:/,
      'generic parameters or arguments (function f<T>, f<Foo>())': /\b(?:function|class)[ \t]+\w+[ \t]*<|\b\w+<[A-Z]\w*(?:\[\])?>\(/,
      'implements': /\bclass[ \t]+\w+[^\n{]*\bimplements[ \t]+\w/,
      'a decorator call (@Component(…))': /^[ \t]*@[A-Z]\w*\(/m,
      'a triple-slash reference': /^\/\/\/[ \t]*<reference\b/m,
    },
  },
  TSX: {
    base: 'TypeScript',
    evidence: {
      // `<T>` generics and `a < b` comparisons open no closing tag; JSX closes every element.
      'a closing tag, a self-closing element or a fragment': /<\/[A-Za-z][\w.:-]*\s*>|\/>|<>/,
    },
  },
  // And a `.mm` file without Objective-C is C++: 25 of 944 Objective-C++ training files (Qt's
  // macOS sources that call only CoreFoundation's C API).
  'Objective-C++': {
    base: 'Objective-C',
    evidence: {
      'scope operator (std::, Foo::bar)': /::/,
      'templates, namespaces, nullptr': /\btemplate\s*<|\bnamespace\b|\bnullptr\b/,
      'a standard C++ header (#include <vector>)': /#include\s*<[a-z_]+>/,
    },
    otherBase: { base: 'C++', evidence: OBJECTIVE_C_SYNTAX },
  },
  Cuda: {
    base: 'C++',
    evidence: {
      'function and memory qualifiers': /\b__(global|device|host|shared|constant|managed)__\b/,
      'kernel launch <<<…>>>': /<<</,
      'thread indices and barriers': /\b(threadIdx|blockIdx|blockDim|gridDim|__syncthreads)\b/,
      'runtime API (cudaMalloc …)': /\bcuda[A-Z]\w*/,
    },
  },
  'C++': {
    base: 'C',
    outside: 'comments and strings',
    evidence: {
      'scope operator': /::/,
      'templates, namespaces, classes': /\b(template|typename|namespace|class|operator|virtual|using|constexpr|nullptr)\b/,
      'new, delete, this, throw, auto': /\b(new|delete|this|throw|auto)\b/,
      'access specifiers': /\b(public|private|protected)\s*:/,
      'a standard C++ header (#include <vector>)': /#include\s*<[a-z_]+>/,
    },
  },
  // Every CSS file is SCSS and, nearly, Less; highlight.js's `.scss` themes are plain CSS.
  SCSS: {
    base: 'CSS',
    evidence: {
      ...CSS_PREPROCESSOR_SYNTAX,
      'variables ($name: value)': /\$[\w-]+\s*:/,
      'Sass at-rules (@mixin, @include, @use …)': /@(?:mixin|include|extend|use|forward|function|return|each|if|else|for|while|debug|warn|error|content|at-root)\b/,
      'interpolation #{…}': /#\{/,
      'placeholder selectors (%name)': /(?:^|[\s,])%[A-Za-z_][\w-]*/m,
    },
  },
  // Stylus reads CSS as it is, and themes write it so: with braces, colons and semicolons and
  // nothing of Stylus, a `.styl` file is CSS (highlight.js's plain-CSS themes went to Stylus once
  // the corpus held more such themes).
  Stylus: {
    base: 'CSS',
    evidence: {
      ...CSS_PREPROCESSOR_SYNTAX,
      // A top-level line that opens no block (no `{`, not a selector list going on with `,`) above
      // an indented line: the indented syntax. Comments and at-rules are left out.
      'a rule without braces': /^(?![/*@])[^\s{};,][^{};\r\n]*(?<![,{;}]|\*\/|\s)\r?\n[ \t]+[^\s{}]/m,
      'variables (name = value)': /^[ \t]*\$?[\w-]+[ \t]*[?:]?=[ \t]*\S/m,
      // CSS reads the second declaration into the first one's value.
      'two declarations without a semicolon between them': /^[ \t]*[a-z-]+[ \t]*:[ \t]+[^;{}\n]*[^;{},\s][ \t]*\r?\n[ \t]*[a-z-]+[ \t]*:[ \t]+[^;{}\n]*[^;{},\s][ \t]*$/m,
      'conditionals, loops, return': /^[ \t]*(?:if|unless|else|for[ \t]+[\w$-]+(?:[ \t]*,[ \t]*[\w$-]+)?[ \t]+in|return)\b/m,
      'a mixin or function definition (name(args) on its own line)': /^[\w-]+\([^)\n]*\)[ \t]*\r?$/m,
      'Stylus at-rules (@extend, @require, @block, @css)': /@(?:extend|extends|require|block|css)\b/,
      'interpolation ({$name}, {name})': /\{\$[\w-]+\}|[\w-]\{[\w$-]+\}[\w-]/,
    },
  },
  // MDX is Markdown with ESM and JSX: without them an `.mdx` file is Markdown. Markdown answered
  // for text showing them outside code blocks is ranked again (MDX_IN_MARKDOWN, extension-syntax.ts).
  // ESM and JSX with nothing of Markdown (an MDX page's imports, a component's props) are
  // JavaScript to any reader, as Handlebars with Mustache's tags alone is Mustache.
  // Looked for outside code fences: an `.mdx` page whose only JSX is in a fenced example shows
  // that example, not MDX. A self-closing element may span lines (`<Props\n  of="x"\n/>`).
  MDX: {
    base: 'Markdown',
    evidence: {
      'ESM import or export at a line start': /^(?:import[ \t]+[\w{*][^\n]*[ \t]from[ \t]+['"]|import[ \t]+['"]|export[ \t]+(?:const|default|function|let|\{))/m,
      'a JSX element closed or self-closing, capitalised': /<\/[A-Z][\w.]*>|<[A-Z][\w.]*(?:\s[^<>]*)?\/>/,
    },
    outside: 'code fences',
    otherBase: { base: 'JavaScript', evidence: MARKDOWN_SYNTAX },
  },
  // R Markdown is Markdown with knitr chunks and inline R.
  RMarkdown: {
    base: 'Markdown',
    evidence: {
      'a code chunk (```{r …})': /^[ \t]*```+[ \t]*\{[A-Za-z]/m,
      'inline R (`r x`)': /`r[ \t]/,
      'an output field in the front matter': /^output:/m,
    },
  },
  // A grammar's actions are C (or C++, which then shows): lines of them cut from a `.y` or `.l`
  // file, with no declaration, section mark or semantic value, are C to any reader. Whole files
  // always show their grammar.
  Yacc: {
    base: 'C',
    evidence: {
      ...GRAMMAR_SECTION_MARK,
      'a declaration (%token, %type, %left …)':
        /^%(?:token|type|left|right|nonassoc|union|start|define|code|expect|parse-param|lex-param|pure-parser|debug|locations|name-prefix|skeleton|output|require|language|empty|precedence|printer|destructor|initial-action|verbose|error-verbose|glr-parser|include|name|extra_argument|syntax_error|parse_accept|parse_failure|stack_overflow|token_type|token_prefix|fallback|wildcard)\b/m,
      'a semantic value ($$, $1, @1)': /\$\$|\$-?\d|\$<\w+>|@\$|@\d/,
      "a lemon rule (::=)": /::=/,
    },
  },
  Lex: {
    base: 'C',
    evidence: {
      ...GRAMMAR_SECTION_MARK,
      'an option or start condition declaration (%option, %x, %s)': /^%(?:option|x|s|pointer|array|top|class)\b/m,
      "the scanner's interface (yytext, yylval …)": /\byy(?:text|leng|lval|lloc|in|out|wrap|terminate|less|more|push_state|pop_state|_push_state|_pop_state|lineno)\b/,
      'BEGIN a start condition': /\bBEGIN[ \t(]+[A-Za-z_]/,
      'a rule under start conditions (<STATE>…)': /^<[A-Za-z_*][\w,]*>/m,
    },
  },
  // SystemVerilog extends Verilog-2005: a `.sv` file written in Verilog's subset alone is Verilog,
  // as a `.v` file showing any of this is SystemVerilog (SYSTEMVERILOG_IN_VERILOG, extension-syntax.ts).
  // 94 of 1,279 SystemVerilog training files show none of it.
  SystemVerilog: {
    base: 'Verilog',
    evidence: {
      'always_comb, always_ff, always_latch': /\balways_(?:comb|ff|latch)\b/,
      'a logic, bit, int, byte or string declaration': /^[ \t]*(?:(?:input|output|inout|var|const|static|automatic)[ \t]+)?(?:logic|bit|int|byte|shortint|longint|string|chandle)\b[ \t]*[[A-Za-z_]/m,
      'ports, arguments and results of those types': /\b(?:input|output|inout|ref|function|automatic)[ \t]+(?:logic|bit|int|byte|shortint|longint|string|chandle|void)\b/,
      'return, which Verilog does not have': /^[ \t]*return\b/m,
      'DPI imports and exports': /^[ \t]*(?:import|export)[ \t]+"DPI(?:-C)?"/m,
      'typedef, class, interface, package, program': /^[ \t]*(?:typedef|(?:virtual[ \t]+)?class|interface|package|program)[ \t]+\w|\bend(?:class|interface|package|program)\b/m,
      'import pkg::': /^[ \t]*import[ \t]+\w+::/m,
      'unique or priority case': /^[ \t]*(?:unique0?|priority)[ \t]+(?:case|if)\b/m,
      'fork … join_any, join_none': /\bjoin_(?:any|none)\b/,
    },
  },
  Less: {
    base: 'CSS',
    evidence: {
      ...CSS_PREPROCESSOR_SYNTAX,
      // CSS's own at-rules are followed by a space or a block, never by a colon.
      'variables (@name: value)': /@(?!media\b|page\b|import\b|charset\b|font-face\b|supports\b|namespace\b)[\w-]+\s*:/,
      'mixin calls (.name();)': /^[ \t]*[.#][\w-]+[ \t]*\([^)\n]*\)[ \t]*(?:!important[ \t]*)?;/m,
      'guards (when (…))': /\bwhen[ \t]+(?:not[ \t]*)?\(/,
      'escapes and interpolation (~"…", @{name})': /~["'`]|@\{[\w-]+\}/,
    },
  },
};

/** The evidence of a language listed above (for rules that reuse it); throws for any other. */
export function supersetEvidence(language: string): Readonly<Record<string, RegExp>> {
  const superset = SUPERSET_EVIDENCE[language];
  if (superset === undefined) throw new Error(`${language} is not in SUPERSET_EVIDENCE`);
  return superset.evidence;
}
