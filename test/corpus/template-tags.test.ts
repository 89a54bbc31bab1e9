// Template-language files without any template tag, and HTML files holding template statements,
// are dropped from the corpus (template-tags.ts).
import { describe, expect, it } from 'vitest';
import { holdsTemplateStatements, lacksTemplateTags, TEMPLATE_LANGUAGES } from '../../corpus/scripts/template-tags.js';
import { resolveLanguageName } from '../../src/languages/index.js';

describe('lacksTemplateTags', () => {
  it.each([
    ['Handlebars', '<svg viewBox="0 0 24 24"><path d="M1 1"/></svg>\n', true],
    ['Handlebars', '<h1>{{title}}</h1>\n', false],
    ['Jinja', 'server:\n  port: 8080\n', true],
    ['Jinja', 'server:\n  port: "{{ port }}"\n', false],
    ['Jinja', '{% if debug %}debug: true{% endif %}\n', false],
    ['EJS', '<p>static</p>\n', true],
    ['EJS', '<p><%= name %></p>\n', false],
    ['Smarty', '<p>{$name}</p>\n', false],
    ['Smarty', 'a { color: red }\n', true],
    ['YAML', 'a: 1\n', false],
  ])('%s %j → %s', (language, text, lacks) => {
    expect(lacksTemplateTags(language, text)).toBe(lacks);
  });

  it('names Linguist languages', () => {
    for (const language of TEMPLATE_LANGUAGES) expect(resolveLanguageName(language)).toBe(language);
  });
});

describe('holdsTemplateStatements', () => {
  it.each([
    ['HTML', '{% extends "base.html" %}\n{% block content %}<p>hi</p>{% endblock %}\n', true],
    ['HTML', '<ul>{%- for item in items %}<li>{{ item }}</li>{% endfor %}</ul>\n', true],
    // Interpolation alone is Angular's or Vue's HTML, and `{%` in a style's percentage is no statement.
    ['HTML', '<p>{{ user.name }}</p>\n', false],
    ['HTML', '<div style="width:{%"></div>\n', false],
    ['HTML', '<p>plain</p>\n', false],
    ['Jinja', '{% if debug %}x{% endif %}\n', false],
  ])('%s %j → %s', (language, text, holds) => {
    expect(holdsTemplateStatements(language, text)).toBe(holds);
  });
});
