import { describe, expect, it } from 'vitest';
import { withoutLicenseWords } from '../../src/tokenizer/license.js';
import { featureHashes, SHIPPED_FEATURE_OPTIONS } from '../../src/tokenizer/features.js';

const GPL_HEADER = [
  '/*',
  ' * This program is free software; you can redistribute it and/or modify',
  ' * it under the terms of the GNU General Public License as published by',
  ' * the Free Software Foundation; either version 2 of the License, or',
  ' * (at your option) any later version.',
  ' */',
  '#include <stdio.h>',
  'int main(void) { return 0; }',
].join('\n');

describe('withoutLicenseWords', () => {
  it('blanks the words of a license paragraph, keeping its punctuation, offsets and the code', () => {
    const out = withoutLicenseWords(GPL_HEADER);
    expect(out).toHaveLength(GPL_HEADER.length);
    const lines = out.split('\n');
    expect(lines[0]).toBe('/*');
    expect(lines[1]).toMatch(/^ \* +; +\/ +$/);
    expect(lines[4]).toMatch(/^ \* +\( +\) +\.$/);
    expect(lines[5]).toBe(' */');
    expect(lines.slice(6)).toEqual(['#include <stdio.h>', 'int main(void) { return 0; }']);
  });

  it('keeps prose that is not a license, and text without one as it is', () => {
    const text = '# This script installs the package.\n# Run it as root.\ninstall -m 755 foo /usr/bin\n';
    expect(withoutLicenseWords(text)).toBe(text);
    const mixed = `${GPL_HEADER}\n\n/* Parses the options. */\n`;
    expect(withoutLicenseWords(mixed).endsWith('/* Parses the options. */\n')).toBe(true);
  });

  it('leaves code that mentions a license or file permissions alone', () => {
    const code = 'license = "MIT"\nversion = "1.0"\nname = "demo"\n';
    expect(withoutLicenseWords(code)).toBe(code);
    const modes = 'chmod(path, 0644); /* permission bits */\nif (errno == EPERM) puts("no permission");\n';
    expect(withoutLicenseWords(modes)).toBe(modes);
  });

  it('blanks only the copyright lines of a paragraph that is mostly copyright lines', () => {
    const banner = '#define BANNER \\\n  "Copyright 2008 A. Author\\n\\\n   Copyright 1991 B. Author\\n"\n';
    const out = withoutLicenseWords(banner).split('\n');
    expect(out[0]).toBe('#define BANNER \\');
    expect(out[1]).not.toMatch(/Copyright|Author/);
    expect(out[2]).not.toMatch(/Copyright|Author/);
  });

  it('keeps word-like comment markers (REM) on blanked lines', () => {
    const batch = 'REM Licensed under the Apache License, Version 2.0\nREM WITHOUT WARRANTIES OF ANY KIND\n@echo off\n';
    const lines = withoutLicenseWords(batch).split('\n');
    expect(lines[0]).toMatch(/^REM +, +\. $/);
    expect(lines[1]).toMatch(/^REM +$/);
    expect(lines[2]).toBe('@echo off');
  });

  it('looks only at the head of a long text, and keeps the rest byte for byte', () => {
    const tail = 'x = 1\n'.repeat(5000);
    const text = `${GPL_HEADER}\n${tail}`;
    const out = withoutLicenseWords(text);
    expect(out).toHaveLength(text.length);
    expect(out.endsWith(tail)).toBe(true);
    expect(out).not.toContain('Free Software Foundation');
  });

  it('blanks a piece cut from the middle of a header, as it blanks the whole header', () => {
    const bsd = [
      '// THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT',
      '// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE',
      '// OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.',
      '',
      'package proto',
    ].join('\n');
    const gpl = [';; GNU General Public License for more details.', ';;', ';; You should have received a copy of the GNU General Public License', ';; along with this program.', '(require \'cl-lib)'].join('\n');
    const apache = ['# distributed under the License is distributed on an "AS IS" BASIS,', '# See the License for the specific language governing permissions and', '# limitations under the License.', 'import os'].join('\n');
    for (const [piece, code] of [[bsd, 'package proto'], [gpl, "(require 'cl-lib)"], [apache, 'import os']] as const) {
      const out = withoutLicenseWords(piece);
      expect(out).toHaveLength(piece.length);
      const lines = out.split('\n');
      expect(lines.pop()).toBe(code);
      expect(lines.join('\n')).not.toMatch(/\p{L}/u);
    }
  });

  it('keeps code that names a license among its metadata', () => {
    const setup = [
      'setup(',
      '    name="demo",',
      '    classifiers=[',
      '        "License :: OSI Approved :: GNU General Public License v3 (GPLv3)",',
      '        "Programming Language :: Python :: 3",',
      '    ],',
      ')',
    ].join('\n');
    expect(withoutLicenseWords(setup)).toBe(setup);
  });

  it('makes two files that differ only in their license header look alike to the model', () => {
    const body = 'def main():\n    print("hello")\n';
    const apache = '# Licensed under the Apache License, Version 2.0 (the "License");\n# you may not use this file except in compliance with the License.\n\n';
    const gpl = '# This program is free software; you can redistribute it\n# under the terms of the GNU General Public License.\n\n';
    const options = { ...SHIPPED_FEATURE_OPTIONS, blankLicenses: true };
    const withApache = new Set(featureHashes(apache + body, options));
    const withGpl = new Set(featureHashes(gpl + body, options));
    const plain = new Set(featureHashes(apache + body, { ...options, blankLicenses: false }));
    const shared = [...withApache].filter((h) => withGpl.has(h)).length;
    expect(shared / withApache.size).toBeGreaterThan(0.9);
    expect(plain.size).toBeGreaterThan(withApache.size);
  });
});
