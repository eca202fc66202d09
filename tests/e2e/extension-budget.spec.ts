// Deterministic checks of the built extension. The budget: the JavaScript the extension's board page loads (module script and every
// static import in the built dist-extension/), gzipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boardPageScripts } from '../bench/extension-bytes.mjs';
import { expect, test } from './fixtures';

const BOARD_PAGE_BUDGET_BYTES = 25 * 1024;

test("the extension's board page loads at most 25 KB of gzipped JavaScript", () => {
  const files = boardPageScripts();
  expect(files.length).toBeGreaterThan(1);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  expect(total, files.map((f) => `${f.file}: ${f.gzip}`).join('\n')).toBeLessThanOrEqual(
    BOARD_PAGE_BUDGET_BYTES,
  );
});

test('the built extension holds no code that writes HTML from a string or evaluates one', () => {
  const dir = 'dist-extension';
  const scripts = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(4);
  for (const file of scripts) {
    const code = readFileSync(join(dir, file), 'utf8');
    for (const sink of [
      'innerHTML',
      'outerHTML',
      'insertAdjacentHTML',
      'document.write',
      'eval(',
      'new Function',
    ]) {
      expect(code.includes(sink), `${file} contains ${sink}`).toBe(false);
    }
  }
});
