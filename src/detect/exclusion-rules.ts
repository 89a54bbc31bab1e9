// DATA, not code: which files GitHub-style language statistics leave out, and why.
//
// Three kinds, as GitHub Linguist names them:
//   vendored       code a project carries but did not write (dependencies, bundled libraries,
//                  build-system scripts copied in);
//   generated      files a tool wrote (lock files, protobuf/gRPC outputs, parser and scanner
//                  generators, minified bundles, source maps);
//   documentation  docs and examples directories, README/LICENSE/CHANGELOG and friends.
//
// The ideas come from Linguist's vendor.yml, documentation.yml and generated.rb, from the
// "Code generated … DO NOT EDIT." convention that Go set down and from the banners that
// bison, flex, gperf, autoconf, automake and SWIG write; the lists and expressions below are our
// own. On purpose we leave out a few of Linguist's entries that name files people write by hand
// (Vagrantfile, Jenkinsfile, fabfile.py, proguard rules, any directory named cache/ or env/), and
// entries under hidden directories (.github/, .yarn/, .vscode/), which a walk skips anyway unless
// --all. Prose files count as documentation only in a prose format (README.md, LICENSE, not
// install.sh), and a configure script is generated only if autoconf's banner says so.
//
// Path rules are matched against a path relative to the walked directory, with `/` separators;
// `^` anchors at that directory. They are case-sensitive unless the expression says otherwise.
// test/detect/exclusions.test.ts holds an example for every rule and checks that each is used.

/**
 * A library file as its releases name it: the name, then maybe a version and build flavours, then
 * one of the extensions ("jquery-3.7.1.min.js", "d3.v7.js", "react-dom.production.min.js").
 */
function library(names: readonly string[], extensions: readonly string[]): RegExp {
  const quote = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const version = String.raw`([-.@]v?\d+(\.\d+)*([-.][a-z]+\.?\d*)?)?`;
  const flavours = String.raw`(\.(all|browser|bundle|core|custom|debug|dev|development|esm|full|js|min|pack|prod|production|slim|umd))*`;
  return new RegExp(`(^|/)(${names.map(quote).join('|')})${version}${flavours}\\.(${extensions.join('|')})$`);
}

/** Dependencies and third-party code kept in the tree. */
export const VENDORED_PATHS: readonly RegExp[] = [
  // Dependency directories of package managers and conventions.
  /(^|\/)(3rd|[Tt]hird)[-_]?[Pp]arty\//,
  /(^|\/)[Ee]xtern(al)?s?\//,
  /(^|\/)[Vv]endors?\//,
  /(^|\/)bower_components\//,
  /(^|\/)jspm_packages\//,
  /(^|\/)Godeps\//,
  /(^|\/)Carthage\//,
  /(^|\/)Pods\//,
  /(^|\/)[^/]+\.framework\//, // Apple frameworks checked in (Sparkle, Crashlytics, …)
  /(^|\/)[Pp]ackages\/[^/]+\.\d+(\.\d+)*\//, // NuGet: packages/<Name>.<version>/
  /(^|\/)(site-packages|venv|virtualenv)\//,
  /(^|\/)env\/lib\/python/, // a committed virtualenv named env/
  /^[Dd]ependencies\//,
  /^deps\//,
  /^debian\//, // Debian packaging of an upstream tree
  // Build output committed for distribution.
  /(^|\/)dist\//,
  // Test fixtures: other people's files kept as test input.
  /(^|\/)[Tt]ests?\/fixtures\//,
  /(^|\/)[Ss]pecs?\/fixtures\//,
  /(^|\/)testdata\//,
  // Build-system scripts copied in, not written here.
  /(^|\/)(config\.guess|config\.sub|depcomp|install-sh|ltmain\.sh)$/,
  /(^|\/)(libtool|ltoptions|ltsugar|ltversion|lt~obsolete)\.m4$/,
  /(^|\/)gradlew(\.bat)?$/,
  /(^|\/)gradle\/wrapper\//,
  /(^|\/)mvnw(\.cmd)?$/,
  /(^|\/)activator(\.bat)?$/,
  /(^|\/)dotnet-install\.(ps1|sh)$/,
  /(^|\/)erlang\.mk$/,
  /^rebar3?$/,
  /(^|\/)waf$/,
  /(^|\/)cpplint\.py$/,
  // Sphinx build output and themes.
  /(^|\/)docs?\/_?(build|static|templates?|themes?)\//,
  // TypeScript declarations: written by tsc or copied from DefinitelyTyped.
  /\.d\.[cm]?ts$/,
  // Browser libraries bundled into a project, as their releases name them: the library's name,
  // maybe a version and build flavours (jquery-3.7.1.min.js, d3.v7.js, react-dom.production.min.js).
  library(['jquery', 'jquery-ui', 'jquery.ui', 'jquery.validate', 'jquery.dataTables', 'jquery.fancybox', 'jquery.fileupload'], ['js', 'css']),
  /(^|\/)jquery\.[\w-]+\.js$/, // jQuery plugins: jquery.<plugin>.js
  library(
    ['angular', 'backbone', 'underscore', 'lodash', 'moment', 'knockout', 'handlebars', 'mustache', 'require', 'react', 'react-dom', 'vue', 'd3', 'three', 'Chart', 'dojo', 'mootools', 'prototype', 'yui', 'ckeditor', 'tinymce', 'tiny_mce', 'modernizr', 'html5shiv', 'cordova', 'popper', 'leaflet', 'highcharts', 'pdf.worker'],
    ['js'],
  ),
  library(['bootstrap', 'foundation', 'materialize', 'select2'], ['css', 'less', 'scss', 'sass', 'styl', 'js']),
  library(['animate', 'bulma', 'font-awesome', 'fontawesome', 'fontello', 'normalize', 'skeleton'], ['css', 'less', 'scss', 'sass', 'styl']),
  /(^|\/)(ace-builds|MathJax|tiny_mce|[Cc]ode[Mm]irror|select2|extjs|font-?awesome|[Bb]ourbon|bootstrap-datepicker)\//,
];

/** Documentation: directories of docs and examples, and the usual top-level prose files. */
export const DOCUMENTATION_PATHS: readonly RegExp[] = [
  /^[Dd]ocs?\//,
  /(^|\/)[Dd]ocumentation\//,
  /(^|\/)([Jj]ava|[Gg]roovy|[Ss]cala)doc\//,
  /(^|\/)inst\/doc\//, // R packages
  /^[Mm]an\//,
  /^[Dd]emos?\//,
  /^[Ee]xamples?\//,
  /^[Ss]amples?\//,
  // Prose files of a project, in a prose format or with no extension: README.md, LICENSE, CHANGES.rst
  // (not install.sh or license.py, which are code).
  /(^|\/)([Rr][Ee][Aa][Dd][Mm][Ee]|[Ll]icen[cs]e|LICEN[CS]E|COPYING(\.LESSER)?|AUTHORS|CHANGE(S|LOG)?|[Cc]hange[Ll]og|CITATION|CODE_OF_CONDUCT|CONTRIBUTING|HISTORY|INSTALL|NEWS|SECURITY)(\.(adoc|asciidoc|bib|cff|html?|markdown|md|mdown|org|pod|rdoc|rst|textile|txt))?$/,
];

/** Files a tool writes, known by name alone. */
export const GENERATED_PATHS: readonly RegExp[] = [
  // Lock files written by package managers.
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|deno\.lock)$/,
  /(^|\/)(Cargo\.lock|composer\.lock|Gemfile\.lock|Podfile\.lock|Package\.resolved|pubspec\.lock|mix\.lock)$/,
  /(^|\/)(poetry\.lock|Pipfile\.lock|pdm\.lock|uv\.lock|pixi\.lock|go\.sum|Gopkg\.lock|glide\.lock|flake\.lock)$/,
  /(^|\/)(packages\.lock\.json|gradle\.lockfile|MODULE\.bazel\.lock|\.terraform\.lock\.hcl|(\w+\.)?esy\.lock)$/,
  /(^|\/)(Julia)?Manifest(-v\d+\.\d+)?\.toml$/,
  // Protocol buffers and gRPC outputs.
  /\.pb(\.gw|\.validate)?\.go$/,
  /_pb2(_grpc)?\.pyi?$/,
  /\.(grpc\.)?pb\.(cc|h)$/,
  /(_grpc)?_pb\.(js|d\.ts)$/,
  /\.(grpc\.)?pb\.swift$/,
  /\.pb(enum|grpc|json|server)?\.dart$/,
  // Code generators with a naming convention.
  /(^|\/)__generated__\//, // Relay, GraphQL codegen
  /\.designer\.(cs|vb)$/i, // Visual Studio designers
  /\.feature\.cs$/i, // SpecFlow
  /\.g\.(i\.)?cs$/, // WPF / XAML
  /\.(g|freezed|gr)\.dart$/, // Dart build_runner
  /.\.zep\.(c|h|php)$/, // Zephir
  /_tlb\.pas$/i, // Delphi type-library imports
  /(^|\/)\.pnp\.(c?js|loader\.mjs)$/, // Yarn Plug'n'Play
  /(^|\/)\.idea\//, // JetBrains project state
  /\.(nib|xcworkspacedata|xcuserstate)$/, // Xcode
  // Minified bundles and source maps.
  /[.-]min\.(c?js|mjs|css)$/,
  /\.(c?js|mjs|css)\.map$/i,
];

/** A banner that tells a generated file by its first lines. */
export interface GeneratedMarker {
  /** What writes such files (for people reading this table). */
  readonly tool: string;
  /** Extensions (lower case, with the dot) it applies to; absent: any file. */
  readonly extensions?: readonly string[];
  /** How many leading lines to search. */
  readonly lines: number;
  readonly pattern: RegExp;
}

const C_FAMILY = ['.c', '.cc', '.cpp', '.cxx', '.h', '.hh', '.hpp', '.hxx'];

export const GENERATED_MARKERS: readonly GeneratedMarker[] = [
  // The cross-language convention: a comment line "Code generated <by whom>. DO NOT EDIT.", after
  // at most a licence header (Go files: anywhere in the first 40 lines, as Linguist looks).
  {
    tool: 'any generator following the Go convention',
    lines: 20,
    pattern: /^[ \t]*(\/\/|#|--|;+|%|\/\*+|<!--|\*)[ \t]?Code generated .*\bDO NOT EDIT\b\.?[ \t]*(\*\/|-->)?[ \t]*$/m,
  },
  { tool: 'Go generators', extensions: ['.go'], lines: 40, pattern: /^\/\/ Code generated /m },
  { tool: 'protoc', lines: 5, pattern: /Generated by the protocol buffer compiler\. +DO NOT EDIT!/ },
  { tool: 'protoc (JavaScript)', extensions: ['.js'], lines: 8, pattern: /GENERATED CODE -- DO NOT EDIT!/ },
  { tool: 'gRPC plugins', lines: 2, pattern: /^\/\/ Generated by the gRPC/m },
  { tool: 'go-to-protobuf', extensions: ['.proto'], lines: 20, pattern: /autogenerated by go-to-protobuf/ },
  { tool: 'Apache Thrift', lines: 6, pattern: /Autogenerated by Thrift Compiler/ },
  { tool: 'GNU Bison', lines: 10, pattern: /A Bison parser, made by GNU Bison|Bison (implementation|interface) for Yacc-like parsers/ },
  { tool: 'flex', lines: 5, pattern: /A lexical scanner generated by flex/ },
  { tool: 'gperf', lines: 3, pattern: /code produced by gperf version/ },
  { tool: 'GNU Autoconf', lines: 10, pattern: /Generated by GNU Autoconf/ },
  { tool: 'GNU Automake', lines: 3, pattern: /\.in generated by automake|generated automatically by aclocal/ },
  { tool: 'SWIG', lines: 12, pattern: /This file was automatically generated by SWIG/ },
  { tool: 'Cython', extensions: C_FAMILY, lines: 2, pattern: /Generated by Cython/ },
  { tool: 'javah (JNI headers)', extensions: ['.h'], lines: 2, pattern: /DO NOT EDIT THIS FILE - it is machine generated \*\/\s*\n#include <jni\.h>/ },
  { tool: 'GIMP image export', extensions: ['.c', '.h'], lines: 1, pattern: /^\/\*\s+GIMP .*(C-Source image dump|header image file format)/ },
  { tool: 'Perl Devel::PPPort', extensions: ['.h'], lines: 12, pattern: /Automatically created by Devel::PPPort/ },
  { tool: 'CoffeeScript', extensions: ['.js'], lines: 1, pattern: /^\/\/ Generated by CoffeeScript/ },
  { tool: 'PEG.js / Peggy', extensions: ['.js', '.cjs', '.mjs'], lines: 5, pattern: /Generated by (PEG\.js|Peggy)/ },
  { tool: 'Jison', extensions: ['.js'], lines: 1, pattern: /^\/\* (parser )?generated by jison/ },
  { tool: 'Haxe', lines: 3, pattern: /Generated by Haxe/ },
  { tool: 'JFlex', extensions: ['.java'], lines: 1, pattern: /^\/\* The following code was generated by JFlex/ },
  { tool: 'Grammar-Kit', extensions: ['.java'], lines: 1, pattern: /^\/\/ This is a generated file\. Not intended for manual editing\./ },
  { tool: 'jOOQ', extensions: ['.java'], lines: 2, pattern: /This file is generated by jOOQ\./ },
  { tool: 'ANTLR', lines: 3, pattern: /^\/\/ Generated from .* by ANTLR/m },
  { tool: 'Racc', extensions: ['.rb'], lines: 3, pattern: /^# This file is automatically generated by Racc/m },
  { tool: 'Tapioca (Sorbet RBI)', extensions: ['.rbi'], lines: 5, pattern: /DO NOT EDIT MANUALLY[\s\S]*tapioca/ },
  { tool: 'roxygen2', extensions: ['.rd'], lines: 1, pattern: /% Generated by roxygen2: do not edit by hand/ },
  { tool: 'Dart generators', extensions: ['.dart'], lines: 1, pattern: /generated code\W{2,3}do not modify/i },
  { tool: 'Visual Studio 6', extensions: ['.dsp'], lines: 3, pattern: /# Microsoft Developer Studio Generated Build File/ },
  { tool: '.NET XML documentation', extensions: ['.xml'], lines: 3, pattern: /^\s*<doc>\s*\n\s*<assembly>/m },
  { tool: 'Unity', extensions: ['.meta'], lines: 1, pattern: /^fileFormatVersion: / },
  { tool: 'GFortran / KiCad modules', extensions: ['.mod'], lines: 1, pattern: /GFORTRAN module version '|PCBNEW-LibModule-V/ },
  { tool: 'GameMaker Studio', extensions: ['.yy', '.yyp'], lines: 3, pattern: /"modelName":\s*"GM/ },
  { tool: 'source maps', extensions: ['.map'], lines: 1, pattern: /^\{\s*"version"\s*:\s*\d+\s*,|^\/\*\* Begin line maps\. \*\*\// },
  { tool: 'documentation generators (HTML)', extensions: ['.html', '.htm', '.xhtml'], lines: 30, pattern: /<!--\s*Generated by (pkgdown|Doxygen)|<meta\s+name="generator"\s+content="(org mode|j?latex2html|groff|makeinfo|texi2html|ronn|pandoc|Docutils|Sphinx)/i },
];

/** Extensions that minifiers write: a file with these whose lines average over this length is minified. */
export const MINIFIABLE_EXTENSIONS: readonly string[] = ['.js', '.cjs', '.mjs', '.css'];
export const MINIFIED_AVERAGE_LINE_LENGTH = 110;

/** A bundle ends with a reference to its source map (in its last lines). */
export const SOURCE_MAP_REFERENCE = /^\/[*/][#@] source(Mapping)?URL=|sourceURL=/m;

/** VCR cassettes (recorded HTTP fixtures) end with this line. */
export const VCR_CASSETTE_END = /recorded_with: VCR/;
