import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asTrie } from '../../src/tokenizer/alternation-trie.js';

describe('asTrie', () => {
  /** Where in `text` a match of `source` starts. */
  const starts = (source: string, text: string, flags: string): number[] => {
    const sticky = new RegExp(source, `${flags}y`);
    const out: number[] = [];
    for (let i = 0; i <= text.length; i++) {
      sticky.lastIndex = i;
      if (sticky.test(text)) out.push(i);
    }
    return out;
  };

  it('groups alternatives by their leading plain characters', () => {
    expect(asTrie(['warrant', 'warranty', 'was', 'licen[cs]', 'lia'])).toBe('wa(?:rrant|s)|li(?:cen[cs]|a)');
    // Regex syntax ends the shared prefix; a quantified letter is not plain.
    expect(asTrie(['ab?c', 'ad', 'gnu\\.org', 'gnu x'])).toBe('a(?:d|b?c)|gnu(?: x|\\.org)');
  });

  it('matches at the same positions as the plain alternation', () => {
    const piece = fc.constantFrom('a', 'b', ' ', '(?:a|b)', '[ab]', 'b?', '\\.', '.');
    const alternative = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    const text = fc.stringMatching(/^[abAB .]{0,30}$/);
    fc.assert(
      fc.property(fc.array(alternative, { minLength: 1, maxLength: 8 }), text, fc.constantFrom('', 'i'), (alternatives, haystack, flags) => {
        expect(starts(asTrie(alternatives), haystack, flags)).toEqual(starts(alternatives.join('|'), haystack, flags));
      }),
      { numRuns: 500 },
    );
  });
});
