import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, sniffEncoding, textPrefix } from '../../src/tokenizer/decode.js';

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Uint8Array => {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), body]) : body);
};

describe('decodeText', () => {
  it.each([
    ['UTF-16 LE with BOM', utf16('print("hi")\n', 'le', true)],
    ['UTF-16 BE with BOM', utf16('print("hi")\n', 'be', true)],
    ['UTF-16 LE without BOM', utf16('print("hi")\n', 'le', false)],
    ['UTF-16 BE without BOM', utf16('print("hi")\n', 'be', false)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('print("hi")\n')])],
  ])('%s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe('print("hi")\n');
  });

  it('replaces invalid UTF-8 instead of failing', () => {
    expect(decodeText(new Uint8Array([0x61, 0xff, 0xfe, 0x62]))).toBe('a\ufffd\ufffdb');
  });

  it('decodes only the prefix it is asked for', () => {
    expect(decodeText(new Uint8Array(Buffer.from('abcdef')), 3)).toBe('abc');
  });

  it('is not fooled into UTF-16 by ordinary text', () => {
    expect(sniffEncoding(new Uint8Array(Buffer.from('plain ascii text, long enough to sample'))).encoding).toBe('utf-8');
  });
});

describe('textPrefix', () => {
  it('keeps a text that fits whole', () => {
    expect(textPrefix('print("hi")\n', 12)).toBe('print("hi")\n');
    expect(textPrefix('é'.repeat(6), 12)).toBe('é'.repeat(6));
  });

  it('cuts a string where its UTF-8 bytes would be cut, never inside a character', () => {
    const text = 'ab' + 'é'.repeat(10) + '😀'.repeat(10);
    for (let max = 1; max <= Buffer.byteLength(text); max++) {
      const prefix = textPrefix(text, max);
      expect(Buffer.byteLength(prefix)).toBeLessThanOrEqual(max);
      expect(text.startsWith(prefix)).toBe(true);
      // Whatever follows the cut does not fit, and decoding the bytes gives the same text up to it.
      const next = String.fromCodePoint(text.codePointAt(prefix.length) ?? 0);
      if (prefix.length < text.length) expect(Buffer.byteLength(prefix + next)).toBeGreaterThan(max);
      expect(decodeText(new Uint8Array(Buffer.from(text)), max).startsWith(prefix)).toBe(true);
    }
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes and control noise, not text or UTF-16', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
    expect(looksBinary(new Uint8Array(1000).fill(1))).toBe(true);
    expect(looksBinary(new Uint8Array(Buffer.from('int main() { return 0; }\n')))).toBe(false);
    expect(looksBinary(utf16('hello world, this is text', 'le', false))).toBe(false);
  });
});
