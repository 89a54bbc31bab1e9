// Run in a fresh process by the benchmark: time from nothing to a model ready to classify.
import { readFileSync } from 'node:fs';
const t0 = performance.now();
const { deserializeModel } = await import('../dist/model/serialize.js');
const { compile } = await import('../dist/model/compiled.js');
const model = deserializeModel(readFileSync(process.argv[2] ?? 'models/default.wlm'));
compile(model);
process.stdout.write(String(performance.now() - t0));
