// Research harness (not part of the product): times every evidence pattern of
// superset-evidence.ts and extension-syntax.ts on long lines made of one repeated fragment
// (`{{ a b `, `def a ` …), where a pattern that scans to the line's end from each place it could
// start costs quadratic time. The unit tests rule out nested quantifiers; this finds the other
// kind, which `detect` on a large string would pay for (the pipeline tests every superset's
// evidence when it ranks an answer again). Usage:
//   npx tsx scripts/research/evidence-stress.ts [--chars 60000] [--ms 30]
import { parseArgs } from 'node:util';
import { EXTENSION_SYNTAX } from '../../src/languages/extension-syntax.js';
import { SUPERSET_EVIDENCE } from '../../src/languages/superset-evidence.js';

const { values } = parseArgs({ options: { chars: { type: 'string', default: '60000' }, ms: { type: 'string', default: '30' } } });
const chars = Number(values.chars);
const slow = Number(values.ms);

const patterns = new Map<RegExp, string>();
const add = (where: string, evidence: Readonly<Record<string, RegExp>> | undefined): void => {
  for (const [name, pattern] of Object.entries(evidence ?? {})) if (!patterns.has(pattern)) patterns.set(pattern, `${where}: ${name}`);
};
for (const [language, superset] of Object.entries(SUPERSET_EVIDENCE)) {
  add(language, superset.evidence);
  add(`${language} (second base)`, superset.otherBase?.evidence);
  add(`${language} (host)`, superset.host);
  add(`${language} (second host)`, superset.otherHost?.evidence);
}
for (const [language, rules] of Object.entries(EXTENSION_SYNTAX)) for (const rule of rules) add(`${language} → ${rule.extension}`, rule.evidence);

// Fragments that open a match of some pattern without closing it.
const FRAGMENTS = [
  '{{ a b ', '{% if a ', '{{if $a ', '): {', 'a: b ', '(x: y ', '@a ', '$a ', '[a b ', '<a b ', '#{', 'x as y ', '.a ',
  'a = b ', '{ a, ', '-> ', 'a::b ', '/* ', '"a ', "'a ", '`a ', 'if (a ', '= {', '\t', '  a', 'a\n  b\n', '@import "a ',
  'def a ', '${', '<% ', 'x?', '{#', '{$a ',
];

let found = 0;
for (const [pattern, name] of patterns) {
  for (const fragment of FRAGMENTS) {
    const text = fragment.repeat(Math.ceil(chars / fragment.length));
    const start = performance.now();
    pattern.test(text);
    const ms = performance.now() - start;
    if (ms > slow) {
      found++;
      console.log(`${ms.toFixed(0).padStart(6)} ms  ${JSON.stringify(fragment)}  ${name}`);
    }
  }
}
console.log(`${patterns.size} patterns, ${FRAGMENTS.length} fragments of ${chars} characters: ${found} slower than ${slow} ms`);
