// The language table and what is known of languages, in one import. Modules inside this folder
// import lookup.ts directly: content-languages.ts needs the lookups, so going through this file
// would make an import cycle.
export * from './lookup.js';
export { LANGUAGES, LINGUIST_VERSION } from './linguist.generated.js';
export { contentLanguage } from './content-languages.js';
