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
