// Training from files on disk: snippet windows cut from each file, repeated lengths included.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listLabelledFiles } from '../../src/node/labelled-files.js';
import { trainFromFiles } from '../../src/node/train-files.js';
import { serializeModel } from '../../src/model/serialize.js';
import { featureHashes } from '../../src/tokenizer/features.js';
import { hashString } from '../../src/tokenizer/hash.js';
import { TokenKind } from '../../src/tokenizer/kinds.js';
import { countDocument, countDocumentWithSnippetFeatures } from '../../src/model/train.js';

const dir = mkdtempSync(join(tmpdir(), 'whichlang-train-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const python = Array.from({ length: 40 }, (_, i) => `def f${i}(x):\n    return x + ${i}\n`).join('');
const c = Array.from({ length: 40 }, (_, i) => `int f${i}(int x) {\n  return x + ${i};\n}\n`).join('');
writeFileSync(join(dir, 'a.py'), python);
writeFileSync(join(dir, 'b.c'), c);
const files = [
  { path: join(dir, 'a.py'), key: 'a.py', language: 'Python' },
  { path: join(dir, 'b.c'), key: 'b.c', language: 'C' },
];

describe('trainFromFiles', () => {
  it('learns each window length given, a repeated length as a second window elsewhere', () => {
    const docs = (snippetLines: number[]) => Array.from(trainFromFiles(files, { snippetLines }).model.languageDocs);
    expect(docs([])).toEqual([1, 1]);
    expect(docs([3, 10])).toEqual([3, 3]);
    expect(docs([1, 3, 3, 10, 10])).toEqual([6, 6]);
  });

  it('learns a fenced window as the fence’s language only where the files teach that language', () => {
    // Every line of the README but its fence lines sits inside a Python or a Mermaid fence.
    const fenced = (lang: string, body: string): string => ['```' + lang, ...Array.from({ length: 12 }, () => body), '```'].join('\n');
    writeFileSync(join(dir, 'README.md'), [fenced('python', 'print(x)'), fenced('mermaid', 'graph TD; A-->B')].join('\n'));
    const readme = { path: join(dir, 'README.md'), key: 'README.md', language: 'Markdown' };
    const model = trainFromFiles([...files, readme], { snippetLines: [1, 3, 3, 10, 10] }).model;
    expect([...model.languages].sort()).toEqual(['C', 'Markdown', 'Python']);
    const docsOf = (language: string): number => model.languageDocs[model.languages.indexOf(language)] as number;
    // Python learnt its file and the README's windows inside the Python fence.
    expect(docsOf('Python')).toBeGreaterThan(6);
    expect(docsOf('Python') + docsOf('Markdown')).toBe(6 + 6);
  });

  // A long file (over a snippet's 12 lines) whose names hold parts and whose comments hold words.
  const names = Array.from({ length: 20 }, (_, i) => `def fetch_user_name${i}(x):\n    # look the user up\n    return x\n`).join('');
  const features = { bigrams: true, positions: true, commentWords: true, wordParts: true };

  it('learns comment words and word parts from whole files only when asked, and keeps them to snippets when scoring', () => {
    writeFileSync(join(dir, 'names.py'), names);
    const named = [...files, { path: join(dir, 'names.py'), key: 'names.py', language: 'Python' }];
    const part = hashString('fetch', hashString('part'));
    const learnt = (snippetFeaturesFromWholeFiles: boolean) => trainFromFiles(named, { features, snippetFeaturesFromWholeFiles, minDocFrequency: 1 }).model;
    expect(Array.from(learnt(false).featureHashes)).not.toContain(part);
    const model = learnt(true);
    expect(Array.from(model.featureHashes)).toContain(part);
    // The model's own options are the ones given: a whole file is still read without them.
    expect(model.params.features).toEqual(features);
    expect(featureHashes(names, model.params.features)).not.toContain(part);
    expect(featureHashes('fetch_user_name(x)\n', model.params.features)).toContain(part);
    // The file is learnt as one document: its comment words and word parts are counted beside it.
    expect(model.languageDocs).toEqual(learnt(false).languageDocs);
  });

  it('counts a long file as it is read, and its comment words and word parts apart as count-only', () => {
    const [read, countOnly, ...more] = countDocumentWithSnippetFeatures({ text: names, language: 'Python' }, features);
    expect(more).toHaveLength(0);
    // What a whole file is refined by is exactly what scoring reads in it.
    expect(read).toEqual(countDocument({ text: names, language: 'Python' }, features));
    expect(read?.countOnly).toBeUndefined();
    expect(countOnly?.countOnly).toBe(true);
    expect(Array.from(countOnly?.hashes ?? [])).toContain(hashString('fetch', hashString('part')));
    expect(Array.from(countOnly?.hashes ?? [])).toContain(hashString('look', hashString(TokenKind.CommentWord)));
    expect(Array.from(read?.hashes ?? [])).not.toContain(hashString('fetch', hashString('part')));
    // A snippet-length text is read with them already: one document, as countDocument counts it.
    const short = 'def fetch_user_name(x):\n    # look the user up\n    return x\n';
    expect(countDocumentWithSnippetFeatures({ text: short, language: 'Python' }, features)).toEqual([countDocument({ text: short, language: 'Python' }, features)]);
  });

  it('is deterministic with repeated windows', () => {
    const a = serializeModel(trainFromFiles(files, { snippetLines: [1, 3, 3, 10, 10] }).model);
    const b = serializeModel(trainFromFiles(files, { snippetLines: [1, 3, 3, 10, 10] }).model);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('trains the same model from a copy of the corpus in another directory', () => {
    const trainIn = (name: string): Uint8Array => {
      const root = join(dir, name);
      mkdirSync(root);
      writeFileSync(join(root, 'a.py'), python);
      writeFileSync(join(root, 'b.c'), c);
      writeFileSync(join(root, 'index.jsonl'), '{"path":"a.py","language":"Python"}\n{"path":"b.c","language":"C"}\n');
      return serializeModel(trainFromFiles(listLabelledFiles(join(root, 'index.jsonl')), { snippetLines: [3, 10] }).model);
    };
    expect(Buffer.from(trainIn('one')).equals(Buffer.from(trainIn('another-checkout')))).toBe(true);
  });

  it('learns a file labelled with an extending language but showing none of it as the base language', () => {
    writeFileSync(join(dir, 'plain.tsx'), 'export function add(a: number, b: number): number {\n  return a + b;\n}\n');
    writeFileSync(join(dir, 'jsx.tsx'), 'export const Hello = (p: { name: string }) => <b>{p.name}</b>;\n');
    const labelled = [
      ...files,
      { path: join(dir, 'plain.tsx'), key: 'plain.tsx', language: 'TSX' },
      { path: join(dir, 'jsx.tsx'), key: 'jsx.tsx', language: 'TSX' },
    ];
    const { model } = trainFromFiles(labelled);
    const docsOf = (language: string) => model.languageDocs[model.languages.indexOf(language)];
    expect(model.languages).toEqual(['C', 'Python', 'TSX', 'TypeScript']);
    expect([docsOf('TSX'), docsOf('TypeScript')]).toEqual([1, 1]);
  });

  it('refits from documents already counted exactly as from the files read again', () => {
    const ruby = Array.from({ length: 30 }, (_, i) => `def f${i}(x)\n  x + ${i}\nend\n`).join('');
    writeFileSync(join(dir, 'c.rb'), ruby);
    const more = [{ path: join(dir, 'c.rb'), key: 'c.rb', language: 'Ruby' }];
    const options = { snippetLines: [3, 10], minDocFrequency: 1, refine: { epochs: 2, rate: 0.8 } };
    const first = trainFromFiles(files, { ...options, keepDocuments: true });
    expect(first.documents).toHaveLength(6);
    const reused = trainFromFiles(more, { ...options, counted: first.documents });
    const reread = trainFromFiles([...files, ...more], options);
    expect(reused.model.languages).toEqual(['C', 'Python', 'Ruby']);
    expect(Array.from(reused.model.languageDocs)).toEqual([3, 3, 3]);
    expect(Buffer.from(serializeModel(reused.model)).equals(Buffer.from(serializeModel(reread.model)))).toBe(true);
  });
});
