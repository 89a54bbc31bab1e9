/** Every failure whichlang reports has one of these codes; the CLI maps them to exit statuses. */
export type ErrorCode =
  | 'MODEL_MISSING'
  | 'MODEL_CORRUPT'
  | 'MODEL_VERSION'
  | 'BAD_INPUT'
  | 'BAD_CORPUS'
  | 'NOT_FOUND'
  | 'PERMISSION'
  | 'NOT_A_FILE'
  | 'BINARY'
  | 'READ_FAILED'
  | 'USAGE';

export class WhichlangError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WhichlangError';
    this.code = code;
  }
}
