// Label quality for INI: Linguist names `.url`, `.cnf`, `.ini` … INI by extension, but some such
// files hold none of it: a bare URL in a Debian `missing-sources/x.js.URL` note, TeX code in a
// `.ini` format file, XML in an Avahi `.service`. Nothing in them can teach or test INI, so the
// corpus drops them after the split, as it drops template files without a tag (template-tags.ts).

/** A `[section]` line, a `key = value` or `key: value` line (not a URL's scheme), or MySQL's `!include`. */
const INI_SYNTAX = /^[ \t]*\[[^\]\n]+\][ \t]*\r?$|^[ \t]*[\w.$@/-][\w.$@/ \t-]{0,200}=|^[ \t]*[\w.-]+[ \t]*:(?!\/\/)|^!include/m;

/** Is `language` INI and `text` free of any section, key or include line? */
export function lacksIniSyntax(language: string, text: string): boolean {
  return language === 'INI' && !INI_SYNTAX.test(text);
}
