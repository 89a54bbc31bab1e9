// Research harness (not part of the product): snippets and license headers. For N-line snippets of
// validation files (cut and scored as `npm run eval` does) it prints how often a snippet's own
// license blanking misses words that blanking the whole file removes (a window cut from the
// middle of a header has no opening words), and accuracy by kind of snippet: all license text,
// partly license text, other comments only, the rest. Usage:
//   npx tsx scripts/research/license-windows.ts --model X [--lines 3,10]
// Use a train-only model (scripts/train.ts --no-refit): the shipped one has learnt validation.
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { detectLanguage } from '../../src/detect/index.js';
import { snippetWindow } from '../../src/evaluate/snippets.js';
import { withoutLicenseWords } from '../../src/tokenizer/license.js';
import { answerOf, labelledSnippets } from './labelled-snippets.js';
import { readSnippetArgs } from './snippet-args.js';

const args = readSnippetArgs('3,10');
const files = listLabelledFiles(args.index).filter((f) => f.split === 'validation');
/** A line that is a comment or its frame, by the common languages' markers. */
const COMMENT_LINE = /^(?:\/\/|#|\*|\/\*|\*\/|--|;|%|\(\*|\{-|<!--|-->)/;
const PUNCTUATION_LINE = /^[\s{}()[\];,.]*$/;
const words = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

for (const lines of args.lines) {
  const tally = new Map<string, { n: number; right: number }>();
  const blanking = { touched: 0, all: 0, part: 0, none: 0, byFile: 0, byWindow: 0 };
  for (const { file, text, snippet, expected } of labelledSnippets(files, lines)) {
    const window = snippetWindow(text, lines, file.key);
    if (!window) continue;
    const blankedInFile = withoutLicenseWords(text).split('\n').slice(window.start, window.start + lines).join('\n');
    const touched = blankedInFile !== window.text;
    if (touched) {
      const before = words(window.text);
      const byFile = before - words(blankedInFile);
      const byWindow = before - words(withoutLicenseWords(window.text));
      blanking.touched++;
      blanking.byFile += byFile;
      blanking.byWindow += byWindow;
      if (byWindow >= byFile) blanking.all++;
      else if (byWindow > 0) blanking.part++;
      else blanking.none++;
    }
    const nonBlank = window.text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const commentsOnly = nonBlank.every((l) => COMMENT_LINE.test(l) || PUNCTUATION_LINE.test(l));
    const kind = !touched ? (commentsOnly ? 'comments only' : 'other') : words(blankedInFile) === 0 ? 'all license' : 'part license';
    const right = answerOf(detectLanguage(args.model, snippet, { contentOnly: true })) === expected;
    const t = tally.get(kind) ?? { n: 0, right: 0 };
    t.n++;
    if (right) t.right++;
    tally.set(kind, t);
  }
  const total = [...tally.values()].reduce((a, t) => a + t.n, 0);
  const wrong = [...tally.values()].reduce((a, t) => a + t.n - t.right, 0);
  console.log(`${lines}-line validation snippets: ${total}, ${((100 * (total - wrong)) / total).toFixed(2)}% right`);
  console.log(
    `  touching a license header: ${blanking.touched}; the window's own blanking removes all the whole file's does in ${blanking.all}, ` +
      `part in ${blanking.part}, none in ${blanking.none} (${blanking.byWindow} of ${blanking.byFile} words)`,
  );
  for (const [kind, t] of tally) {
    const share = ((100 * t.n) / total).toFixed(1);
    const errors = ((100 * (t.n - t.right)) / Math.max(1, wrong)).toFixed(1);
    console.log(`  ${kind.padEnd(14)} ${String(t.n).padStart(6)} (${share}%), ${((100 * t.right) / t.n).toFixed(1)}% right, ${errors}% of the errors`);
  }
}
