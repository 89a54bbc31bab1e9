import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/tokenizer/index.js';
import { featureHashes, describeFeatures } from '../../src/tokenizer/features.js';
import { shebangInterpreter } from '../../src/tokenizer/shebang.js';

const show = (text: string): string =>
  tokenize(text)
    .map((t) => (t ? `${t.kind}:${t.text}` : '⏎'))
    .join(' ');

describe('scan', () => {
  it.each([
    ['operator runs stay whole', 'a := b => c -> d :: e |> f', 'w:a p::= w:b p:=> w:c p:-> w:d p::: w:e p:|> w:f'],
    ['line comment reduced to its marker', 'x = 1 // the rest is dropped', 'w:x p:= n:9 c://'],
    ['doc comment markers keep their kind', '/// doc\n//! inner', 'c:/// ⏎ c://!'],
    ['block comments span lines', '/* a\n b */ y', 'c:/* w:y'],
    ['hash comment vs directive', '#include <x.h>\n# note', 'd:#include p:< w:x p:. w:h p:> ⏎ c:#'],
    ['SQL/Haskell/Lua line comment', 'select -- why', 'w:select c:--'],
    ['Lisp comment only at line start', ';; top\n(a ; b)', 'c:;; ⏎ p:( w:a p:; w:b p:)'],
    ['ML, Haskell and HTML block comments', '(* ml *) {- hs -} <!-- html --> z', 'c:(* c:{- c:<!-- w:z'],
    ['strings reduced to delimiters', `"abc" 'x' "" \`t\``, 's:"…" s:\'…\' s:"" s:`…`'],
    ['triple-quoted strings', '"""doc\nstring""" y', 's:"""""" w:y'],
    ['unclosed quote is punctuation, rest of line still read', "(setq x 'foo)", "p:( w:setq w:x p:' w:foo p:)"],
    ['numbers normalised with radix and suffix', '0xFF 3.14 1e-5 10L 1u8 1_000', 'n:0x9 n:9.9 n:9e9 n:9L n:9u8 n:9'],
    ['indentation and line breaks', 'a\n    b\n\tc', 'w:a ⏎ i:4 w:b ⏎ i:tab w:c'],
    ['PHP open tag', '<?php echo $x; ?>', 'p:<? w:php w:echo p:$ w:x p:; p:?>'],
    ['CRLF noted once', 'a\r\nb\r\n', 'w:a ⏎ w:b ⏎ e:crlf'],
    ['a code fence is read as code, info string included', 'Text.\n```{r setup}\nx <- 1\n```', 'w:Text p:. ⏎ p:``` p:{ w:r w:setup p:} ⏎ w:x p:<- n:9 ⏎ p:```'],
    ['triple backticks inside a line stay a string', 'x = ```a```', 'w:x p:= s:``````'],
    ['interpolation in a string: JavaScript, Ruby, Swift', '`a ${b}` "#{c}" "\\(d)"', 's:`…` s:${ s:{w s:"…" s:#{ s:{w s:"…" s:\\('],
    ['template tags in a YAML value', 'name: "{{ item.name }}"', 'w:name p:: s:"…" s:{{'],
    ['format directives', 'printf("%s %5d", x); f"{0} {:>8} {}"', 'w:printf p:( s:"…" s:%a p:, w:x p:); w:f s:"…" s:{} s:{0 s:{:'],
    ['shell variables, but not $1 or a lone %', '"$HOME $1 100%"', 's:"…" s:$w'],
    ['a marker counts once per string', '"${a}${b}"', 's:"…" s:${ s:{w'],
    ['doc tags in a comment, once each; not an e-mail address', '/**\n * Adds {@link Foo}.\n * @param a the `a`\n * @param b, by a@b.org\n */ f', 'c:/** c:@link c:@param c:` w:f'],
    ['Doxygen commands and XML doc elements', '//! \\brief Sum.\n/// <summary>x</summary>\n/// <param name="x">', 'c://! c:\\brief ⏎ c:/// c:<summary ⏎ c:/// c:<param'],
    ['a comparison in prose is no element', '// if a <b or c < d', 'c://'],
    ['a leading mark: Haddock, cells, rules', '-- | doc\n# %% cell\n// ----', 'c:-- c:^| ⏎ c:# c:^% ⏎ c:// c:^-'],
    ['a snippet that begins inside a block comment', ' * Sums.\n * @param a\n */\nint f(int a);', 'c:/* c:@param ⏎ w:int w:f p:( w:int w:a p:);'],
    ['a snippet that begins inside a docstring', '    Returns x.\n    """\n    return x', 's:"""""" ⏎ i:4 w:return w:x'],
    ['a module docstring opens as usual', '"""\nDoc.\n"""\nimport os', 's:"""""" ⏎ w:import w:os'],
    ['a glob in a string closes no comment', 'files: ["src/**/*.js"] */\nx', 'w:files p:: p:[ s:"…" p:] p:*/ ⏎ w:x'],
    ['a tool directive as the first word', '//go:build linux\n# type: ignore\n// eslint-disable-next-line\n# plain words: no', 'c:// c:go: ⏎ c:# c:type: ⏎ c:// c:eslint- ⏎ c:#'],
  ])('%s', (_name, input, expected) => {
    expect(show(input)).toBe(expected);
  });

  it('reads a shebang as the interpreter', () => {
    expect(show('#!/usr/bin/env python3\nx')).toBe('!:python3 w:x');
  });
});

describe('shebangInterpreter', () => {
  it.each([
    ['#!/bin/sh', 'sh'],
    ['#!/usr/bin/env -S python3.11 -u', 'python3'],
    ['#!/usr/bin/env VAR=1 node', 'node'],
    ['#! /usr/local/bin/perl -w', 'perl'],
    ['#!/usr/bin/perl6', 'perl6'],
    ['#!/usr/bin/python3.11.2', 'python3'],
    ['#!/opt/tool-1.2/bin/ruby2.7', 'ruby2'],
    ['no shebang', undefined],
  ])('%s → %s', (line, expected) => {
    expect(shebangInterpreter(line)).toBe(expected);
  });
});

describe('features', () => {
  it('adds line-position variants and same-line pairs', () => {
    const names = [...describeFeatures('def f():\n    pass').values()];
    expect(names).toEqual(expect.arrayContaining(['w:def', '^w:def', 'w:def w:f', 'p:():$', '^w:pass', 'w:pass$', 'i:4']));
    // No pair across the line break.
    expect(names).not.toContain('p:(): w:pass');
  });

  it('with line joins, pairs the last token of a line with the first of the next', () => {
    const options = { bigrams: true, positions: true, lineJoins: true };
    const allman = [...describeFeatures('void f()\n{\n\n  return;\n}\n', options).values()];
    expect(allman).toEqual(expect.arrayContaining(['p:()$ ^p:{', 'p:{$ ^w:return', 'p:;$ ^p:}']));
    const python = [...describeFeatures('def f():\n    pass', options).values()];
    expect(python).toContain('p:():$ ^w:pass');
    // With shapes, the shapes' pair too where a word is abstracted (as for same-line pairs).
    const shaped = [...describeFeatures('void f()\n{\n  return x;\n}\n', { ...options, shapes: true, wordStyles: true }).values()];
    expect(shaped).toEqual(expect.arrayContaining(['p:{$ ^w:return', '~p:{$ ^W:w']));
    expect(shaped).not.toContain('~p:()$ ^p:{');
    // Off unless asked for.
    expect([...describeFeatures('void f()\n{\n', { bigrams: true, positions: true }).values()]).not.toContain('p:()$ ^p:{');
  });

  it('is deterministic and sensitive to order', () => {
    expect(featureHashes('a = b')).toEqual(featureHashes('a = b'));
    expect(featureHashes('a = b')).not.toEqual(featureHashes('b = a'));
  });

  it('shapes abstract words and literals, and give each line a skeleton', () => {
    const options = { bigrams: true, positions: true, shapes: true };
    const sass = [...describeFeatures('.column\n  display: block\n', options).values()];
    const scss = [...describeFeatures('.column {\n  display: block;\n}\n', options).values()];
    expect(sass).toEqual(expect.arrayContaining(['~W p::', '~p:: W', '~W$', '[W p:: W]', '[p:. W]']));
    expect(scss).toEqual(expect.arrayContaining(['[W p:: W p:;]', '[p:. W p:{]']));
    // A project's own names change the words, not the shapes.
    const other = [...describeFeatures('.grid\n  margin: auto\n', options).values()];
    expect(other).toEqual(expect.arrayContaining(['~W p::', '[W p:: W]', '[p:. W]']));
    expect(other).not.toContain('w:display');
    // Long lines share one skeleton per prefix, marked as cut.
    expect([...describeFeatures('f(a, b, c, d)', options).values()]).toContain('[W p:( W p:, W p:, …]');
    // Off unless asked for: the shipped model records which features it was trained with.
    expect([...describeFeatures('.column\n', { bigrams: true, positions: true }).values()].some((n) => n.startsWith('['))).toBe(false);
  });

  it('with word styles, a shape keeps the naming style of its word', () => {
    const options = { bigrams: true, positions: true, shapes: true, wordStyles: true };
    const names = [...describeFeatures('my_var = someThing + Other(MAX_N, Ada_Case, x)\n', options).values()];
    expect(names).toEqual(
      expect.arrayContaining(['~W:w_w p:=', '~p:= W:wW', '~p:+ W:Ww', '~p:( W:W', '~p:, W:Ww_Ww', '~p:, W:w', '[W:w_w p:= W:wW p:+ W:Ww p:( …]']),
    );
    // Names in the same style share their shapes; without the option every word is one W.
    const same = [...describeFeatures('your_name = otherThing\n', options).values()];
    expect(same).toContain('[W:w_w p:= W:wW]');
    expect([...describeFeatures('my_var = x\n', { bigrams: true, positions: true, shapes: true }).values()]).toContain('[W p:= W]');
  });

  it('with comment words, reads the prose of comments in short texts only, each word on its own', () => {
    const options = { bigrams: true, positions: true, shapes: true, commentWords: true };
    const snippet = '// Returns nil when the goroutine exits.\nx := 1\n';
    const names = [...describeFeatures(snippet, options).values()];
    expect(names).toEqual(expect.arrayContaining(['m:Returns', 'm:nil', 'm:goroutine', 'c://']));
    // Prose takes no part in pairs or line positions.
    expect(names.filter((n) => n.includes('m:')).every((n) => /^m:\w+$/.test(n))).toBe(true);
    // Without the option, the comment is its marker only.
    expect([...describeFeatures(snippet, { bigrams: true, positions: true }).values()].some((n) => n.startsWith('m:'))).toBe(false);
    // A whole file is read for its code: past a dozen lines its comments' prose is not read.
    const file = snippet + 'y := 2\n'.repeat(20);
    expect([...describeFeatures(file, options).values()].some((n) => n.startsWith('m:'))).toBe(false);
  });

  it('with word parts, reads the parts of compound names in short texts only', () => {
    const options = { bigrams: true, positions: true, wordParts: true };
    const snippet = 'NSString *userName = [self displayName];\nsize_t n = HTTPServer_count;\n';
    const names = [...describeFeatures(snippet, options).values()];
    expect(names).toEqual(expect.arrayContaining(['part:ns', 'part:string', 'part:user', 'part:name', 'part:display', 'part:size', 'part:t', 'part:http', 'part:server', 'part:count']));
    // The name itself stays a feature; a one-part name has no parts.
    expect(names).toContain('w:userName');
    expect(names).not.toContain('part:self');
    // Parts take no part in pairs: `w:userName` is paired, `part:user` never.
    expect(names.filter((n) => n.includes('part:')).every((n) => /^part:[a-z]+$/.test(n))).toBe(true);
    // Off unless asked for, and past a dozen lines a file is read for its code alone.
    expect([...describeFeatures(snippet, { bigrams: true, positions: true }).values()].some((n) => n.startsWith('part:'))).toBe(false);
    const file = snippet + 'int otherCount = 2;\n'.repeat(20);
    expect([...describeFeatures(file, options).values()].some((n) => n.startsWith('part:'))).toBe(false);
  });

  it('emits fewer features without bigrams and positions', () => {
    const all = featureHashes('x = y + z');
    const plain = featureHashes('x = y + z', { bigrams: false, positions: false });
    expect(plain.length).toBe(5);
    expect(all.length).toBeGreaterThan(plain.length);
  });
});
