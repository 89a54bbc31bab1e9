// The model file: a small header, a JSON description, then the typed arrays as they sit in memory.
// Loading is a checksum pass and a few typed-array views, so it takes milliseconds.
//
//   0  "WLM1" magic          8  checksum of every byte from 12 to the end (checksum.ts)
//   4  format version (u32) 12 length of the JSON description (u32), then the JSON, then sections
// Version 2 stores each count in one byte; version 1 (two bytes) is still read, its counts re-rounded.
import { WhichlangError } from '../errors.js';
import { checksum } from './checksum.js';
import { decodeCount, recodeVersion1 } from './count-codec.js';
import type { ModelData, ModelParams } from './types.js';
import { DEFAULT_PARAMS } from './defaults.js';

export const MODEL_FORMAT_VERSION = 2;
const OLDEST_READABLE_VERSION = 1;
const MAGIC = [0x57, 0x4c, 0x4d, 0x31]; // "WLM1"
const FIXED_HEADER = 16;

interface Description {
  languages: string[];
  params: ModelParams;
  info: Record<string, unknown>;
  featureCount: number;
  entryCount: number;
  languageIndexBytes: 1 | 2;
}

const align8 = (n: number): number => (n + 7) & ~7;


function sectionSizes(d: Description, version: number): number[] {
  const f = d.featureCount;
  const e = d.entryCount;
  const l = d.languages.length;
  const countBytes = version === 1 ? 2 : 1;
  return [f * 4, (f + 1) * 4, e * d.languageIndexBytes, e * countBytes, l * 8, l * 4].map(align8);
}

export function serializeModel(model: ModelData): Uint8Array {
  const description: Description = {
    languages: [...model.languages],
    params: model.params,
    info: { ...model.info },
    featureCount: model.featureHashes.length,
    entryCount: model.entryCodes.length,
    languageIndexBytes: model.languages.length <= 256 ? 1 : 2,
  };
  const json = new TextEncoder().encode(JSON.stringify(description));
  const sizes = sectionSizes(description, MODEL_FORMAT_VERSION);
  const jsonEnd = align8(FIXED_HEADER + json.length);
  const out = new Uint8Array(jsonEnd + sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, MODEL_FORMAT_VERSION, true);
  view.setUint32(12, json.length, true);
  out.set(json, FIXED_HEADER);
  const languageIndex =
    description.languageIndexBytes === 1 ? Uint8Array.from(model.entryLanguage) : Uint16Array.from(model.entryLanguage);
  const arrays: ArrayBufferView[] = [
    model.featureHashes, model.rowStart, languageIndex, model.entryCodes, model.languageTotals, model.languageDocs,
  ];
  let at = jsonEnd;
  arrays.forEach((array, i) => {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += sizes[i] as number;
  });
  view.setUint32(8, checksum(out, 12), true);
  return out;
}

function corrupt(source: string, why: string): WhichlangError {
  return new WhichlangError('MODEL_CORRUPT', `${source}: not a valid whichlang model (${why}); reinstall whichlang or retrain the model`);
}

/** Parses a model file. `source` names it in error messages. */
export function deserializeModel(input: Uint8Array, source = 'model'): ModelData {
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
    throw new WhichlangError('MODEL_CORRUPT', 'whichlang model files need a little-endian machine');
  }
  // Typed-array views need aligned offsets; a Buffer from a pool may not be.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  if (bytes.length < FIXED_HEADER || MAGIC.some((b, i) => bytes[i] !== b)) throw corrupt(source, 'bad magic bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version < OLDEST_READABLE_VERSION || version > MODEL_FORMAT_VERSION) {
    throw new WhichlangError(
      'MODEL_VERSION',
      `${source}: model format version ${version}, but this whichlang reads versions ${OLDEST_READABLE_VERSION} to ${MODEL_FORMAT_VERSION}; ` +
        (version > MODEL_FORMAT_VERSION ? 'upgrade whichlang' : 'retrain the model with this version'),
    );
  }
  if (view.getUint32(8, true) !== checksum(bytes, 12)) throw corrupt(source, 'checksum mismatch: the file is damaged or truncated');
  const jsonLength = view.getUint32(12, true);
  if (FIXED_HEADER + jsonLength > bytes.length) throw corrupt(source, 'truncated description');
  let d: Description;
  try {
    d = JSON.parse(new TextDecoder().decode(bytes.subarray(FIXED_HEADER, FIXED_HEADER + jsonLength))) as Description;
  } catch {
    throw corrupt(source, 'unreadable description');
  }
  const sizes = sectionSizes(d, version);
  let at = align8(FIXED_HEADER + jsonLength);
  if (at + sizes.reduce((a, b) => a + b, 0) !== bytes.length) throw corrupt(source, 'section sizes do not match the file size');
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, i: number): T => {
    const array = make(bytes.buffer, bytes.byteOffset + at, length);
    at += sizes[i] as number;
    return array;
  };
  const f = d.featureCount;
  const e = d.entryCount;
  const l = d.languages.length;
  const featureHashes = take((b, o, n) => new Uint32Array(b, o, n), f, 0);
  const rowStart = take((b, o, n) => new Uint32Array(b, o, n), f + 1, 1);
  const entryLanguage =
    d.languageIndexBytes === 1
      ? take((b, o, n) => new Uint8Array(b, o, n), e, 2)
      : take((b, o, n) => new Uint16Array(b, o, n), e, 2);
  const entryCodes =
    version === 1
      ? recodeVersion1(take((b, o, n) => new Uint16Array(b, o, n), e, 3))
      : take((b, o, n) => new Uint8Array(b, o, n), e, 3);
  const storedTotals = take((b, o, n) => new Float64Array(b, o, n), l, 4);
  const languageTotals = version === 1 ? totalsOf(entryCodes, entryLanguage, l) : storedTotals;
  const languageDocs = take((b, o, n) => new Uint32Array(b, o, n), l, 5);
  // Parameters added in later releases take their defaults when an older file lacks them.
  return { languages: d.languages, params: { ...DEFAULT_PARAMS, ...d.params }, info: d.info, featureHashes, rowStart, entryLanguage, entryCodes, languageTotals, languageDocs };
}

/** Sum of counts per language: what a model trained on the new grid would have stored. */
function totalsOf(entryCodes: Uint8Array, entryLanguage: Uint8Array | Uint16Array, languageCount: number): Float64Array {
  const totals = new Float64Array(languageCount);
  for (let e = 0; e < entryCodes.length; e++) {
    const l = entryLanguage[e] as number;
    totals[l] = (totals[l] as number) + decodeCount(entryCodes[e] as number);
  }
  return totals;
}
