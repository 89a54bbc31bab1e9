import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../src/fs/pool.js';

describe('mapBounded', () => {
  it('never runs more than the limit at once, and yields every result', async () => {
    let running = 0;
    let peak = 0;
    const pulled: number[] = [];
    async function* source(): AsyncGenerator<number> {
      for (let i = 0; i < 50; i++) {
        pulled.push(i);
        yield i;
      }
    }
    const results: number[] = [];
    for await (const r of mapBounded(source(), 4, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
      running--;
      return n * 2;
    })) {
      results.push(r);
      // The source is pulled lazily: never more than `limit` items ahead of what was yielded.
      expect(pulled.length - results.length).toBeLessThanOrEqual(4);
    }
    expect(peak).toBe(4);
    expect(results.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
  });

  it('yields in completion order, not input order', async () => {
    const delays = [30, 1, 15];
    const out: number[] = [];
    for await (const r of mapBounded(delays, 3, (d) => new Promise<number>((res) => setTimeout(() => res(d), d)))) out.push(r);
    expect(out).toEqual([1, 15, 30]);
  });
});
