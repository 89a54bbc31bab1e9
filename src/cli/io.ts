/** What the CLI touches of the outside world, so tests can drive `run` in-process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin?: NodeJS.ReadableStream;
  readonly stdinIsTTY?: boolean;
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  /** True once the user asked to stop (Ctrl-C): finish the current line and close the output. */
  readonly interrupted?: () => boolean;
}
