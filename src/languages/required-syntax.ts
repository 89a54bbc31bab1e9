// DATA: syntax a language's text cannot lack. From content alone, a language is not answered for
// text that shows none of its required syntax; the answer is ranked again without it
// (src/detect/pipeline.ts), as for extension-syntax.ts's rules, which go the other way.
//
// Diff learns the code of every language it patches, so code of a language the model does not
// know (a kernel's device-tree `.dtsi`) or a few lines of prose could be answered Diff. A diff has
// a changed line, a hunk or file header or a patch header field; a window cut from inside a hunk
// may hold context lines only, which start with a space. Counted on the corpus before the rule was
// kept (session 31): it rules out Diff for 5 of 1,275 whole training files and 48 of their 3-line
// windows (mostly a patch's description in prose, or dpatch's `# DP:` lines) and 1 of 162 whole
// validation files. On validation (train-only model) it took false Diff answers from 3 to 0 whole
// files and from 28 to 17 at 3 lines, and left Diff's recall the same at every length.
// Written for whichlang; keys name what each pattern shows.

export interface RequiredSyntax {
  /** What the text must show, in words, as explanations print it ("shows none of …"). */
  readonly name: string;
  /** The text shows the syntax when any of these matches. */
  readonly anyOf: readonly RegExp[];
}

export const REQUIRED_SYNTAX: Readonly<Record<string, RequiredSyntax>> = {
  Diff: {
    name: "a diff's lines (a changed line, a hunk or file header, a patch header field, a context line first)",
    anyOf: [
      /^(?:[-+!@\\]|diff |Index: |\*\*\* |==== |Only in |Binary files |(?:Description|Subject|From|Author|Origin|Forwarded|Bug|Bug-[A-Za-z]+|Last-Update|Applied-Upstream|Reviewed-by|Signed-off-by|Date):)/m,
      // A window of context lines: its first line starts with a space (no `m`: the text's start).
      /^ /,
    ],
  },
};

/** What `text` lacks of `language`'s required syntax, in words, or undefined when it shows it (or the language requires none). */
export function requiredSyntaxLacked(language: string, text: string): string | undefined {
  const required = REQUIRED_SYNTAX[language];
  if (required === undefined || required.anyOf.some((pattern) => pattern.test(text))) return undefined;
  return required.name;
}
