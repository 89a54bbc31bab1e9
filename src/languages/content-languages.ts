// The language the classifier learns and answers for a labelled text.
// Two cases differ from the label:
// - languages Linguist tells apart only by file name, whose content is another language's:
//   a pom.xml is XML, a tsconfig.json is JSON (comments optional);
// - texts labelled with a language that extends another but showing none of the extension:
//   a `.tsx` file without JSX is TypeScript (the evidence is data in superset-evidence.ts), and
//   lines of a template showing only HTML are HTML;
// - texts labelled with a base language but written in its extension: a `.v` file that declares
//   `logic` is SystemVerilog.
// The file-name strategy still gives the specific name.
import { withoutCodeFences, withoutComments, withoutCommentsAndStrings, withoutHashCommentsAndStrings, withoutLispCommentsAndStrings, withoutMlCommentsAndStrings, withoutPod, withoutShellCommentsAndStrings } from './strip.js';
import { EXTENSION_SYNTAX, type ExtensionSyntax } from './extension-syntax.js';
import { stripSqlComments } from '../detect/sql-evidence.js';
import { SUPERSET_EVIDENCE, type SupersetEvidence } from './superset-evidence.js';
import { embeddedLanguageOf, FENCE_HOSTS } from './embedded-blocks.js';

// Only pairs the data shows the classifier cannot settle belong here.
const CONTENT_LANGUAGE: Readonly<Record<string, string>> = {
  'Ant Build System': 'XML',
  'JSON with Comments': 'JSON',
  'Maven POM': 'XML',
};

/** The language the classifier answers for content labelled `language` (and reading `text`, when given). */
export function contentLanguage(language: string, text?: string): string {
  const named = CONTENT_LANGUAGE[language] ?? language;
  if (text === undefined) return named;
  // Down the chain while the text shows no extension: a Cuda file without CUDA or C++ is C.
  let settled = named;
  for (let base = baseShown(settled, text); base !== undefined; base = baseShown(settled, text)) settled = base;
  return settled !== named ? settled : (extensionShown(named, text, true) ?? named);
}

/**
 * The language lines `start` to `start + count - 1` of a text (`lines`, split at line breaks;
 * `snippet`, those lines joined), whose content language is `language`, are learnt as: the language of a block that holds them all and names it (a
 * Markdown fence's info string, a page's script or style element), unless they show the template's
 * own syntax (Razor's `@Model` in a script); otherwise the file's. Training learns other windows
 * as their file's language, not by what each shows: learnt by content, C++ windows without C++
 * taught C to take C++ files (session 19, validation whole files −0.6, 10 lines −0.6).
 */
export function blockLanguage(language: string, lines: readonly string[], start: number, count: number, snippet: string): string {
  const embedded = embeddedLanguageOf(language, lines, start, count);
  if (embedded === undefined) return language;
  const template = SUPERSET_EVIDENCE[language];
  const ownSyntax = !FENCE_HOSTS.has(language) && template !== undefined && showsExtension(template, template.outside ? outsideOf(template.outside, snippet) : snippet);
  return ownSyntax ? language : embedded;
}

/** The language a window of a text is scored as: its block's language, then what the window shows (three lines of C++ without any C++ are C). */
export function windowLanguage(language: string, lines: readonly string[], start: number, count: number, snippet: string): string {
  return contentLanguage(blockLanguage(language, lines, start, count, snippet), snippet);
}

/** The language `text` is written in when it is labelled or answered `language` but shows its extension's syntax (Verilog → SystemVerilog). */
export function extensionShown(language: string, text: string, labelsOnly = false): string | undefined {
  return extensionSyntaxShown(language, text, labelsOnly)?.extension;
}

/** Why `text` is not `language`: the language its syntax points to, and what of that syntax it shows. */
export interface SyntaxShown {
  readonly extension: string;
  /** The evidence's name, in words ("a statement tag: {% if %} …"). */
  readonly evidence: string;
}

/** As extensionShown, with the first piece of evidence found. */
export function extensionSyntaxShown(language: string, text: string, labelsOnly = false): SyntaxShown | undefined {
  // Several rules may look outside the same parts (C's three look outside comments and strings).
  const looked = new Map<ExtensionSyntax['outside'], string>();
  for (const extended of EXTENSION_SYNTAX[language] ?? []) {
    if ((labelsOnly && !extended.relabels) || extended.unless?.test(text)) continue;
    let part = looked.get(extended.outside);
    if (part === undefined) looked.set(extended.outside, (part = outsideOf(extended.outside, text)));
    const evidence = evidenceShown(extended, part);
    if (evidence !== undefined) return { extension: extended.extension, evidence };
  }
  return undefined;
}

function outsideOf(part: ExtensionSyntax['outside'] | NonNullable<SupersetEvidence['outside']>, text: string): string {
  switch (part) {
    case 'nothing':
      return text;
    case 'comments':
      return withoutComments(text);
    case 'comments and strings':
      return withoutCommentsAndStrings(text);
    case 'hash comments and strings':
      return withoutHashCommentsAndStrings(text);
    case 'shell comments and strings':
      return withoutShellCommentsAndStrings(text);
    case 'ML comments and strings':
      return withoutMlCommentsAndStrings(text);
    case 'Lisp comments and strings':
      return withoutLispCommentsAndStrings(text);
    case 'pod blocks':
      return withoutPod(text);
    case 'SQL comments':
      return stripSqlComments(text);
    case 'code fences':
      return withoutCodeFences(text);
  }
}

/** The base `text` is written in when `language` extends one (or two) and `text` lacks an extension. */
export function baseShown(language: string, text: string): string | undefined {
  const superset = SUPERSET_EVIDENCE[language];
  if (superset === undefined) return undefined;
  if (!showsExtension(superset, superset.outside ? outsideOf(superset.outside, text) : text)) {
    if (superset.host === undefined || showsExtension({ evidence: superset.host }, text)) return superset.base;
    return superset.otherHost !== undefined && showsExtension(superset.otherHost, text) ? superset.otherHost.base : undefined;
  }
  const other = superset.otherBase;
  return other !== undefined && !showsExtension(other, text) ? other.base : undefined;
}

/** Is `language` one that extends another (TSX, C++ …) while `text` shows none of the extension? */
export function lacksItsExtension(language: string, text: string): boolean {
  return baseShown(language, text) !== undefined;
}

function showsExtension(rule: Pick<SupersetEvidence, 'evidence'>, text: string): boolean {
  return evidenceShown(rule, text) !== undefined;
}

function evidenceShown(rule: Pick<SupersetEvidence, 'evidence'>, text: string): string | undefined {
  for (const [name, pattern] of Object.entries(rule.evidence)) if (pattern.test(text)) return name;
  return undefined;
}
