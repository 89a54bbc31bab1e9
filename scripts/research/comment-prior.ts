// Research harness (not part of the product): would a language prior help snippets that are only
// comments? Three lines of a licence behind `#` say no more than the comment marker, and naive
// Bayes with uniform priors then names whichever language learnt the most such windows. This
// reranks the pipeline's answer for such snippets by p(L) · share(L)^β, share being the model's
// training documents per language, and prints accuracy by β. Usage:
//   npx tsx scripts/research/comment-prior.ts --model X [--lines 3]
// Use a train-only model (scripts/train.ts --no-refit): the shipped one has learnt validation.
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { readSnippetArgs } from './snippet-args.js';
import { detectLanguage } from '../../src/detect/index.js';
import { tokenize } from '../../src/tokenizer/index.js';
import { TokenKind } from '../../src/tokenizer/kinds.js';
import { answerOf, labelledSnippets } from './labelled-snippets.js';

const args = readSnippetArgs('3');
const model = args.model;
const docs = new Map(model.languages.map((l, i) => [l, model.languageDocs[i] as number]));
const totalDocs = [...docs.values()].reduce((a, b) => a + b, 0);
const logShare = (language: string): number => Math.log((docs.get(language) ?? 1) / totalDocs);
const BETAS = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5];
const CODE_KINDS = new Set<string>([TokenKind.Word, TokenKind.Number, TokenKind.String, TokenKind.Punct, TokenKind.Directive]);

const files = listLabelledFiles(args.index, { split: 'validation' });
for (const lines of args.lines) {
  const right = { comments: new Array<number>(BETAS.length).fill(0), code: new Array<number>(BETAS.length).fill(0) };
  const count = { comments: 0, code: 0 };
  for (const s of labelledSnippets(files, lines)) {
    const kind = tokenize(s.snippet).some((t) => t !== null && CODE_KINDS.has(t.kind)) ? 'code' : 'comments';
    count[kind]++;
    const d = detectLanguage(model, s.snippet, { contentOnly: true, top: model.languages.length });
    BETAS.forEach((beta, b) => {
      let answer = answerOf(d);
      if (d.language !== null && beta > 0) {
        let best = -Infinity;
        for (const c of d.candidates) {
          const v = Math.log(c.probability) + beta * logShare(c.language);
          if (v > best) {
            best = v;
            answer = c.language;
          }
        }
      }
      if (answer === s.expected) right[kind][b] = (right[kind][b] as number) + 1;
    });
  }
  const n = count.comments + count.code;
  console.log(`${lines} lines: ${n} snippets, ${count.comments} only comments`);
  BETAS.forEach((beta, b) => {
    const c = right.comments[b] as number;
    const k = right.code[b] as number;
    console.log(
      `  β ${beta}: comments only ${((100 * c) / count.comments).toFixed(2)}%, code ${((100 * k) / count.code).toFixed(2)}%; prior on comment-only snippets alone ${((100 * (c + (right.code[0] as number))) / n).toFixed(2)}%, on all ${((100 * (c + k)) / n).toFixed(2)}%`,
    );
  });
}
