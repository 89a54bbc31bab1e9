import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary, sniffEncoding } from '../../src/tokenizer/decode.js';

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

describe('looksBinary', () => {
  it('flags NUL bytes and control noise, not text or UTF-16', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
    expect(looksBinary(new Uint8Array(1000).fill(1))).toBe(true);
    expect(looksBinary(new Uint8Array(Buffer.from('int main() { return 0; }\n')))).toBe(false);
    expect(looksBinary(utf16('hello world, this is text', 'le', false))).toBe(false);
  });
});
