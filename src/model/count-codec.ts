// Counts are stored as round(log1p(count) · COUNT_SCALE) in 16 bits: 0.025% relative precision,
// far finer than the model can use, for half the bytes of a float. Training rounds counts to this
// grid too, so a model in memory and the same model loaded from its file score identically.
const COUNT_SCALE = 2048;

export function encodeCount(count: number): number {
  return Math.min(65535, Math.round(Math.log1p(count) * COUNT_SCALE));
}

export function decodeCount(code: number): number {
  return Math.fround(Math.expm1(code / COUNT_SCALE));
}

export function encodeCounts(counts: Float32Array): Uint16Array {
  return Uint16Array.from(counts, encodeCount);
}

export function decodeCounts(codes: Uint16Array): Float32Array {
  return Float32Array.from(codes, decodeCount);
}
