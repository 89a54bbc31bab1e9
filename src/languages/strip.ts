// Parts of a text that say nothing about its own syntax, removed before looking for evidence:
// comments, where prose says "logic" and "interface", and Markdown's fenced code blocks, where a
// README quotes the code of other languages. One pass each, linear.

/** `text` with `//` line comments and block comments blanked (a line comment keeps its line break). */
export function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text.charCodeAt(i) !== 47) continue; // '/'
    const next = text.charCodeAt(i + 1);
    if (next !== 47 && next !== 42) continue; // '//' or '/*'
    out += text.slice(from, i);
    const end = text.indexOf(next === 47 ? '\n' : '*/', i + 2);
    // The line break stays, so that patterns anchored at a line's start still see the next line.
    from = end < 0 ? text.length : next === 47 ? end : end + 2;
    out += ' ';
    i = from - 1;
  }
  return out + text.slice(from);
}

/**
 * `text` with comments and C-family string and character literals blanked (each literal keeps its
 * quotes), so that `"a::b"` or `'<vector>'` in a message is not taken for syntax.
 */
export function withoutCommentsAndStrings(text: string): string {
  return withoutComments(text).replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (literal) => literal.charAt(0).repeat(2));
}

/**
 * `text` without its fenced code blocks: from a line opening with ```` ``` ```` or `~~~` to the line
 * closing it, which (as in CommonMark) is a run of the same character at least as long and nothing
 * after it. A `~~~` inside a backtick block is code, not a fence.
 */
export function withoutCodeFences(text: string): string {
  const kept: string[] = [];
  let fence = '';
  for (const line of text.split('\n')) {
    const run = /^[ \t]*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === '') {
      if (run) fence = run;
      else kept.push(line);
    } else if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) {
      fence = '';
    }
  }
  return kept.join('\n');
}

/**
 * `text` without its Pod: from a line opening with a command (`=head1`, `=pod`, `=over` …) to the
 * line after `=cut`, and everything after `__END__` or `__DATA__`, where Perl stops reading code.
 */
export function withoutPod(text: string): string {
  const kept: string[] = [];
  let inPod = false;
  for (const line of text.split('\n')) {
    if (/^__(?:END|DATA)__\b/.test(line)) break;
    if (/^=[A-Za-z]/.test(line)) inPod = !/^=cut\b/.test(line);
    else if (!inPod) kept.push(line);
  }
  return kept.join('\n');
}
