// Deterministic budget: the JavaScript the extension's board page loads (module script and every
// static import in the built dist-extension/), gzipped.
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
