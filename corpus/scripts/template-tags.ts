// Label quality for template languages: a `.hbs` icon that is pure SVG, a `.j2` that is plain YAML,
// an `.ejs` that is plain HTML is named for its template language but holds none of it. Nothing in
// such a file can teach or test the template language, and no reader could tell it from its host
// language, so the corpus drops it rather than guess the host.
import { TEMPLATE_TAG_OPENERS as TAG_OPENERS } from '../../src/languages/template-tags.js';

/** Is `language` a template language and `text` free of its tags? */
export function lacksTemplateTags(language: string, text: string): boolean {
  const opener = TAG_OPENERS[language];
  return opener !== undefined && !opener.test(text);
}

export const TEMPLATE_LANGUAGES: readonly string[] = Object.keys(TAG_OPENERS);

// An HTML-labelled file holding template statements (`{% if %}`, `{% block %}`) is a Django,
// Jinja or Liquid template saved as `.html`: no reader could call it plain HTML, and learnt or
// scored as HTML it taught HTML → Twig, validation's largest confusion in session 27 (133 windows,
// from Django's and Flask's templates). Which template language it is, its package does not say,
// so the corpus drops it rather than guess.
const TEMPLATE_STATEMENT = /\{%-?[ \t]*[a-z_]+/;

/** Is `language` HTML and `text` a template's (a `{% … %}` statement)? */
export function holdsTemplateStatements(language: string, text: string): boolean {
  return language === 'HTML' && TEMPLATE_STATEMENT.test(text);
}
