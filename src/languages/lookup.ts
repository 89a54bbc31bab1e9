// Lookups over Linguist's language table: by name/alias, extension, filename and interpreter.
// Indexes are built lazily on first use so importing the library stays cheap.
import { LANGUAGES } from './linguist.generated.js';
import type { LanguageInfo } from './types.js';

export type { LanguageInfo } from './types.js';

interface Indexes {
  byName: Map<string, LanguageInfo>;
  byLowerNameOrAlias: Map<string, LanguageInfo>;
  byExtension: Map<string, string[]>;
  byFilename: Map<string, string[]>;
  byInterpreter: Map<string, string[]>;
}

let indexes: Indexes | undefined;

function push(map: Map<string, string[]>, key: string, name: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [name]);
  else if (!list.includes(name)) list.push(name);
}

function build(): Indexes {
  const idx: Indexes = {
    byName: new Map(),
    byLowerNameOrAlias: new Map(),
    byExtension: new Map(),
    byFilename: new Map(),
    byInterpreter: new Map(),
  };
  for (const lang of LANGUAGES) {
    idx.byName.set(lang.name, lang);
    idx.byLowerNameOrAlias.set(lang.name.toLowerCase(), lang);
    // Linguist's default alias is the name in lower case with dashes for spaces ("emacs-lisp"):
    // how .gitattributes, which cannot hold a space, names a language.
    for (const alias of [...lang.aliases, lang.name.toLowerCase().replace(/\s/g, '-')]) {
      if (!idx.byLowerNameOrAlias.has(alias.toLowerCase())) idx.byLowerNameOrAlias.set(alias.toLowerCase(), lang);
    }
    for (const ext of lang.extensions) push(idx.byExtension, ext.toLowerCase(), lang.name);
    for (const file of lang.filenames) push(idx.byFilename, file, lang.name);
    for (const interp of lang.interpreters) push(idx.byInterpreter, interp, lang.name);
  }
  return idx;
}

function get(): Indexes {
  return (indexes ??= build());
}

/** The Linguist entry for an exact language name ("C++", "Emacs Lisp"). */
export function languageInfo(name: string): LanguageInfo | undefined {
  return get().byName.get(name);
}

/** Resolves a name or alias, case-insensitively ("cpp", "c++", "elisp", "emacs-lisp") to the Linguist name. */
export function resolveLanguageName(nameOrAlias: string): string | undefined {
  return get().byLowerNameOrAlias.get(nameOrAlias.trim().toLowerCase())?.name;
}

/** The file's name without directories (both separators, so Windows paths work too). */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}

/**
 * Every extension suffix of a file name, longest first: "a.d.ts" → [".d.ts", ".ts"].
 * A leading dot (".bashrc") is part of the name, not an extension.
 */
export function extensionsOf(path: string): string[] {
  const name = baseName(path).toLowerCase();
  const out: string[] = [];
  for (let i = name.indexOf('.', 1); i > 0; i = name.indexOf('.', i + 1)) out.push(name.slice(i));
  return out;
}

/** Languages claiming the file's most specific extension that any language claims. */
export function languagesForExtension(path: string): readonly string[] {
  const { byExtension } = get();
  for (const ext of extensionsOf(path)) {
    const found = byExtension.get(ext);
    if (found) return found;
  }
  return [];
}

/** Languages claiming this exact file name (Makefile, Dockerfile, .bashrc). */
export function languagesForFilename(path: string): readonly string[] {
  return get().byFilename.get(baseName(path)) ?? [];
}

/** What the file's name proposes: its exact file name's languages, else its extension's. */
export function languagesForName(path: string): readonly string[] {
  const byFilename = languagesForFilename(path);
  return byFilename.length > 0 ? byFilename : languagesForExtension(path);
}

/** Languages whose interpreter this is ("python3", "node", "bash"). */
export function languagesForInterpreter(interpreter: string): readonly string[] {
  return get().byInterpreter.get(interpreter) ?? [];
}
