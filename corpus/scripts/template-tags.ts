// Label quality for template languages: a `.hbs` icon that is pure SVG, a `.j2` that is plain YAML,
// an `.ejs` that is plain HTML is named for its template language but holds none of it. Nothing in
// such a file can teach or test the template language, and no reader could tell it from its host
// language, so the corpus drops it rather than guess the host.
// Patterns are a template's tag openers; each is a fixed string or one character class, so linear.
const TAG_OPENERS: Readonly<Record<string, RegExp>> = {
  Handlebars: /\{\{/,
  Mustache: /\{\{/,
  'Go Template': /\{\{/,
  Jinja: /\{[{%#]/,
  Twig: /\{[{%#]/,
  Nunjucks: /\{[{%#]/,
  Liquid: /\{[{%]/,
  EJS: /<%/,
  'HTML+ERB': /<%/,
  'JavaScript+ERB': /<%/,
  'HTML+ECR': /<%/,
  'HTML+EEX': /<%/,
  // Smarty's default delimiters: {$var}, {if …}, {/if}, {* comment *}.
  Smarty: /\{[$*/a-zA-Z]/,
};

/** Is `language` a template language and `text` free of its tags? */
export function lacksTemplateTags(language: string, text: string): boolean {
  const opener = TAG_OPENERS[language];
  return opener !== undefined && !opener.test(text);
}

export const TEMPLATE_LANGUAGES: readonly string[] = Object.keys(TAG_OPENERS);
