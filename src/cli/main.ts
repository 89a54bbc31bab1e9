#!/usr/bin/env node
// The `whichlang` executable: binds `run` to this process's streams, signals and exit status.
import { ExitStatus, run } from './program.js';

let interrupted = false;
process.on('SIGINT', () => {
  // First Ctrl-C: stop after the current result so the output stays well-formed. Second: now.
  if (interrupted) process.exit(ExitStatus.Interrupted);
  interrupted = true;
});
// Output piped into `head` closes early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(ExitStatus.Ok);
  throw error;
});

const status = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  interrupted: () => interrupted,
});
process.exitCode = interrupted ? ExitStatus.Interrupted : status;
