// DATA: the tag openers of template languages. A template holds its host language (HTML, YAML,
// plain text) with the template's tags in it; text without any tag opener shows nothing of the
// template language. The corpus drops template files without a tag (corpus/scripts/template-tags.ts);
// a snippet of a template without one is its host, where it shows the host
// (superset-evidence.ts). Each pattern is a fixed string or one character class, so linear.
export const TEMPLATE_TAG_OPENERS: Readonly<Record<string, RegExp>> = {
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
