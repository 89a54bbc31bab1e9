// Fails when models/REPORT.md was not produced from the committed models/default.wlm:
// the report records the model's SHA-256, so stale figures cannot slip through.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const model = readFileSync('models/default.wlm');
const sha = createHash('sha256').update(model).digest('hex');
const report = readFileSync('models/REPORT.md', 'utf8');
const recorded = /model-sha256: ([0-9a-f]{64})/.exec(report)?.[1];
if (recorded !== sha) {
  console.error(`models/REPORT.md describes model ${recorded ?? '(none)'} but models/default.wlm is ${sha}: run npm run eval`);
  process.exit(1);
}
console.log(`models/REPORT.md matches models/default.wlm (${sha.slice(0, 12)})`);
