import { languagesForFilename } from '../languages/index.js';
import { narrow, type Strategy } from './strategy.js';

/** Exact file names: Makefile, Dockerfile, Gemfile, CMakeLists.txt, .bashrc. */
export const filenameStrategy: Strategy = {
  name: 'filename',
  run: (input, candidates) => (input.filename ? narrow(languagesForFilename(input.filename), candidates) : []),
};
