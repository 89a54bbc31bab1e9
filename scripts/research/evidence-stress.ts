// Research harness (not part of the product): times every evidence pattern of
// superset-evidence.ts and extension-syntax.ts on long lines made of one repeated fragment
// (`{{ a b `, `def a ` …), where a pattern that scans to the line's end from each place it could
// start costs quadratic time. The unit tests rule out nested quantifiers; this finds the other
// kind, which `detect` on a large string would pay for (the pipeline tests every superset's
// evidence when it ranks an answer again). Usage:
//   npx tsx scripts/research/evidence-stress.ts [--chars 60000] [--ms 30]
import { parseArgs } from 'node:util';
import { evidencePatterns } from '../../src/languages/evidence-patterns.js';

const { values } = parseArgs({ options: { chars: { type: 'string', default: '60000' }, ms: { type: 'string', default: '30' } } });
const chars = Number(values.chars);
const slow = Number(values.ms);
const patterns = evidencePatterns();

// Fragments that open a match of some pattern without closing it.
const FRAGMENTS = [
  '{{ a b ', '{% if a ', '{{if $a ', '): {', 'a: b ', '(x: y ', '@a ', '$a ', '[a b ', '<a b ', '#{', 'x as y ', '.a ',
  'a = b ', '{ a, ', '-> ', 'a::b ', '/* ', '"a ', "'a ", '`a ', 'if (a ', '= {', '\t', '  a', 'a\n  b\n', '@import "a ',
  'def a ', '${', '<% ', 'x?', '{#', '{$a ',
];

let found = 0;
for (const { language, rule, name, pattern } of patterns) {
  for (const fragment of FRAGMENTS) {
    const text = fragment.repeat(Math.ceil(chars / fragment.length));
    const start = performance.now();
    pattern.test(text);
    const ms = performance.now() - start;
    if (ms > slow) {
      found++;
      console.log(`${ms.toFixed(0).padStart(6)} ms  ${JSON.stringify(fragment)}  ${language} (${rule}): ${name}`);
    }
  }
}
console.log(`${patterns.length} patterns, ${FRAGMENTS.length} fragments of ${chars} characters: ${found} slower than ${slow} ms`);
