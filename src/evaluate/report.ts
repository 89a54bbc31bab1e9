// The evaluation report as Markdown: the figures people look for first, then the detail.
import type { ModelData } from '../model/types.js';
import type { Evaluation, WholeFileError } from './evaluate.js';
import type { Metrics } from './metrics.js';
import { noiseInputName, nullShare, type NoiseRejection, type NoiseTally } from './noise-rejection.js';
import { NOISE, namedLanguages, OTHER_PROSE } from '../model/no-language.js';
import { LEADER_BONUS_FULL_BELOW } from '../model/score.js';

export interface ReportContext {
  readonly title: string;
  /** How the samples were chosen, in a sentence. */
  readonly dataset: string;
  readonly modelName: string;
  readonly modelBytes: number;
  /** SHA-256 of the model file: ties the report to exactly one model. */
  readonly modelSha256: string;
  readonly command: string;
  /** Per language: test files seen in the evaluation (from the evaluation itself when absent). */
  readonly testFiles?: ReadonlyMap<string, number>;
  /**
   * Per language: the files the model learnt from. Without it the model's document counts are
   * shown, which include the snippet windows cut from each file.
   */
  readonly trainingFiles?: ReadonlyMap<string, number>;
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

function languageTable(model: ModelData, m: Metrics, trainingFiles?: ReadonlyMap<string, number>): string[] {
  const byLanguage = new Map(m.perLanguage.map((l) => [l.language, l]));
  const trained = trainingFiles ? 'Training files' : 'Training documents (files and snippet windows)';
  const rows = [`| Language | ${trained} | Test files | Precision | Recall | F1 |`, '|---|---:|---:|---:|---:|---:|'];
  const names = [...new Set([...namedLanguages(model), ...byLanguage.keys()])].sort();
  for (const name of names) {
    const l = byLanguage.get(name);
    const i = model.languages.indexOf(name);
    const train = i < 0 ? '—' : String(trainingFiles ? (trainingFiles.get(name) ?? 0) : model.languageDocs[i]);
    rows.push(l ? `| ${name} | ${train} | ${l.support} | ${pct(l.precision)} | ${pct(l.recall)} | ${pct(l.f1)} |` : `| ${name} | ${train} | 0 | — | — | — |`);
  }
  return rows;
}

/** How many projects a language's wrong files come from, and for how many its language was the second choice. */
export function errorReasons(errors: readonly WholeFileError[], language: string): string {
  const wrong = errors.filter((e) => e.expected === language);
  if (wrong.length === 0) return '';
  const byProject = new Map<string, number>();
  for (const e of wrong) if (e.project !== undefined) byProject.set(e.project, (byProject.get(e.project) ?? 0) + 1);
  const parts: string[] = [];
  if (byProject.size > 0) {
    const most = Math.max(...byProject.values());
    const files = wrong.length === 1 ? 'the wrong file comes' : `the ${wrong.length} wrong files come`;
    parts.push(byProject.size === 1 ? `${files} from one project` : `${files} from ${byProject.size} projects (at most ${most} from one)`);
  }
  const second = wrong.filter((e) => e.rank === 2).length;
  parts.push(`${language} was the second choice for ${second}`);
  return `; ${parts.join('; ')}`;
}

/** A section on text that is no language: its heading and introduction, then the share answered null by input and by kind. */
function nullAnswersSection(heading: string, intro: string, kindHeading: string, rejection: NoiseRejection): string[] {
  const share = (t: NoiseTally): string => `${t.nulls} of ${t.total} (${pct(nullShare(t))})`;
  return [
    '',
    `## ${heading}`,
    '',
    intro,
    '',
    '| Input | Answered null |',
    '|---|---:|',
    ...rejection.byInput.map((t) => `| ${noiseInputName(t.lines)} | ${share(t)} |`),
    '',
    `| ${kindHeading} | Answered null | Named instead |`,
    '|---|---:|---|',
    ...rejection.byKind.map((t) => `| ${t.kind} | ${share(t)} | ${t.named.map((n) => `${n.language} ${n.count}`).join(', ') || '—'} |`),
  ];
}

/** Generated noise (base64, hex dumps, random tokens …): the share answered "no language". */
function noiseSection(model: ModelData, noise: NoiseRejection): string[] {
  const learnt = model.languageDocs[model.languages.indexOf(NOISE)];
  return nullAnswersSection(
    'Noise: answered "no language"',
    'Generated text that is no language (src/evaluate/noise.ts), whole and as snippets, drawn with another seed than the samples the corpus teaches. ' +
      (learnt === undefined
        ? 'This model learnt no noise class.'
        : `The model learnt ${learnt.toLocaleString('en')} documents (samples and their windows) as the internal class \`${NOISE}\`, answered null and never listed or ranked.`),
    'Kind',
    noise,
  );
}

/** Prose in other languages than English, from the evaluated projects' translations: the share answered as prose. */
function otherProseSection(model: ModelData, prose: NoiseRejection): string[] {
  const learnt = model.languageDocs[model.languages.indexOf(OTHER_PROSE)];
  return nullAnswersSection(
    'Prose in other languages: answered "no language"',
    "Runs of translated messages from the evaluated projects' Gettext catalogs (src/evaluate/translated-prose.ts): German, French, Greek … prose, whole and as snippets. " +
      (learnt === undefined
        ? 'This model learnt no class of prose in other languages.'
        : `The model learnt ${learnt.toLocaleString('en')} documents (samples of the training projects' catalogs and their windows) as the internal class \`${OTHER_PROSE}\`, whose probability is Text's.`),
    'Project',
    prose,
  );
}

export function formatReport(model: ModelData, evaluation: Evaluation, ctx: ReportContext): string {
  const w = evaluation.whole;
  const lines: string[] = [
    `# ${ctx.title}`,
    '',
    `<!-- model-sha256: ${ctx.modelSha256} -->`,
    `Generated by \`${ctx.command}\`. Do not edit: regenerate it.`,
    '',
    `- Model: \`${ctx.modelName}\` — ${(ctx.modelBytes / 1e6).toFixed(2)} MB, SHA-256 \`${ctx.modelSha256.slice(0, 16)}…\`, ` +
      `${namedLanguages(model).length} languages, ${model.featureHashes.length.toLocaleString('en')} features, ` +
      `${model.entryCodes.length.toLocaleString('en')} non-zero counts`,
    `- Parameters: α = ${model.params.alpha}, temperature = ${model.params.temperature.toFixed(3)} × evidence^${model.params.temperatureExponent}, leader's bonus ${model.params.leaderBonus.toFixed(3)} × (${LEADER_BONUS_FULL_BELOW} / evidence)^${model.params.leaderBonusExponent} past ${LEADER_BONUS_FULL_BELOW}, ` +
      `unknown below confidence ${model.params.minConfidence} or evidence ${model.params.minEvidence}`,
    ...Object.entries(model.info).map(([k, v]) => `- ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`),
    `- Evaluated on: ${ctx.dataset}`,
    '',
    '## Summary (content only: no file names)',
    '',
    '| Input | Samples | Top-1 accuracy | Against the file\'s label | Unknown answers | Calibration error (ECE) |',
    '|---|---:|---:|---:|---:|---:|',
    `| whole file | ${w.total} | **${pct(w.accuracy)}** | ${pct(evaluation.settledByContent.accuracyAsLabelled)} | ${w.unknown} | ${w.calibrationError.toFixed(4)} |`,
    ...evaluation.byLines.map(
      ({ lines: n, metrics: m, accuracyAsLabelled }) =>
        `| ${n} line${n === 1 ? '' : 's'} | ${m.total} | ${pct(m.accuracy)} | ${pct(accuracyAsLabelled)} | ${m.unknown} | ${m.calibrationError.toFixed(4)} |`,
    ),
  ];
  if (evaluation.withFilenames) {
    const m = evaluation.withFilenames;
    lines.push(`| whole file **with file name** | ${m.total} | **${pct(m.accuracy)}** | | ${m.unknown} | ${m.calibrationError.toFixed(4)} |`);
  }
  const ambiguous = evaluation.ambiguousExtensions;
  if (ambiguous) {
    lines.push(
      `| whole file with file name, **ambiguous extension** only (.h, .m, .pl, .ts …) | ${ambiguous.total} | **${pct(ambiguous.accuracy)}** | | ${ambiguous.unknown} | ${ambiguous.calibrationError.toFixed(4)} |`,
    );
  }
  const { moves, accuracyAsLabelled } = evaluation.settledByContent;
  if (moves.length > 0) {
    const moved = moves.map((m) => `${m.label} → ${m.content} ${m.count}`).join(', ');
    lines.push(
      '',
      `Files are scored as the language their content shows where it differs from the label (src/languages/superset-evidence.ts, extension-syntax.ts): ` +
        `a language that extends another but showing none of the extension as the base, a base-language file written in the extension as the extension: ${moved}. Scored against the labels as given, whole-file accuracy is ${pct(accuracyAsLabelled)}. ` +
        `A snippet is scored the same way by what it shows (three lines of a C++ file without any C++ are C), and a snippet cut from inside a block that names its language as that language: a Markdown fence's info string (\`\`\`js), a page's or component's <script> or <style> element (src/languages/embedded-blocks.ts). The column "against the file's label" scores the same answers against the file's label.`,
    );
  }
  if (evaluation.unknownToModel.length > 0) {
    lines.push('', `Languages in the samples the model does not know (always wrong): ${evaluation.unknownToModel.join(', ')}.`);
  }
  if (evaluation.noise) lines.push(...noiseSection(model, evaluation.noise));
  if (evaluation.otherProse) lines.push(...otherProseSection(model, evaluation.otherProse));
  const weak = w.perLanguage.filter((l) => l.support >= 20 && l.recall < 0.85);
  lines.push('', '## Languages with ≥ 20 test files and recall below 85%', '');
  // The reason, as far as the figures tell it: what the files were taken for instead, how many
  // projects the errors come from (one project's style, or the language's), and how close they were.
  const takenFor = (language: string): string => {
    const wrong = w.allConfusions.filter((c) => c.expected === language).slice(0, 3);
    return wrong.length === 0 ? '' : `; taken for ${wrong.map((c) => `${c.predicted} (${c.count})`).join(', ')}${errorReasons(evaluation.wholeErrors, language)}`;
  };
  lines.push(weak.length === 0 ? 'None.' : weak.map((l) => `- ${l.language}: recall ${pct(l.recall)} on ${l.support} files${takenFor(l.language)}`).join('\n'));
  lines.push('', '## Largest confusions (whole files)', '', '| Expected | Predicted | Count |', '|---|---|---:|');
  for (const c of w.confusions) lines.push(`| ${c.expected} | ${c.predicted} | ${c.count} |`);
  if (evaluation.withFilenames) {
    lines.push('', '## Remaining confusions with file names', '', '| Expected | Predicted | Count |', '|---|---|---:|');
    for (const c of evaluation.withFilenames.confusions) lines.push(`| ${c.expected} | ${c.predicted ?? 'unknown'} | ${c.count} |`);
  }
  if (ambiguous) {
    lines.push('', '## Ambiguous extensions: accuracy per language', '', '| Language | Test files | Precision | Recall |', '|---|---:|---:|---:|');
    for (const l of ambiguous.perLanguage.filter((x) => x.support > 0)) lines.push(`| ${l.language} | ${l.support} | ${pct(l.precision)} | ${pct(l.recall)} |`);
  }
  lines.push('', '## Per language (whole files)', '', ...languageTable(model, w, ctx.trainingFiles), '');
  return lines.join('\n');
}
