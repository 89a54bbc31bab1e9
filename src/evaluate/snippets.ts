// Deterministic snippets: `lines` consecutive lines from a position chosen by a hash of the
// document's id, so every run of an evaluation reads the same snippets.
import { hashString } from '../tokenizer/hash.js';
import { blockLanguage, windowLanguage } from '../languages/content-languages.js';

/** A snippet and where it starts (its first line's index in the text). */
export interface SnippetWindow {
  readonly text: string;
  readonly start: number;
}

export function snippetWindow(text: string, lines: number, id: string): SnippetWindow | undefined {
  return cut(text.split('\n'), lines, id);
}

function cut(all: readonly string[], lines: number, id: string): SnippetWindow | undefined {
  // Start on a non-blank line, as a person pasting code would.
  const starts: number[] = [];
  for (let i = 0; i + lines <= all.length; i++) if ((all[i] as string).trim() !== '') starts.push(i);
  if (starts.length === 0) return undefined;
  const start = starts[hashString(id) % starts.length] as number;
  const snippet = all.slice(start, start + lines).join('\n');
  return snippet.trim() === '' ? undefined : { text: snippet, start };
}

export function snippetOf(text: string, lines: number, id: string): string | undefined {
  return snippetWindow(text, lines, id)?.text;
}

/**
 * The snippet and the language it is scored as, for a text whose content language is `language`:
 * three lines of C++ without any C++ are C, lines inside a Markdown file's ```` ```js ```` fence
 * are JavaScript (content-languages.ts). As `'learnt'`: the language training learns it as, by its
 * block only.
 */
export function labelledSnippetOf(text: string, language: string, lines: number, id: string, as: 'scored' | 'learnt' = 'scored'): { text: string; language: string } | undefined {
  // The file's lines, split once: the window is cut from them and its block is read from them.
  const all = text.split('\n');
  const window = cut(all, lines, id);
  if (window === undefined) return undefined;
  const labelOf = as === 'learnt' ? blockLanguage : windowLanguage;
  return { text: window.text, language: labelOf(language, all, window.start, lines, window.text) };
}
