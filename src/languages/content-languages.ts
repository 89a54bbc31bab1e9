// Languages that Linguist tells apart only by file name, whose content is another language's:
// a pom.xml is XML, a tsconfig.json is JSON (comments optional). The classifier learns their files
// as the content language and answers that; the file-name strategy still gives the specific name.
// Only pairs the data shows the classifier cannot settle belong here.
const CONTENT_LANGUAGE: Readonly<Record<string, string>> = {
  'Ant Build System': 'XML',
  'JSON with Comments': 'JSON',
  'Maven POM': 'XML',
};

/** The language the classifier answers for content labelled `language`. */
export function contentLanguage(language: string): string {
  return CONTENT_LANGUAGE[language] ?? language;
}
