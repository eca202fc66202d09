// The app starts on top of the static shell in index.html (what paints before any JavaScript, and
// the home screen's Largest Contentful Paint): while the teacher-screen gate reads the lock, the
// shell's painted nodes stay on screen, the same elements, not removed and painted again.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app';
import { tidyShell } from '../../src/ui/ShellWaiting';
import { freshDatabase } from './helpers/db';
import { CATALOGUES } from './helpers/render';

freshDatabase();

const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
const shellMarkup = new DOMParser().parseFromString(html, 'text/html').getElementById('app')!.innerHTML;

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

describe('the app starts on the static shell', () => {
  it('keeps the shell’s painted lead paragraph, heading and top bar until the home screen replaces them', async () => {
    history.replaceState(null, '', '/');
    root = document.createElement('div');
    root.id = 'app';
    root.innerHTML = shellMarkup;
    document.body.append(root);
    tidyShell(root);
    const lead = root.querySelector('p.lead');
    const heading = root.querySelector('h1');
    const topbar = root.querySelector('header.topbar');
    const main = root.querySelector('main');
    expect(lead).not.toBeNull();

    const removed: Node[] = [];
    const watch = new MutationObserver((ms) => {
      for (const m of ms) removed.push(...m.removedNodes);
    });
    watch.observe(root, { childList: true, subtree: true });

    render(<App initial={{ lang: 'nb', m: CATALOGUES.nb }} />, root);
    await Promise.resolve();
    for (const m of watch.takeRecords()) removed.push(...m.removedNodes);
    // The first render (the gate still reading the lock) is the shell itself, on its own nodes.
    expect(root.querySelector('p.lead')).toBe(lead);
    expect(root.querySelector('h1')).toBe(heading);
    expect(root.querySelector('header.topbar')).toBe(topbar);
    expect([...root.children]).toEqual([topbar, main]);
    expect(root.querySelectorAll('.loading')).toHaveLength(1);
    expect(removed.filter((n) => n instanceof Element && n.tagName !== 'NOSCRIPT')).toEqual([]);
    expect(lead?.textContent).toBe(CATALOGUES.nb.home.intro);
    // Then the real home screen, with the same words.
    expect(await screen.findByRole('heading', { name: 'Klassene dine' })).toBeInTheDocument();
    expect(root.querySelector('p.lead')?.textContent).toBe(CATALOGUES.nb.home.intro);
    watch.disconnect();
  });
});
