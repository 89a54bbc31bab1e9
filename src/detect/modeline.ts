// Editor modelines name the language outright: Emacs `-*- mode: ruby -*-` on the first line (or
// the second, after a shebang), Vim `vim: set ft=python:` in the first or last five lines.
import { languagesForName, resolveLanguageName } from '../languages/index.js';
import { narrow, type Strategy } from './strategy.js';

const SEARCHED_LINES = 5;
const MAX_LINE = 300; // modelines are short; long lines are skipped, so the patterns stay cheap

const EMACS = /-\*-(?:\s*mode:)?\s*([\w+#.-]+)\s*(?:;[^*]*)?-\*-/i;
const EMACS_MODE = /-\*-.*?\bmode:\s*([\w+#.-]+)/i;
const VIM = /(?:^|\s)(?:vim?|ex):(?:\s*set?)?[^:\n]*?\b(?:ft|filetype|syntax)=([\w+#.-]+)/i;

function candidateLines(text: string): string[] {
  const head: string[] = [];
  let start = 0;
  for (let i = 0; i < SEARCHED_LINES && start < text.length; i++) {
    const end = text.indexOf('\n', start);
    head.push(text.slice(start, end < 0 ? text.length : end));
    if (end < 0) break;
    start = end + 1;
  }
  const tailStart = Math.max(start, text.length - 2000);
  const tail = text.slice(tailStart).split('\n').slice(-SEARCHED_LINES);
  return [...head, ...tail].filter((line) => line.length <= MAX_LINE);
}

/** The language a modeline names, as Linguist spells it, if any. */
export function modelineLanguage(text: string): string | undefined {
  const lines = candidateLines(text);
  for (const [i, line] of lines.entries()) {
    if (i < 2) {
      const emacs = EMACS_MODE.exec(line) ?? EMACS.exec(line);
      const mode = emacs?.[1]?.replace(/-mode$/i, '');
      // Emacs spells modes with dashes ("emacs-lisp"), Linguist with spaces ("Emacs Lisp").
      const name = mode && (resolveLanguageName(mode) ?? resolveLanguageName(mode.replace(/-/g, ' ')));
      if (name) return name;
    }
    const vim = VIM.exec(line);
    const name = vim?.[1] && resolveLanguageName(vim[1]);
    if (name) return name;
  }
  return undefined;
}

/**
 * A modeline names an editor mode, which is coarser than a language: Perl mode for a .pod file,
 * C++ mode for a .h.in, "fundamental" (no mode at all) for a configure.ac. So it decides only
 * where the file's name does not contradict it: no name-based candidates, the modeline's language
 * among them, or a name that says no more than "text" (.txt).
 */
function nameAllows(filename: string | undefined, language: string): boolean {
  if (!filename) return true;
  const named = languagesForName(filename);
  return named.length === 0 || named.includes(language) || named.includes('Text');
}

export const modelineStrategy: Strategy = {
  name: 'modeline',
  run(input, candidates) {
    const language = modelineLanguage(input.text);
    // Emacs' fundamental mode means "no mode": it says nothing about the language.
    if (!language || language === 'Text' || !nameAllows(input.filename, language)) return [];
    return narrow([language], candidates);
  },
};
