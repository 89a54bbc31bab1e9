// Bounded concurrency: at most `limit` items started and not yet yielded, results yielded as each
// completes. The source is pulled lazily, so a walk of 200,000 files never queues more than
// `limit` of them. Completed results wait in a queue (no Promise.race over everything in flight,
// which costs a reaction per pending item per result), and the source is pulled by its own loop,
// so a slow source never holds back results that are ready.
export async function* mapBounded<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  limit: number | (() => number),
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]();
  const max = typeof limit === 'function' ? limit : () => limit;
  let ready: R[] = [];
  let head = 0;
  let pending = 0; // started and not yet yielded
  let exhausted = false;
  let stopped = false;
  let failure: { error: unknown } | undefined;
  let wakeConsumer: (() => void) | undefined;
  let wakePump: (() => void) | undefined;
  const wake = (which: 'consumer' | 'pump'): void => {
    const w = which === 'consumer' ? wakeConsumer : wakePump;
    if (which === 'consumer') wakeConsumer = undefined;
    else wakePump = undefined;
    w?.();
  };
  const pump = async (): Promise<void> => {
    try {
      for (;;) {
        while (pending >= Math.max(1, max()) && !stopped) await new Promise<void>((r) => (wakePump = r));
        if (stopped) return;
        const step = await iterator.next();
        if (step.done || stopped) return;
        pending++;
        fn(step.value).then(
          (result) => {
            ready.push(result);
            wake('consumer');
          },
          (error: unknown) => {
            failure ??= { error };
            wake('consumer');
          },
        );
      }
    } catch (error) {
      failure ??= { error };
    } finally {
      exhausted = true;
      wake('consumer');
    }
  };
  void pump();
  try {
    for (;;) {
      if (failure) throw failure.error;
      if (head < ready.length) {
        const result = ready[head++] as R;
        if (head > 1024 && head * 2 > ready.length) {
          ready = ready.slice(head);
          head = 0;
        }
        pending--;
        wake('pump');
        yield result;
        continue;
      }
      if (exhausted && pending === 0) return;
      await new Promise<void>((r) => (wakeConsumer = r));
    }
  } finally {
    // The consumer stopped early (Ctrl-C, an error): pull nothing more.
    stopped = true;
    wake('pump');
  }
}

/**
 * Runs at most `limit` tasks at once; the others wait their turn, in order. For work that arrives
 * outside a `mapBounded` loop but must share its bound (open files). A `limit` function is asked
 * again as each task ends: lowered, no task is stopped but none starts past it; raised, the
 * waiting ones start as tasks end.
 */
export function limiter(limit: number | (() => number)): <R>(task: () => Promise<R>) => Promise<R> {
  const max = typeof limit === 'function' ? limit : () => limit;
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <R>(task: () => Promise<R>): Promise<R> => {
    // A waiting task is counted as running when it is let in, so `running` never overshoots.
    if (running < Math.max(1, max()) && waiting.length === 0) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      running--;
      while (waiting.length > 0 && running < Math.max(1, max())) {
        running++;
        (waiting.shift() as () => void)();
      }
    }
  };
}
