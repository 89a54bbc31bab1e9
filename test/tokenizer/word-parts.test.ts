import { describe, expect, it } from 'vitest';
import { forEachWordPart } from '../../src/tokenizer/word-parts.js';

function parts(word: string): string[] {
  const out: string[] = [];
  forEachWordPart(word, (p) => out.push(p));
  return out;
}

describe('forEachWordPart', () => {
  it('splits camelCase, PascalCase, snake_case and capital runs, lowercased', () => {
    expect(parts('getUserName')).toEqual(['get', 'user', 'name']);
    expect(parts('gst_element_get_type')).toEqual(['gst', 'element', 'get', 'type']);
    expect(parts('HTTPServer')).toEqual(['http', 'server']);
    expect(parts('IOError')).toEqual(['io', 'error']);
    expect(parts('size_t')).toEqual(['size', 't']);
    expect(parts('MAX_BUFFER_LEN')).toEqual(['max', 'buffer', 'len']);
  });

  it('gives nothing for a one-part name, and drops digits and separators at the ends', () => {
    expect(parts('self')).toEqual([]);
    expect(parts('ABC')).toEqual([]);
    expect(parts('__init__')).toEqual([]);
    expect(parts('_private_thing')).toEqual(['private', 'thing']);
    expect(parts('parseHTML5Doc')).toEqual(['parse', 'html', 'doc']);
    expect(parts('utf8')).toEqual(['utf']);
    // Letters beyond ASCII separate parts: their fragments tell other languages' prose.
    expect(parts('größe_wert')).toEqual(['gr', 'e', 'wert']);
  });
});
