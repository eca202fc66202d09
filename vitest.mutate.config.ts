// The test set of `npm run mutate` (stryker.config.mjs): the unit tests that import the mutated code
// itself (src/domain, extension/shared) and run in plain Node (`// @vitest-environment node`). A
// mutant of a domain helper is then judged by the tests written for the domain, not by every screen,
// database or sync-server test that happens to run through it: those load a DOM, a database or a
// server per file, and made a full run take 8 to 28 hours on this shared 2-core machine. So the score
// is a floor: a mutant only such a test would catch counts as survived here.
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import base from './vite.config.ts';

const DIR = 'tests/unit';
const IMPORTS_MUTATED = /from '(?:\.\.\/)+(?:src\/domain|extension\/shared)\//;
const IN_NODE = /^\/\/ @vitest-environment node$/m;
/** The extension's message checks need a DOM for the content script's half of their tests. */
const ALSO = ['extension-messages.test.ts'];

const include = readdirSync(DIR)
  .filter((f) => /\.test\.tsx?$/.test(f))
  .filter((f) => {
    const text = readFileSync(`${DIR}/${f}`, 'utf8');
    return IMPORTS_MUTATED.test(text) && (IN_NODE.test(text) || ALSO.includes(f));
  })
  .map((f) => `${DIR}/${f}`);

export default defineConfig({ ...base, test: { ...base.test, include } });
