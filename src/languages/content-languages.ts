// The language the classifier learns and answers for a labelled text.
// Two cases differ from the label:
// - languages Linguist tells apart only by file name, whose content is another language's:
//   a pom.xml is XML, a tsconfig.json is JSON (comments optional);
// - texts labelled with a language that extends another but showing none of the extension:
//   a `.tsx` file without JSX is TypeScript (the evidence is data in superset-evidence.ts).
// The file-name strategy still gives the specific name.
import { SUPERSET_EVIDENCE, type SupersetEvidence } from './superset-evidence.js';

// Only pairs the data shows the classifier cannot settle belong here.
const CONTENT_LANGUAGE: Readonly<Record<string, string>> = {
  'Ant Build System': 'XML',
  'JSON with Comments': 'JSON',
  'Maven POM': 'XML',
};

/** The language the classifier answers for content labelled `language` (and reading `text`, when given). */
export function contentLanguage(language: string, text?: string): string {
  const named = CONTENT_LANGUAGE[language] ?? language;
  const superset = SUPERSET_EVIDENCE[named];
  return superset && text !== undefined && !showsExtension(superset, text) ? superset.base : named;
}

/** Is `language` one that extends another (TSX, C++ …) while `text` shows none of the extension? */
export function lacksItsExtension(language: string, text: string): boolean {
  const superset = SUPERSET_EVIDENCE[language];
  return superset !== undefined && !showsExtension(superset, text);
}

function showsExtension(superset: SupersetEvidence, text: string): boolean {
  return Object.values(superset.evidence).some((pattern) => pattern.test(text));
}
