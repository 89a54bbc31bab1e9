// A regular expression's alternation of many literal-led alternatives, rewritten so that the search
// follows one branch per position instead of trying every alternative.

/**
 * One alternation of `alternatives` (regular expressions without a top-level `|`), written as a
 * trie of their leading plain characters (`a(?:s is" basis|ny later version)|b(?:e liable for|…)`).
 * It matches at the same positions as the plain alternation, not always with the same length: use
 * it where only the position of a match counts.
 */
export function asTrie(alternatives: readonly string[]): string {
  return trieParts(alternatives).join('|');
}

/** The top-level alternatives of `asTrie`'s answer. */
function trieParts(alternatives: readonly string[]): string[] {
  // An alternative that is a prefix of others matches wherever they do.
  if (alternatives.includes('')) return [''];
  const branches = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alternative of alternatives) {
    const first = alternative[0] as string;
    const tail = alternative.slice(1);
    // A letter under a quantifier (`b?`) is no shared prefix.
    if (!/^[a-z ,'"-]/i.test(first) || /^[?*+{]/.test(tail)) rest.push(alternative);
    else if (branches.has(first)) (branches.get(first) as string[]).push(tail);
    else branches.set(first, [tail]);
  }
  const grouped = [...branches].map(([first, tails]) => {
    const parts = trieParts(tails);
    return first + (parts.length === 1 ? (parts[0] as string) : `(?:${parts.join('|')})`);
  });
  return [...grouped, ...rest];
}
