import { languagesForInterpreter } from '../languages/index.js';
import { shebangInterpreter } from '../tokenizer/shebang.js';
import { narrow, type Strategy } from './strategy.js';

/** `#!/usr/bin/env python3` → Python. Falls back from "python3" to "python" when only that is listed. */
export const shebangStrategy: Strategy = {
  name: 'shebang',
  run(input, candidates) {
    if (!input.text.startsWith('#!')) return [];
    const end = input.text.indexOf('\n');
    const interpreter = shebangInterpreter(end < 0 ? input.text : input.text.slice(0, end));
    if (!interpreter) return [];
    let found = languagesForInterpreter(interpreter);
    if (found.length === 0) found = languagesForInterpreter(interpreter.replace(/\d+$/, ''));
    return narrow(found, candidates);
  },
};
