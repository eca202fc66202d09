// The static shell in index.html is what paints before any JavaScript (and is the Largest
// Contentful Paint): it must say exactly what the home screen says in bokmål, in the same markup.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb';

const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
const doc = new DOMParser().parseFromString(html, 'text/html');
const shell = doc.getElementById('app')!;

describe('the static shell in index.html', () => {
  it('shows the home screen heading, tagline and lead in the catalogue words', () => {
    expect(shell.querySelector('main.page.home .hero h1')?.textContent).toBe(nb.home.title);
    expect(shell.querySelector('.hero .tagline')?.textContent).toBe(nb.home.tagline);
    expect(shell.querySelector('.hero .lead')?.textContent).toBe(nb.home.intro);
    expect(shell.querySelector('.loading')?.textContent).toBe(nb.common.loading);
  });

  it('links no stylesheet and loads nothing from another origin', () => {
    expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    for (const el of doc.querySelectorAll('[src], [href]')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      expect(url.startsWith('/') || url.startsWith('#'), url).toBe(true);
    }
  });
});
