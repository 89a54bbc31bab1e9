/**
 * The interpreter named by a `#!` line: `#!/usr/bin/env -S python3.11 -u` → "python3".
 * Minor versions are dropped ("python3.11" → "python3"), major ones kept ("perl6" stays),
 * because Linguist's interpreter table names majors but never minors.
 */
export function shebangInterpreter(firstLine: string): string | undefined {
  // Real shebang lines are short (the kernel reads 256 bytes); a longer one is not a shebang.
  if (!firstLine.startsWith('#!') || firstLine.length > 512) return undefined;
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
  program = withoutMinorVersions(program);
  return program.length > 0 && program.length <= 40 ? program : undefined;
}

/** Drops trailing ".<digits>" groups ("python3.11" → "python3") in one backward pass, no regex backtracking. */
function withoutMinorVersions(name: string): string {
  let end = name.length;
  for (;;) {
    let i = end;
    while (i > 0 && name.charCodeAt(i - 1) >= 48 && name.charCodeAt(i - 1) <= 57) i--;
    if (i === end || i === 0 || name[i - 1] !== '.') return name.slice(0, end);
    end = i - 1;
  }
}

function lastPathPart(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
