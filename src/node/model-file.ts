// Loading model files from disk: the Node edge of the library.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhichlangError } from '../errors.js';
import { deserializeModel } from '../model/serialize.js';
import type { ModelData } from '../model/types.js';

/** The model shipped with the package (models/default.wlm), found relative to this file in src/ or dist/. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/default.wlm', import.meta.url));

/** The raw bytes of a model file; a missing or unreadable file is a MODEL_MISSING error. */
export function readModelBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new WhichlangError('MODEL_MISSING', `${path}: model file not found; reinstall whichlang, retrain (npm run train) or point WHICHLANG_MODEL at a model`);
    }
    throw new WhichlangError('MODEL_MISSING', `${path}: cannot read model file (${code ?? String(error)})`, { cause: error });
  }
}

export function readModelFile(path: string): ModelData {
  return deserializeModel(readModelBytes(path), path);
}

const loaded = new Map<string, ModelData>();

/** The model at `path`, read once per process. Default: WHICHLANG_MODEL, else the shipped model. */
export function modelAt(path = process.env.WHICHLANG_MODEL || DEFAULT_MODEL_PATH): ModelData {
  let model = loaded.get(path);
  if (!model) {
    model = readModelFile(path);
    loaded.set(path, model);
  }
  return model;
}
