// Research helpers: snippets of labelled files cut and scored as `npm run eval` cuts and scores them.
import type { Detection } from '../../src/detect/pipeline.js';
import { labelledSnippetOf } from '../../src/evaluate/snippets.js';
import { contentLanguage } from '../../src/languages/content-languages.js';
import { PROSE } from '../../src/model/no-language.js';
import { readTextPrefix, type LabelledFile } from '../../src/node/labelled-files.js';

export interface LabelledSnippet {
  readonly file: LabelledFile;
  /** The file's text, as read (its prefix). */
  readonly text: string;
  /** The whole file's content language. */
  readonly language: string;
  readonly snippet: string;
  /** The language the snippet shows (three lines of C++ without any C++ are C). */
  readonly expected: string;
}

/** Each readable file's `lines`-line snippet (cut at `idOf(file)`, the file's key by default); `lines` 0: the whole file. */
export function* labelledSnippets(files: readonly LabelledFile[], lines: number, idOf = (f: LabelledFile): string => f.key): Generator<LabelledSnippet> {
  for (const file of files) {
    let text: string;
    try {
      text = readTextPrefix(file.path);
    } catch {
      continue;
    }
    const language = contentLanguage(file.language, text);
    const snippet = lines > 0 ? labelledSnippetOf(text, language, lines, idOf(file)) : { text, language: contentLanguage(language, text) };
    if (snippet === undefined) continue;
    yield { file, text, language, snippet: snippet.text, expected: snippet.language };
  }
}

/** The answer as evaluation scores it: prose is answered as no language, with Text ranked first. */
export function answerOf(d: Detection): string | null {
  return d.language ?? (d.reason === 'prose' ? PROSE : null);
}
