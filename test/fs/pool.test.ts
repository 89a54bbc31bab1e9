import { describe, expect, it } from 'vitest';
import { limiter, mapBounded } from '../../src/fs/pool.js';

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

describe('limiter', () => {
  it('runs at most `limit` tasks at once, starts the waiting ones in order, and survives failures', async () => {
    const limit = limiter(3);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (n: number) => async (): Promise<number> => {
      started.push(n);
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5));
      running--;
      if (n % 4 === 0) throw new Error(`task ${n}`);
      return n;
    };
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => limit(task(n))));
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(5);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : -1))).toEqual(Array.from({ length: 20 }, (_, n) => (n % 4 === 0 ? -1 : n)));
    // Every place was given back: a new batch still gets all three at once.
    running = 0;
    peak = 0;
    await Promise.all([1, 2, 3].map((n) => limit(task(n))));
    expect(peak).toBe(3);
  });
});
