// What the static shell in index.html shows before any JavaScript runs, in the same markup. The app
// renders it while the teacher-screen gate reads the lock, onto the shell's own DOM: Preact keeps the
// nodes already painted (the home screen's lead paragraph is the Largest Contentful Paint) instead of
// removing and painting them again. tests/unit/shell.test.ts keeps the two the same.
import { useI18n } from '../i18n/i18n';

export function ShellWaiting() {
  const { m } = useI18n();
  return (
    <>
      <header class="topbar">
        <span class="brand">
          <span aria-hidden="true">🌳</span>
          {` ${m.common.appName}`}
        </span>
      </header>
      <main class="page home">
        <section class="hero">
          <h1>{m.home.title}</h1>
          <p class="tagline">{m.home.tagline}</p>
          <p class="lead">{m.home.intro}</p>
        </section>
        <p class="loading">{m.common.loading}</p>
      </main>
    </>
  );
}

/**
 * Removes the comments and the whitespace between the shell's elements in index.html, so the first
 * render finds each painted element where it expects it and keeps it in place (a node Preact has to
 * move counts as painted again).
 */
export function tidyShell(root: HTMLElement): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const drop: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.COMMENT_NODE || !n.textContent?.trim()) drop.push(n);
  }
  for (const n of drop) n.parentNode?.removeChild(n);
}
