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

  it('asks a limit function again as tasks end: lowered, none starts past it; raised, the waiting fill up', async () => {
    let bound = 4;
    const limit = limiter(() => bound);
    let running = 0;
    const peaks: number[] = [];
    const gates: Array<() => void> = [];
    const task = async (): Promise<void> => {
      running++;
      peaks.push(running);
      await new Promise<void>((resolve) => gates.push(resolve));
      running--;
    };
    const all = Array.from({ length: 12 }, () => limit(task));
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).toBe(4);
    // Lowered to one: the four running finish, and only then does a single one start.
    bound = 1;
    for (const open of gates.splice(0, 4)) open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).toBe(1);
    // Raised again: as the one running ends, the waiting ones fill all four places.
    bound = 4;
    (gates.shift() as () => void)();
    await new Promise((resolve) => setImmediate(resolve));
    expect(running).toBe(4);
    while (gates.length > 0 || running > 0) {
      for (const open of gates.splice(0)) open();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(all);
    expect(Math.max(...peaks)).toBe(4);
  });
});
