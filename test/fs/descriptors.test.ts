// Opens that fail only because the process is out of descriptors are tried again; others are not.
import { describe, expect, it, vi } from 'vitest';
import { whenDescriptorFree, whenDescriptorFreeSync } from '../../src/fs/descriptors.js';

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: open`), { code });

/** An open that fails with `codes`, one per attempt, then succeeds. */
function failingWith(...codes: string[]): { open: () => string; attempts: () => number } {
  let attempt = 0;
  return {
    open: () => {
      const code = codes[attempt++];
      if (code) throw errno(code);
      return 'opened';
    },
    attempts: () => attempt,
  };
}

describe('whenDescriptorFree', () => {
  it('tries again while the process or system is out of descriptors', async () => {
    const f = failingWith('EMFILE', 'ENFILE', 'EMFILE');
    await expect(whenDescriptorFree(async () => f.open())).resolves.toBe('opened');
    expect(f.attempts()).toBe(4);
    const g = failingWith('EMFILE', 'EMFILE');
    expect(whenDescriptorFreeSync(g.open)).toBe('opened');
    expect(g.attempts()).toBe(3);
  });

  it('fails at once for any other error', async () => {
    const f = failingWith('ENOENT');
    await expect(whenDescriptorFree(async () => f.open())).rejects.toMatchObject({ code: 'ENOENT' });
    expect(f.attempts()).toBe(1);
    const g = failingWith('EACCES');
    expect(() => whenDescriptorFreeSync(g.open)).toThrow(/EACCES/);
    expect(g.attempts()).toBe(1);
  });

  it('gives up after a few seconds, with the error', async () => {
    vi.useFakeTimers();
    try {
      let attempts = 0;
      const outcome = whenDescriptorFree(async () => {
        attempts++;
        throw errno('EMFILE');
      }).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(attempts).toBeGreaterThan(5);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await outcome).toMatchObject({ code: 'EMFILE' });
      expect(attempts).toBe(15);
    } finally {
      vi.useRealTimers();
    }
  });
});
