import { languagesForExtension } from '../languages/index.js';
import { narrow, type Strategy } from './strategy.js';

/** The most specific extension any language claims (".d.ts" before ".ts"). */
export const extensionStrategy: Strategy = {
  name: 'extension',
  run: (input, candidates) => (input.filename ? narrow(languagesForExtension(input.filename), candidates) : []),
};
