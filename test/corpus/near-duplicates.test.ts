import { describe, expect, it } from 'vitest';
import { nearDuplicateKey } from '../../corpus/scripts/near-duplicates.js';

describe('nearDuplicateKey', () => {
  it.each([
    // Differ only in literal values or spacing: one template.
    ['let magic = "Caml1999M015"\n', 'let magic = "Caml1999M032"\n'],
    ['x = 10\ny = 2.5\n', 'x = 7\n\n   y = 31.25'],
    ["msg('Bonjour')", "msg('Hello, world')"],
    ['s = "a \\" b"', 's = "other"'],
  ])('%j ~ %j', (a, b) => {
    expect(nearDuplicateKey(a)).toBe(nearDuplicateKey(b));
  });

  it.each([
    // Different code (names, operators, structure) is not a near duplicate.
    ['let x = 1', 'let y = 1'],
    ['a + b', 'a - b'],
    ['f("a")', 'f("a", "b")'],
    // A quote after a letter opens nothing: prose keeps its words.
    ["don't stop, it's fine", "don't go, it's fine"],
    // A string is one line at most.
    ['x = "a\ny = 1"', 'x = "b\ny = 1"'],
  ])('%j ≁ %j', (a, b) => {
    expect(nearDuplicateKey(a)).not.toBe(nearDuplicateKey(b));
  });

  it('is linear on adversarial input', () => {
    const text = `"${'\\"'.repeat(50_000)}\n${"'".repeat(100_000)}`;
    const started = performance.now();
    nearDuplicateKey(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
