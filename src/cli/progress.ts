// A progress bar on stderr, only when stderr is a terminal (nothing when piped or with --quiet).
export function progressBar(write: (text: string) => void, enabled: boolean, label: string): { update(done: number, total: number): void; done(): void } {
  let last = 0;
  return {
    update(done, total) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const filled = total === 0 ? width : Math.round((width * done) / total);
      write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (enabled) write('\n');
    },
  };
}
