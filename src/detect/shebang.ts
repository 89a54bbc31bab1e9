import { languagesForInterpreter } from '../languages/index.js';
import { shebangInterpreter } from '../tokenizer/shebang.js';
import { narrow, type Strategy } from './strategy.js';

// A `#!/bin/sh` script that re-executes itself under another interpreter (the Tcl idiom
// `exec tclsh "$0" "$@"`, hidden from Tcl behind a backslash-continued comment) is in that
// interpreter's language, as in Linguist. The character classes are disjoint, so this is linear.
const EXEC_SELF = /exec (\w+)[\s'"]+\$0[\s'"]+\$@/;

/** The interpreter a `sh` script hands itself to in its first five lines, if any. */
function reExecInterpreter(text: string): string | undefined {
  const head = text.slice(0, 2000).split('\n', 5).join('\n');
  return EXEC_SELF.exec(head)?.[1];
}

/** `#!/usr/bin/env python3` → Python. Falls back from "python3" to "python" when only that is listed. */
export const shebangStrategy: Strategy = {
  name: 'shebang',
  run(input, candidates) {
    if (!input.text.startsWith('#!')) return [];
    const end = input.text.indexOf('\n');
    let interpreter = shebangInterpreter(end < 0 ? input.text : input.text.slice(0, end));
    if (interpreter === 'sh') interpreter = reExecInterpreter(input.text) ?? interpreter;
    if (!interpreter) return [];
    let found = languagesForInterpreter(interpreter);
    if (found.length === 0) found = languagesForInterpreter(interpreter.replace(/\d+$/, ''));
    return narrow(found, candidates);
  },
};
