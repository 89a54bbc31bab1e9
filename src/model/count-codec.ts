// Counts are stored as round(log1p(count) · COUNT_SCALE) in 16 bits: 0.025% relative precision,
// far finer than the model can use, for half the bytes of a float. Training rounds counts to this
// grid too, so a model in memory and the same model loaded from its file score identically.
const COUNT_SCALE = 2048;
export const COUNT_CODES = 65536;

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
