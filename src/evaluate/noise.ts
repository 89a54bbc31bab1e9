// Textual noise: base64 blobs, hex dumps, random tokens, identifiers and gibberish, the things
// people paste that are no language. Deterministic from a seed, so the corpus can learn one
// seed's samples as Text (corpus/scripts/noise.ts; Text is answered as "no language") and
// evaluation can score another's. Before session 23 the model had never seen such text and
// named a language for 94% of it: random base64 was E-mail or Go Checksums, a hex dump PostScript.
// Written for whichlang. Pure: no file system.

export const NOISE_KINDS = ['base64', 'hex', 'alnum', 'printable', 'ids', 'gibberish'] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

export interface NoiseSample {
  readonly kind: NoiseKind;
  readonly text: string;
}

/** The seed of the samples the corpus learns; evaluation must use another. */
export const TRAINING_NOISE_SEED = 1;
export const EVALUATION_NOISE_SEED = 99;

/** mulberry32: a small, fast PRNG whose sequence is the same everywhere. */
export function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const PRINTABLE = ALPHANUMERIC + '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const CONSONANTS = 'bcdfghjklmnprstvwxz';
const VOWELS = 'aeiouy';

/** `count` samples, the kinds in turn, each 1 to 120 lines long. */
export function textualNoise(count: number, seed: number): NoiseSample[] {
  const random = generator(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const bytes = (n: number): number[] => Array.from({ length: n }, () => int(0, 255));
  const hex2 = (b: number): string => b.toString(16).padStart(2, '0');
  const from = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[int(0, alphabet.length - 1)]).join('');
  // A third are a few lines, as pasted; the rest up to a screenful or two.
  const lineCount = (): number => (random() < 0.3 ? int(1, 5) : int(5, 120));
  const eachLine = (make: (line: number) => string): string => Array.from({ length: lineCount() }, (_, l) => make(l)).join('\n') + '\n';

  const makers: Record<NoiseKind, () => string> = {
    base64: () => {
      const raw = bytes(lineCount() * 48);
      let s = '';
      for (let i = 0; i < raw.length; i += 3) {
        const [a, b, c] = [raw[i] as number, raw[i + 1] ?? 0, raw[i + 2] ?? 0];
        s += (BASE64[a >> 2] as string) + BASE64[((a & 3) << 4) | (b >> 4)] + BASE64[((b & 15) << 2) | (c >> 6)] + BASE64[c & 63];
      }
      const width = pick([0, 60, 64, 76]);
      return (width === 0 ? s : (s.match(new RegExp(`.{1,${width}}`, 'g')) as string[]).join('\n')) + '\n';
    },
    hex: () => {
      // As xxd -p, xxd, od -x, hexdump -C print it, or bytes in mixed case.
      const style = pick(['plain', 'xxd', 'od', 'canonical', 'spaced'] as const);
      return eachLine((l) => {
        const row = bytes(16);
        const hex = row.map(hex2);
        const ascii = row.map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : '.')).join('');
        const pairs = [0, 2, 4, 6, 8, 10, 12, 14];
        switch (style) {
          case 'plain':
            return bytes(30).map(hex2).join('');
          case 'xxd':
            return `${(l * 16).toString(16).padStart(8, '0')}: ${pairs.map((i) => `${hex[i]}${hex[i + 1]}`).join(' ')}  ${ascii}`;
          case 'od':
            return `${(l * 16).toString(8).padStart(7, '0')} ${pairs.map((i) => `${hex[i + 1]}${hex[i]}`).join(' ')}`;
          case 'canonical':
            return `${(l * 16).toString(16).padStart(8, '0')}  ${hex.slice(0, 8).join(' ')}  ${hex.slice(8).join(' ')}  |${ascii}|`;
          case 'spaced':
            return hex.map((h) => (random() < 0.5 ? h.toUpperCase() : h)).join(' ');
        }
      });
    },
    alnum: () => eachLine(() => words(() => from(ALPHANUMERIC, int(2, 14)))),
    printable: () => eachLine(() => words(() => from(PRINTABLE, int(1, 10)))),
    ids: () => {
      const style = pick(['uuid', 'hash', 'numbers'] as const);
      return eachLine(() => {
        if (style === 'numbers') return Array.from({ length: int(1, 12) }, () => String(int(0, 10 ** int(1, 9)))).join(pick([' ', '  ', '\t']));
        const h = bytes(style === 'uuid' ? 16 : pick([16, 20, 32])).map(hex2).join('');
        return style === 'hash' ? h : `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
      });
    },
    gibberish: () =>
      eachLine(() => Array.from({ length: int(3, 14) }, () => Array.from({ length: int(1, 4) }, () => from(CONSONANTS, 1) + from(VOWELS, 1)).join('')).join(' ')),
  };
  // Words up to a line 20 to 100 characters wide.
  function words(word: () => string): string {
    const width = int(20, 100);
    const out: string[] = [];
    for (let length = 0; length < width; ) {
      const w = word();
      out.push(w);
      length += w.length + 1;
    }
    return out.join(' ');
  }
  return Array.from({ length: count }, (_, i) => {
    const kind = NOISE_KINDS[i % NOISE_KINDS.length] as NoiseKind;
    return { kind, text: makers[kind]() };
  });
}
