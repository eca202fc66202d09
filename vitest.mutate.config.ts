// The test set of `npm run mutate` (stryker.config.mjs): the unit tests that import the mutated code
// itself (src/domain, extension/shared). A mutant of a domain helper is then judged by the tests
// written for the domain, not by every screen test that happens to render through it: those load a
// DOM and a database per file, and made a full run take about 8 hours on this 2-core machine. So the
// score is a floor: a mutant only a screen test would catch counts as survived here.
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import base from './vite.config.ts';

const DIR = 'tests/unit';
const IMPORTS_MUTATED = /from '(?:\.\.\/)+(?:src\/domain|extension\/shared)\//;

const include = readdirSync(DIR)
  .filter((f) => /\.test\.tsx?$/.test(f))
  .filter((f) => IMPORTS_MUTATED.test(readFileSync(`${DIR}/${f}`, 'utf8')))
  .map((f) => `${DIR}/${f}`);

export default defineConfig({ ...base, test: { ...base.test, include } });
