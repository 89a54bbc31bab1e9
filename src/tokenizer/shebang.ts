/**
 * The interpreter named by a `#!` line: `#!/usr/bin/env -S python3.11 -u` → "python3".
 * Minor versions are dropped ("python3.11" → "python3"), major ones kept ("perl6" stays),
 * because Linguist's interpreter table names majors but never minors.
 */
export function shebangInterpreter(firstLine: string): string | undefined {
  if (!firstLine.startsWith('#!')) return undefined;
  const words = firstLine.slice(2).trim().split(/[ \t]+/);
  let program = lastPathPart(words[0] ?? '');
  if (program === 'env') {
    program = '';
    for (const word of words.slice(1)) {
      if (word.startsWith('-') || word.includes('=')) continue; // env flags (-S, -i) and VAR=value
      program = lastPathPart(word);
      break;
    }
  }
  program = program.replace(/(\.\d+)+$/, '');
  return program.length > 0 && program.length <= 40 ? program : undefined;
}

function lastPathPart(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
