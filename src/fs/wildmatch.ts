// Git's glob patterns (as in .gitattributes and .gitignore) as regular expressions over a path
// with `/` separators: `*` and `?` stop at `/`, `[…]` is a bracket expression (`!` or `^`
// negates), `**/` at the start or `/**/` inside match any number of directories, `/**` at the
// end everything inside, and a backslash takes the next character literally.

const CLASSES: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '\\x21-\\x7e',
  lower: 'a-z',
  print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\r\\f\\v',
  upper: 'A-Z',
  xdigit: '0-9a-fA-F',
};

const escape = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A bracket expression starting at `start` (the `[`): its regex and where it ends, or undefined if unclosed. */
function bracket(glob: string, start: number): { source: string; end: number } | undefined {
  let i = start + 1;
  let negate = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  for (let first = true; i < glob.length; first = false) {
    const c = glob[i] as string;
    if (c === ']' && !first) return { source: negate ? `[^/${body}]` : `[${body}]`, end: i + 1 };
    if (c === '[' && glob[i + 1] === ':') {
      const close = glob.indexOf(':]', i + 2);
      const name = close > 0 ? glob.slice(i + 2, close) : '';
      if (CLASSES[name] !== undefined) {
        body += CLASSES[name];
        i = close + 2;
        continue;
      }
    }
    if (c === '\\' && i + 1 < glob.length) {
      body += escape(glob[i + 1] as string);
      i += 2;
      continue;
    }
    if (c === '-' && !first && glob[i + 1] !== ']' && i + 1 < glob.length) body += '-';
    else body += escape(c);
    i++;
  }
  return undefined;
}

/** The whole-path regular expression for one glob (no leading `/`, no trailing `/`). */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; ) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      let end = i;
      while (glob[end] === '*') end++;
      const atStart = i === 0 || glob[i - 1] === '/';
      if (atStart && glob[end] === '/') {
        source += '(?:.*/)?'; // "**/": zero or more directories
        i = end + 1;
        continue;
      }
      if (atStart && end === glob.length) {
        source += i === 0 ? '.*' : '.+'; // "/**" at the end: everything inside
        i = end;
        continue;
      }
      source += '[^/]*'; // any other run of stars is a single star
      i = end;
      continue;
    }
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const b = bracket(glob, i);
      if (b) {
        source += b.source;
        i = b.end;
        continue;
      }
      source += '\\[';
    } else if (c === '\\' && i + 1 < glob.length) {
      source += escape(glob[i + 1] as string);
      i += 2;
      continue;
    } else source += escape(c);
    i++;
  }
  return new RegExp(`^${source}$`);
}
