// For tests of evidence patterns: a pattern that repeats a quantified group can backtrack exponentially.

/** Whether a pattern repeats (`*`, `+`, `{…}`) a group that holds a quantifier: `(a+)*` backtracks exponentially. */
export function hasNestedQuantifier(source: string): boolean {
  const quantified: boolean[] = [false]; // per open group: does it hold a quantifier?
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      quantified.push(false);
      if (source[i + 1] === '?') i += 2; // (?:…), (?=…): this ? opens the group
    } else if (c === ')') {
      const inner = quantified.pop() ?? false;
      const after = source[i + 1];
      if (inner && (after === '*' || after === '+' || after === '{')) return true;
      if (inner || after === '*' || after === '+' || after === '?' || after === '{') quantified[quantified.length - 1] = true;
    } else if (c === '*' || c === '+' || c === '?' || c === '{') quantified[quantified.length - 1] = true;
  }
  return false;
}
