// Reading the part of a file the model needs, safely: only regular files (a FIFO or device would
// block or never end), opened non-blocking, at most `maxBytes` read, every failure a WhichlangError.
import { closeSync, constants, openSync, promises as fs, readSync, statSync } from 'node:fs';
import { WhichlangError, type ErrorCode } from '../errors.js';
import { MAX_INPUT_BYTES } from '../tokenizer/decode.js';
import { whenDescriptorFree, whenDescriptorFreeSync } from './descriptors.js';

export interface FilePrefix {
  readonly bytes: Uint8Array;
  /** The file's full size (only a prefix may have been read). */
  readonly size: number;
}

const REASONS: Record<string, [ErrorCode, string]> = {
  ENOENT: ['NOT_FOUND', 'no such file or directory (or a dangling symlink)'],
  ENOTDIR: ['NOT_FOUND', 'a path component is not a directory'],
  EACCES: ['PERMISSION', 'permission denied'],
  EPERM: ['PERMISSION', 'operation not permitted'],
  ELOOP: ['READ_FAILED', 'too many levels of symbolic links (a symlink loop)'],
  EISDIR: ['NOT_A_FILE', 'is a directory'],
  ENAMETOOLONG: ['BAD_INPUT', 'file name too long'],
  EMFILE: ['READ_FAILED', 'too many open files (still, after waiting some seconds for one to close; raise ulimit -n)'],
  ENFILE: ['READ_FAILED', 'too many open files in the system (still, after waiting some seconds for one to close)'],
  EIO: ['READ_FAILED', 'input/output error'],
};

export function fileError(path: string, error: unknown): WhichlangError {
  if (error instanceof WhichlangError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT' && path.includes('\ufffd')) {
    // Node decodes file names as UTF-8; a name that is not comes back with U+FFFD and no longer opens.
    return new WhichlangError('BAD_INPUT', `${path}: file name is not valid UTF-8 (shown with U+FFFD), so it cannot be opened by name`, { cause: error });
  }
  const [errorCode, reason] = REASONS[code] ?? ['READ_FAILED', (error as Error).message ?? String(error)];
  return new WhichlangError(errorCode, `${path}: ${reason}`, { cause: error });
}

export async function readFilePrefix(path: string, maxBytes = MAX_INPUT_BYTES): Promise<FilePrefix> {
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new WhichlangError('NOT_A_FILE', `${path}: is a directory`);
    if (!stat.isFile()) throw new WhichlangError('NOT_A_FILE', `${path}: not a regular file (FIFO, socket or device); skipped`);
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, opening must not hang.
    const handle = await whenDescriptorFree(() => fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK));
    try {
      const buffer = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(stat.size, 0)) || Math.min(maxBytes, 4096));
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return { bytes: buffer.subarray(0, filled), size: stat.size };
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw fileError(path, error);
  }
}

/**
 * The same, synchronously, for worker threads: one file at a time per thread, so open files are
 * bounded by the number of threads. `scratch` (at least `maxBytes` long) is reused from call to
 * call; the bytes returned are a view of it, valid until the next call.
 */
export function readFilePrefixSync(path: string, scratch: Buffer, maxBytes = MAX_INPUT_BYTES): FilePrefix {
  let fd: number | undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new WhichlangError('NOT_A_FILE', `${path}: is a directory`);
    if (!stat.isFile()) throw new WhichlangError('NOT_A_FILE', `${path}: not a regular file (FIFO, socket or device); skipped`);
    fd = whenDescriptorFreeSync(() => openSync(path, constants.O_RDONLY | constants.O_NONBLOCK));
    const want = Math.min(maxBytes, scratch.length, Math.max(stat.size, 0)) || Math.min(maxBytes, scratch.length, 4096);
    let filled = 0;
    while (filled < want) {
      const bytesRead = readSync(fd, scratch, filled, want - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: scratch.subarray(0, filled), size: stat.size };
  } catch (error) {
    throw fileError(path, error);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // the read is done; a failing close cannot lose it
      }
    }
  }
}

/** Reads at most `maxBytes` from a stream (standard input), then stops reading. */
export async function readStreamPrefix(stream: NodeJS.ReadableStream, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    total += buffer.length;
    if (total >= maxBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, maxBytes);
}
