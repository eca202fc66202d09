import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/preact';
import { options } from 'preact';
import { afterEach, vi } from 'vitest';

// findBy*/waitFor give up after this long. It only bounds a failure: a passing test moves on as soon
// as what it waits for is there, and a busy machine (CI running e2e beside it) needs the headroom.
configure({ asyncUtilTimeout: 20_000 });

// Preact runs effects "after the next frame": requestAnimationFrame plus a 35 ms Node timer. A render
// that lands just before the test file's environment is torn down left that timer calling
// cancelAnimationFrame after jsdom had removed it (an unhandled ReferenceError that failed a green run).
// Here effects are scheduled on a plain task that cleanup can run at once, so nothing outlives a test.
const pendingEffects = new Set<() => void>();
options.requestAnimationFrame = (flush) => {
  const run = () => {
    if (!pendingEffects.delete(run)) return;
    flush();
  };
  pendingEffects.add(run);
  setTimeout(run, 0);
};

afterEach(() => {
  // A test that faked the clock never leaves it faked for the next one (or for the teardown).
  vi.useRealTimers();
  cleanup();
  for (const run of [...pendingEffects]) run();
  // A file that runs in plain Node (`// @vitest-environment node`) has no localStorage or DOM.
  globalThis.localStorage?.clear();
});

// jsdom has <dialog> but not its modal methods; the real browser is covered by the e2e tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// Vite defines this at build time.
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = 'test';
// No sync server in the tests' build; a test of the sync screens stubs it (vi.stubGlobal('__DK_SYNC__', true)).
(globalThis as { __DK_SYNC__?: boolean }).__DK_SYNC__ = false;
