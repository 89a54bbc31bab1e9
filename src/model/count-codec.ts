// Counts are stored as round(log1p(count) · COUNT_SCALE) in one byte: steps of 4%, finer than the
// model can use (16-bit codes measured no better), up to expm1(255 / 24) ≈ 41,000; the shipped
// model's largest count is about 16,600, and a larger one is clamped. Training rounds counts to
// this grid too, so a model in memory and the same model loaded from its file score identically.
const COUNT_SCALE = 24;
export const COUNT_CODES = 256;

/** Format version 1 stored 16-bit codes on a finer grid; its files are read by re-rounding. */
const VERSION_1_SCALE = 2048;

let decodeTable: Float32Array | undefined;

/** Every code's count, computed once: decoding a model is then one table read per entry. */
function table(): Float32Array {
  if (!decodeTable) {
    decodeTable = new Float32Array(COUNT_CODES);
    for (let code = 0; code < COUNT_CODES; code++) decodeTable[code] = Math.expm1(code / COUNT_SCALE);
  }
  return decodeTable;
}

export function encodeCount(count: number): number {
  return Math.min(COUNT_CODES - 1, Math.round(Math.log1p(count) * COUNT_SCALE));
}

export function decodeCount(code: number): number {
  return table()[code] as number;
}

/** Format-version-1 codes (16 bits) as codes of this grid: one rounding per possible code, then a lookup per entry. */
export function recodeVersion1(codes: Uint16Array): Uint8Array {
  const byCode = new Uint8Array(1 << 16);
  for (let code = 0; code < byCode.length; code++) byCode[code] = encodeCount(Math.expm1(code / VERSION_1_SCALE));
  // A loop, not Uint8Array.from(codes, f): that iterates millions of boxed values (+130 MB peak RSS per thread).
  const recoded = new Uint8Array(codes.length);
  for (let e = 0; e < codes.length; e++) recoded[e] = byCode[codes[e] as number] as number;
  return recoded;
}
