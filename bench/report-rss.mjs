// Preloaded with --import: prints this process's peak RSS to stderr when it exits, for the benchmark.
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
