import { describe, expect, it } from 'vitest';
import { REQUIRED_SYNTAX, requiredSyntaxLacked } from '../../src/languages/required-syntax.js';
import { resolveLanguageName } from '../../src/languages/index.js';

describe('required syntax', () => {
  it.each([
    ['diff --git a/x.c b/x.c\nindex 1..2 100644\n'],
    ['--- a/x\n+++ b/x\n'],
    ['int x;\n-int y;\n'],
    ['Index: src/x.c\n===\n'],
    ['*** x.c.orig\n'],
    ['From: Jane <j@example.org>\nSubject: fix\n\nprose\n'],
    ['Description: fix the build\nForwarded: not-needed\n'],
    [' context line\n another\n'],
  ])('Diff is shown by %j', (text) => {
    expect(requiredSyntaxLacked('Diff', text)).toBeUndefined();
  });

  it.each([
    ['/dts-v1/;\n/ {\n\tcompatible = "acme,board";\n};\n'],
    ['\tint x = 1;\n\treturn x;\n'],
    ['This patch fixes the build\nwith newer compilers.\n'],
    ['x = 1\n y = 2\n'],
  ])('Diff is lacked by %j', (text) => {
    expect(requiredSyntaxLacked('Diff', text)).toMatch(/^a diff's lines/);
  });

  it('asks nothing of languages without a rule', () => {
    expect(requiredSyntaxLacked('C', 'anything')).toBeUndefined();
  });

  it('names Linguist languages', () => {
    for (const language of Object.keys(REQUIRED_SYNTAX)) expect(resolveLanguageName(language)).toBe(language);
  });
});
