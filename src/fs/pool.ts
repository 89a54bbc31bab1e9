// Bounded concurrency: at most `limit` calls of `fn` in flight, results yielded as each completes.
// The source is pulled lazily, so a walk of 200,000 files never queues more than `limit` of them.
export async function* mapBounded<T, R>(source: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]();
  const inFlight = new Map<number, Promise<{ id: number; result: R }>>();
  let nextId = 0;
  let exhausted = false;
  const fill = async (): Promise<void> => {
    while (!exhausted && inFlight.size < limit) {
      const step = await iterator.next();
      if (step.done) {
        exhausted = true;
        return;
      }
      const id = nextId++;
      inFlight.set(id, fn(step.value).then((result) => ({ id, result })));
    }
  };
  await fill();
  while (inFlight.size > 0) {
    const { id, result } = await Promise.race(inFlight.values());
    inFlight.delete(id);
    yield result;
    await fill();
  }
}
