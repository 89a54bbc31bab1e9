// Is this path vendored (third-party code carried in the tree)? Pure: a path, no file system.
import { VENDORED_PATHS } from './exclusion-rules.js';
import { PathRules, toSlashes } from './path-rules.js';

const rules = new PathRules(VENDORED_PATHS);

/** `path` relative to the project's root (either separator); `^` rules anchor there. */
export function isVendored(path: string): boolean {
  return rules.test(toSlashes(path));
}
