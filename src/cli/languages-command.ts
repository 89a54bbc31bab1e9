// `whichlang languages`: the languages the model knows, with Linguist's type and extensions.
import { languageInfo } from '../languages/index.js';
import type { ModelData } from '../model/types.js';
import type { CliIO } from './io.js';
import { isInternalClass } from '../model/no-language.js';

export function languagesCommand(model: ModelData, options: { json?: boolean }, io: CliIO): number {
  const rows = model.languages.flatMap((name, i) => {
    if (isInternalClass(name)) return [];
    const info = languageInfo(name);
    return [{ language: name, type: info?.type ?? 'unknown', trainingFiles: model.languageDocs[i] ?? 0, extensions: info?.extensions ?? [] }];
  });
  if (options.json) {
    io.stdout(JSON.stringify(rows, null, 1) + '\n');
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.language.length));
  for (const r of rows) io.stdout(`${r.language.padEnd(width)}  ${r.type.padEnd(11)}  ${r.extensions.slice(0, 6).join(' ')}\n`);
  io.stdout(`${rows.length} languages\n`);
  return 0;
}
