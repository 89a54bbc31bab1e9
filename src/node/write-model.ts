import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { serializeModel } from '../model/serialize.js';
import type { ModelData } from '../model/types.js';

/** Writes a model to a temporary file and renames it into place: an interrupted write never leaves a broken model. */
export function writeModelFile(path: string, model: ModelData): number {
  const bytes = serializeModel(model);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
  return bytes.length;
}
