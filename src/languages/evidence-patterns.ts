// Every pattern the content rules test a text with (superset-evidence.ts, extension-syntax.ts,
// required-syntax.ts), named by the rule that holds it: for checks that must see all of them
// (linear time, no state between calls) and for the stress harness in scripts/research.
import { EXTENSION_SYNTAX } from './extension-syntax.js';
import { REQUIRED_SYNTAX } from './required-syntax.js';
import { SUPERSET_EVIDENCE } from './superset-evidence.js';

export interface EvidencePattern {
  /** The language whose rule holds the pattern. */
  readonly language: string;
  /** Which of its evidence: the extension's, a second base's, a host's or a rule's (→ extension). */
  readonly rule: string;
  readonly name: string;
  readonly pattern: RegExp;
}

/** Each pattern once (a shared evidence table is listed under the first rule that holds it). */
export function evidencePatterns(): EvidencePattern[] {
  const out: EvidencePattern[] = [];
  const seen = new Set<RegExp>();
  const add = (language: string, rule: string, evidence: Readonly<Record<string, RegExp>> | undefined): void => {
    for (const [name, pattern] of Object.entries(evidence ?? {})) {
      if (seen.has(pattern)) continue;
      seen.add(pattern);
      out.push({ language, rule, name, pattern });
    }
  };
  for (const [language, superset] of Object.entries(SUPERSET_EVIDENCE)) {
    add(language, 'extension', superset.evidence);
    add(language, 'second base', superset.otherBase?.evidence);
    add(language, 'host', superset.host);
    add(language, 'second host', superset.otherHost?.evidence);
  }
  for (const [language, rules] of Object.entries(EXTENSION_SYNTAX)) for (const rule of rules) add(language, `→ ${rule.extension}`, rule.evidence);
  for (const [language, required] of Object.entries(REQUIRED_SYNTAX)) add(language, 'required', Object.fromEntries(required.anyOf.map((pattern, i) => [`${required.name}, ${i + 1}`, pattern])));
  return out;
}
