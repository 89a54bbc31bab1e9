// Prose in other languages than English, from the translations in Gettext catalogs: the corpus
// teaches Text only English prose (licences, manuals, READMEs), and a German, French or Greek
// paragraph was named a language (Visual Basic .NET, Java Properties, Smalltalk) instead of
// answered null. A catalog's `msgstr` strings are a project's interface and manual text in one
// human language; joined a message a line, a few of them read as a pasted paragraph.
// Written for whichlang. Pure: no file system.
import { generator } from './noise.js';

/** The seed of the samples the corpus learns (corpus/scripts/translated-prose.ts); evaluation uses another, and other projects. */
export const TRAINING_PROSE_SEED = 1;
export const EVALUATION_PROSE_SEED = 99;

/** A catalog's translated messages, unescaped, without format placeholders or markup, each of several words. */
export function catalogMessages(catalog: string): string[] {
  const messages: string[] = [];
  let current: string[] | undefined;
  const flush = (): void => {
    if (current !== undefined) {
      const message = cleanMessage(current.join(''));
      if (message !== '') messages.push(message);
    }
    current = undefined;
  };
  for (const line of catalog.split('\n')) {
    const start = /^msgstr(?:\[\d+\])?[ \t]+"(.*)"[ \t]*$/.exec(line);
    const more = /^"(.*)"[ \t]*$/.exec(line);
    if (start) {
      flush();
      current = [start[1] as string];
    } else if (more && current !== undefined) {
      current.push(more[1] as string);
    } else {
      flush();
    }
  }
  flush();
  return messages;
}

function cleanMessage(quoted: string): string {
  const text = quoted
    .replace(/\\(["\\nt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? ' ' : c))
    // printf, Python and Lisp (~a) placeholders, {0} and {name}, markup, and keyboard accelerators.
    .replace(/%(?:\([\w-]+\))?[-+ #0]*\d*(?:\.\d+)?(?:l{0,2}|h{0,2}|z|j)[sdifuxXcpeEgG%]|%\d+\$[sd]|%\d+|~[\d,]*[A-Za-z%&]|\{[\w.]*\}|<[^<>\n]*>|[&_](?=\p{L})/gu, '')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
  // Several words with letters (the catalog's header, paths and single words say little), and
  // nothing of code: command examples (`kubectl create … --verb=get`), shell prompts, braces.
  const words = text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
  if (words.length < 4 || /^[\w-]+:[ \t]/.test(text) || CODE_LIKE.test(text)) return '';
  return text;
}

const CODE_LIKE = /^[ \t]*[#$>|]|(?:^|\s)--?[A-Za-z][\w-]*=|[{};][ \t]*$|\$\{?\w|`[^`\n]*`|\w\(\)|::|=>|->|\\[a-z]/m;

export interface ProseSample {
  readonly source: string;
  readonly text: string;
}

/**
 * `count` samples of 1 to 15 lines, each a run of consecutive messages from one catalog, the
 * sources taken in turn so that no project's catalogs dominate. Deterministic from the seed.
 */
export function translatedProse(catalogs: readonly { readonly source: string; readonly messages: readonly string[] }[], count: number, seed: number): ProseSample[] {
  const random = generator(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const bySource = new Map<string, (typeof catalogs)[number][]>();
  for (const c of catalogs) {
    if (c.messages.length === 0) continue;
    const ofSource = bySource.get(c.source);
    if (ofSource) ofSource.push(c);
    else bySource.set(c.source, [c]);
  }
  const sources = [...bySource.keys()].sort();
  const samples: ProseSample[] = [];
  for (let i = 0; sources.length > 0 && samples.length < count; i++) {
    const source = sources[i % sources.length] as string;
    const ofSource = bySource.get(source) as (typeof catalogs)[number][];
    const { messages } = ofSource[int(0, ofSource.length - 1)] as (typeof catalogs)[number];
    // Half are a line or a few, as pasted; the rest a paragraph or a page.
    const wanted = random() < 0.5 ? int(1, 4) : int(5, 15);
    const lines: string[] = [];
    for (let m = int(0, messages.length - 1); m < messages.length && lines.length < wanted; m++) lines.push(...(messages[m] as string).split('\n'));
    samples.push({ source, text: lines.slice(0, wanted).join('\n') + '\n' });
  }
  return samples;
}
