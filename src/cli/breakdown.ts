// The language breakdown of a tree: bytes per language, as a table with a bar in Linguist's
// colours (plain when not a terminal or with NO_COLOR), or JSON.
import { languageInfo, languagesForName } from '../languages/index.js';
import type { ClassifiedFile } from '../node/classify-files.js';

/**
 * A file whose name says nothing (no known file name or extension, no shebang: `defconfig`,
 * `.dts` overlays) is counted only when the content alone makes the classifier this sure, with
 * its first choice standing. Linguist leaves all such files out; a low-confidence guess would put
 * Julia in a kernel's bar. A choice made after a content rule set the first aside is sure only
 * among what was left: a device tree taken for Diff, which it cannot be, is then Raku at 0.9.
 */
export const NAMELESS_MIN_CONFIDENCE = 0.9;

/** The language a file counts as in the bar, or null for "unknown". */
export function countedLanguage(r: Pick<ClassifiedFile, 'path' | 'language' | 'confidence' | 'strategy' | 'ruledOut'>): string | null {
  if (r.language === null || r.strategy !== 'classifier' || languagesForName(r.path).length > 0) return r.language;
  return r.confidence >= NAMELESS_MIN_CONFIDENCE && r.ruledOut === undefined ? r.language : null;
}

export interface LanguageShare {
  readonly language: string;
  readonly files: number;
  readonly bytes: number;
  readonly share: number;
}

/** Linguist counts programming and markup languages in its bar; data and prose are listed apart. */
export function countsInBar(language: string): boolean {
  const type = languageInfo(language)?.type;
  return type === 'programming' || type === 'markup';
}

/** What the breakdown needs of a classified file. */
export type BreakdownInput = Pick<ClassifiedFile, 'language' | 'size' | 'detectable'>;

export function breakdown(results: Iterable<BreakdownInput>): { languages: LanguageShare[]; other: LanguageShare[]; unknownFiles: number } {
  // Per language and per side of the bar: linguist-detectable moves single files across.
  const bar = new Map<string, { files: number; bytes: number }>();
  const apart = new Map<string, { files: number; bytes: number }>();
  let unknownFiles = 0;
  for (const r of results) {
    if (r.language === null) {
      unknownFiles++;
      continue;
    }
    const totals = (r.detectable ?? countsInBar(r.language)) ? bar : apart;
    // As in GitHub's bar, a language of a group counts as the group (Unix Assembly as Assembly,
    // TSX as TypeScript, Roff Manpage as Roff); whether it counts at all is its own type's call.
    const name = languageInfo(r.language)?.group ?? r.language;
    const t = totals.get(name) ?? { files: 0, bytes: 0 };
    t.files++;
    t.bytes += r.size;
    totals.set(name, t);
  }
  const rank = (entries: Array<[string, { files: number; bytes: number }]>): LanguageShare[] => {
    const sum = entries.reduce((a, [, t]) => a + t.bytes, 0);
    return entries
      .map(([language, t]) => ({ language, files: t.files, bytes: t.bytes, share: sum === 0 ? 0 : t.bytes / sum }))
      .sort((a, b) => b.bytes - a.bytes || (a.language < b.language ? -1 : 1));
  };
  return { languages: rank([...bar]), other: rank([...apart]), unknownFiles };
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A bar `width` cells wide, each language its share in its Linguist colour (24-bit ANSI). */
export function colourBar(shares: readonly LanguageShare[], width: number): string {
  let out = '';
  let used = 0;
  shares.forEach((s, i) => {
    const cells = i === shares.length - 1 ? width - used : Math.round(s.share * width);
    if (cells <= 0) return;
    used += cells;
    const [r, g, b] = rgb(languageInfo(s.language)?.color ?? '#cccccc');
    out += `\x1b[48;2;${r};${g};${b}m${' '.repeat(cells)}`;
  });
  return out + '\x1b[0m';
}

export function formatBreakdown(result: ReturnType<typeof breakdown>, colour: boolean): string {
  const lines: string[] = [];
  if (colour && result.languages.length > 0) lines.push(colourBar(result.languages, 60), '');
  const width = Math.max(8, ...[...result.languages, ...result.other].map((s) => s.language.length));
  const row = (s: LanguageShare): string => {
    const swatch = colour ? `\x1b[38;2;${rgb(languageInfo(s.language)?.color ?? '#cccccc').join(';')}m●\x1b[0m ` : '';
    return `${swatch}${s.language.padEnd(width)}  ${(100 * s.share).toFixed(2).padStart(6)}%  ${String(s.files).padStart(7)} files  ${String(s.bytes).padStart(12)} bytes`;
  };
  lines.push(...result.languages.map(row));
  if (result.other.length > 0) lines.push('', 'Not counted in the bar (data, prose, and files .gitattributes marks -linguist-detectable):', ...result.other.map(row));
  if (result.unknownFiles > 0) lines.push('', `${result.unknownFiles} files of unknown language (no name to go by and no confident guess from the content)`);
  return lines.join('\n') + '\n';
}
