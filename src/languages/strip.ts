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
 * `text` with comments and string, character and template literals blanked (each literal keeps
 * its quotes), so that `"a::b"` or `'<vector>'` in a message is not taken for syntax. One pass, so
 * that `//` inside a string is not a comment and a quote inside a comment opens no string. A `"`
 * or `'` literal ends at its line's end if unclosed; a template literal may span lines.
 */
export function withoutCommentsAndStrings(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c === 47 && (next === 47 || next === 42)) {
      // '//' or '/*': the line break after a line comment stays, as in withoutComments.
      out += text.slice(from, i) + ' ';
      const end = text.indexOf(next === 47 ? '\n' : '*/', i + 2);
      i = from = end < 0 ? text.length : next === 47 ? end : end + 2;
    } else if (c === 34 || c === 39 || c === 96) {
      // '"', "'" or '`'
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === c || (d === 10 && c !== 96)) break;
        else j++;
      }
      out += text.slice(from, i) + text.charAt(i).repeat(2);
      i = from = j < text.length && text.charCodeAt(j) === c ? j + 1 : Math.min(j, text.length);
    } else {
      i++;
    }
  }
  return out + text.slice(from);
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
