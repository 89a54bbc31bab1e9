// Opening a file when every descriptor is taken (EMFILE, ENFILE) is not the file's fault: the
// process is busy elsewhere (a worker thread loading its modules, the walk), and a descriptor
// frees up within milliseconds. So such an open waits and tries again, for a few seconds, before
// it counts as a failure.

const OUT_OF_DESCRIPTORS = new Set(['EMFILE', 'ENFILE']);

/** Waits between attempts, in ms: about 6 s in all, then the error stands. */
const RETRY_DELAYS_MS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 1000, 1000, 1000, 1000];

export const isOutOfDescriptors = (error: unknown): boolean => OUT_OF_DESCRIPTORS.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');

/** `open()`, tried again while the process is out of file descriptors. */
export async function whenDescriptorFree<T>(open: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !isOutOfDescriptors(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** The same for synchronous opens (worker threads, which read one file at a time): the thread sleeps. */
export function whenDescriptorFreeSync<T>(open: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return open();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !isOutOfDescriptors(error)) throw error;
      Atomics.wait(sleeper, 0, 0, delay);
    }
  }
}
