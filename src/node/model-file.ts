// Loading model files from disk: the Node edge of the library.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhichlangError } from '../errors.js';
import { deserializeModel } from '../model/serialize.js';
import type { ModelData } from '../model/types.js';

/** The model shipped with the package (models/default.wlm), found relative to this file in src/ or dist/. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/default.wlm', import.meta.url));

function missing(path: string, error: unknown): WhichlangError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new WhichlangError('MODEL_MISSING', `${path}: model file not found; reinstall whichlang, retrain (npm run train) or point WHICHLANG_MODEL at a model`);
  }
  return new WhichlangError('MODEL_MISSING', `${path}: cannot read model file (${code ?? String(error)})`, { cause: error });
}

/** The raw bytes of a model file; a missing or unreadable file is a MODEL_MISSING error. */
export function readModelBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw missing(path, error);
  }
}

/** The same bytes in memory that worker threads can share (no copy per thread). */
function readSharedModelBytes(path: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const bytes = new Uint8Array(new SharedArrayBuffer(fstatSync(fd).size));
    for (let filled = 0; filled < bytes.length; ) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) return bytes.subarray(0, filled); // shrank while read: the checksum will say so
      filled += n;
    }
    return bytes;
  } catch (error) {
    throw missing(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readModelFile(path: string): ModelData {
  return deserializeModel(readModelBytes(path), path);
}

const loaded = new Map<string, { model: ModelData; bytes: Uint8Array }>();

/**
 * The model at `path`, read once per process (default: WHICHLANG_MODEL, else the shipped model).
 * Its bytes sit in shared memory: worker threads given `sharedModelBytes(path)` parse the same
 * bytes instead of each holding a copy of the file.
 */
export function modelAt(path = process.env.WHICHLANG_MODEL || DEFAULT_MODEL_PATH): ModelData {
  let hit = loaded.get(path);
  if (!hit) {
    const bytes = readSharedModelBytes(path);
    hit = { model: deserializeModel(bytes, path), bytes };
    loaded.set(path, hit);
  }
  return hit.model;
}

/** The shared bytes of a model this thread loaded with `modelAt`, if it did. */
export function sharedModelBytes(path: string): Uint8Array | undefined {
  return loaded.get(path)?.bytes;
}

/** A model from bytes another thread shared (`sharedModelBytes`), kept for later `modelAt(path)` calls. */
export function adoptSharedModel(path: string, bytes: Uint8Array): ModelData {
  const model = deserializeModel(bytes, path);
  loaded.set(path, { model, bytes });
  return model;
}
