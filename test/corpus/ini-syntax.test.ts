// INI-labelled files that show nothing of INI are dropped from the corpus (ini-syntax.ts).
import { describe, expect, it } from 'vitest';
import { lacksIniSyntax } from '../../corpus/scripts/ini-syntax.js';

describe('lacksIniSyntax', () => {
  it.each([
    ['INI', 'https://github.com/twbs/bootstrap/releases/download/v3.3.7/bootstrap.js\n', true],
    ['INI', '<?xml version="1.0"?>\n<service-group><name>x</name></service-group>\n', true],
    ['INI', '%%% format file\n\\input plain\n', true],
    ['INI', '# only a comment\n; and another\n', true],
    ['INI', '[InternetShortcut]\nURL=https://example.org/\n', false],
    ['INI', '[mysqld]\n', false],
    ['INI', 'key = value\n', false],
    ['INI', 'name: value\n', false],
    ['INI', '# Use the base settings\n!include include/default_mysqld.cnf\n', false],
    ['TOML', 'https://example.org/\n', false],
  ])('%s %j → %s', (language, text, lacks) => {
    expect(lacksIniSyntax(language, text)).toBe(lacks);
  });
});
