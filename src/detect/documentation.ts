// Is this path documentation (docs and examples directories, README, LICENSE …)? Pure.
import { DOCUMENTATION_PATHS } from './exclusion-rules.js';
import { PathRules, toSlashes } from './path-rules.js';

const rules = new PathRules(DOCUMENTATION_PATHS);

/** `path` relative to the project's root (either separator); `^` rules anchor there. */
export function isDocumentation(path: string): boolean {
  return rules.test(toSlashes(path));
}
