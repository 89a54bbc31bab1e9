// Deterministic snippets: `lines` consecutive lines from a position chosen by a hash of the
// document's id, so every run of an evaluation reads the same snippets.
import { hashString } from '../tokenizer/hash.js';

export function snippetOf(text: string, lines: number, id: string): string | undefined {
  const all = text.split('\n');
  // Start on a non-blank line, as a person pasting code would.
  const starts: number[] = [];
  for (let i = 0; i + lines <= all.length; i++) if ((all[i] as string).trim() !== '') starts.push(i);
  if (starts.length === 0) return undefined;
  const start = starts[hashString(id) % starts.length] as number;
  const snippet = all.slice(start, start + lines).join('\n');
  return snippet.trim() === '' ? undefined : snippet;
}
