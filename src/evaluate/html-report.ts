// The evaluation as one self-contained HTML page: the summary, and a confusion heat map people can
// scan at a glance (rows: the true language; columns: the answer; darker: a larger share of the row).
import type { ModelData } from '../model/types.js';
import type { Evaluation } from './evaluate.js';
import type { ReportContext } from './report.js';
import { noiseInputName, nullShare } from './noise-rejection.js';
import { namedLanguages } from '../model/no-language.js';

const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function formatHtmlReport(model: ModelData, evaluation: Evaluation, ctx: ReportContext): string {
  const w = evaluation.whole;
  const support = new Map(w.perLanguage.map((l) => [l.language, l]));
  // Only languages that took part in a mistake: a 200 × 200 grid of mostly empty cells helps nobody.
  const involved = new Set<string>();
  for (const c of w.allConfusions) involved.add(c.expected).add(c.predicted);
  const rows = [...involved].filter((l) => support.has(l)).sort();
  const cols = [...involved].sort();
  const cell = new Map(w.allConfusions.map((c) => [`${c.expected}\u0000${c.predicted}`, c.count]));
  const head = cols.map((c) => `<th class="col"><span>${escape(c)}</span></th>`).join('');
  const body = rows
    .map((r) => {
      const l = support.get(r);
      const n = l?.support ?? 0;
      const tds = cols
        .map((c) => {
          const count = c === r ? Math.round((l?.recall ?? 0) * n) : (cell.get(`${r}\u0000${c}`) ?? 0);
          if (count === 0) return '<td></td>';
          const share = n === 0 ? 0 : count / n;
          const colour = c === r ? `rgba(40,140,60,${0.15 + 0.85 * share})` : `rgba(200,40,40,${0.15 + 0.85 * share})`;
          return `<td style="background:${colour}" title="${escape(r)} → ${escape(c)}: ${count} of ${n} (${pct(share)})">${count}</td>`;
        })
        .join('');
      return `<tr><th class="row">${escape(r)} <small>${pct(l?.recall ?? 0)}</small></th>${tds}</tr>`;
    })
    .join('\n');
  const noise = evaluation.noise
    ? `<h2>Noise answered "no language"</h2>
<table><tr><th>Input</th><th>Samples</th><th>Answered null</th></tr>
${evaluation.noise.byInput.map((t) => `<tr><td>${noiseInputName(t.lines)}</td><td>${t.total}</td><td>${pct(nullShare(t))}</td></tr>`).join('')}</table>\n`
    : '';
  const lengths = evaluation.byLines.map((b) => `<tr><td>${b.lines} line${b.lines === 1 ? '' : 's'}</td><td>${b.metrics.total}</td><td>${pct(b.metrics.accuracy)}</td></tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(ctx.title)}</title>
<style>
body{font:14px system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 5px;text-align:right}
.matrix td{min-width:1.6em;font-size:11px}.matrix th.row{text-align:left;white-space:nowrap;font-weight:normal}
.matrix th.col{height:140px;vertical-align:bottom;padding:0}.matrix th.col span{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;font-size:11px}
small{color:#777}
</style></head><body>
<h1>${escape(ctx.title)}</h1>
<p>Model <code>${escape(ctx.modelName)}</code>, SHA-256 <code>${ctx.modelSha256.slice(0, 16)}…</code>, ${namedLanguages(model).length} languages. ${escape(ctx.dataset)}.</p>
<h2>Top-1 accuracy, content only</h2>
<table><tr><th>Input</th><th>Samples</th><th>Accuracy</th></tr>
<tr><td>whole file</td><td>${w.total}</td><td><b>${pct(w.accuracy)}</b></td></tr>${lengths}
${evaluation.withFilenames ? `<tr><td>whole file, with file name</td><td>${evaluation.withFilenames.total}</td><td>${pct(evaluation.withFilenames.accuracy)}</td></tr>` : ''}</table>
${noise}<h2>Confusions (whole files)</h2>
<p>Rows: the true language, with its recall. Columns: the answer. Green: right; red: wrong; darker: a larger share of the row. Hover a cell for figures. Only languages involved in at least one mistake are shown.</p>
<table class="matrix"><tr><th></th>${head}</tr>
${body}
</table>
</body></html>
`;
}
