// Lines cut from a file may all sit inside a block of another language that the file itself
// names: a Markdown code fence with an info string (```` ```js ````), or an HTML page's or a
// component's <script> or <style> element. Such lines are that language to any reader, so a
// snippet of them is learnt and scored as it (the whole file keeps its label). Only what the file
// states settles it: a fence without an info string, or a script of an unknown type, names nothing.
import { languagesForExtension, resolveLanguageName } from './lookup.js';
import { SUPERSET_EVIDENCE } from './superset-evidence.js';

/** Languages whose code blocks are fenced. */
export const FENCE_HOSTS: ReadonlySet<string> = new Set(['Markdown', 'MDX', 'RMarkdown']);

/** Languages whose pages hold HTML elements: HTML, and the templates and components written in it. */
function holdsHtmlElements(language: string): boolean {
  return language === 'HTML' || SUPERSET_EVIDENCE[language]?.base === 'HTML';
}

/** The language a fence's info string names (```` ```ts ````, ```` ```{r setup} ````, ```` ``` python title="x" ````). */
function fenceLanguage(info: string): string | undefined {
  const word = /^\{?[ \t]*\.?([\w+#-]+)/.exec(info.trim())?.[1];
  if (word === undefined) return undefined;
  const named = resolveLanguageName(word);
  if (named !== undefined) return named;
  const byExtension = languagesForExtension(`x.${word}`);
  return byExtension.length === 1 ? byExtension[0] : undefined;
}

// Script types that name a language; any other type (a template, `text/x-handlebars`) names none.
const SCRIPT_TYPES: Readonly<Record<string, string>> = {
  'text/javascript': 'JavaScript',
  'application/javascript': 'JavaScript',
  module: 'JavaScript',
  'text/babel': 'JavaScript',
  'text/typescript': 'TypeScript',
  'application/json': 'JSON',
  'application/ld+json': 'JSON',
  importmap: 'JSON',
};
const STYLE_LANGS: Readonly<Record<string, string>> = { css: 'CSS', scss: 'SCSS', sass: 'Sass', less: 'Less', stylus: 'Stylus', styl: 'Stylus', postcss: 'CSS' };

/** The language an opening `<script …>` or `<style …>` tag names by its attributes. */
function elementLanguage(element: string, attributes: string): string | undefined {
  const attribute = (name: string): string | undefined =>
    new RegExp(`\\b${name}[ \\t]*=[ \\t]*["']?([\\w/+.-]+)`, 'i').exec(attributes)?.[1]?.toLowerCase();
  const lang = attribute('lang');
  if (element === 'style') return lang === undefined ? 'CSS' : STYLE_LANGS[lang];
  if (/\bsrc[ \t]*=/i.test(attributes)) return undefined;
  if (lang !== undefined) return lang === 'ts' || lang === 'typescript' ? 'TypeScript' : lang === 'js' || lang === 'javascript' ? 'JavaScript' : lang === 'tsx' ? 'TSX' : lang === 'jsx' ? 'JavaScript' : undefined;
  const type = attribute('type');
  return type === undefined ? 'JavaScript' : SCRIPT_TYPES[type];
}

/**
 * For each line of a text labelled `language`, the language of the block it sits inside (undefined
 * outside any, on the lines that open or close one, and inside a block that names no language).
 */
export function embeddedLanguages(language: string, lines: readonly string[]): Array<string | undefined> {
  if (FENCE_HOSTS.has(language)) return fencedLanguages(lines);
  if (holdsHtmlElements(language)) return elementLanguages(lines);
  return lines.map(() => undefined);
}

/** As `withoutCodeFences` (strip.ts) reads fences: closed by a run of the same character at least as long. */
function fencedLanguages(lines: readonly string[]): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  let fence = '';
  let inside: string | undefined;
  for (const line of lines) {
    const opener = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(line);
    const run = opener?.[1];
    if (fence === '') {
      out.push(undefined);
      if (run !== undefined) {
        fence = run;
        inside = fenceLanguage(opener![2]!);
      }
    } else if (run !== undefined && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) {
      out.push(undefined);
      fence = '';
    } else {
      out.push(inside);
    }
  }
  return out;
}

const END_TAG = { script: /<\/script\s*>/i, style: /<\/style\s*>/i } as const;

/** Lines between a `<script>` or `<style>` start tag that ends its line and the element's end tag. */
function elementLanguages(lines: readonly string[]): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  let open: 'script' | 'style' | undefined;
  let inside: string | undefined;
  for (const line of lines) {
    if (open === undefined) {
      out.push(undefined);
      const start = /<(script|style)\b([^<>]{0,300})>(.*)$/i.exec(line);
      if (start === null) continue;
      const element = start[1]!.toLowerCase() as 'script' | 'style';
      if (END_TAG[element].test(start[3]!)) continue;
      open = element;
      inside = elementLanguage(element, start[2]!);
    } else if (END_TAG[open].test(line)) {
      out.push(undefined);
      open = undefined;
    } else {
      out.push(inside);
    }
  }
  return out;
}

/**
 * The language of the block that holds all of `lines[start]` to `lines[start + count - 1]` (a text
 * labelled `language`, split at line breaks), if one block holds them all and names its language.
 * Only the lines up to the window's end are read: what follows cannot open or close its block.
 */
export function embeddedLanguageOf(language: string, lines: readonly string[], start: number, count: number): string | undefined {
  if (!FENCE_HOSTS.has(language) && !holdsHtmlElements(language)) return undefined;
  const languages = embeddedLanguages(language, lines.slice(0, start + count)).slice(start);
  const first = languages[0];
  return first !== undefined && languages.length === count && languages.every((l) => l === first) ? first : undefined;
}
