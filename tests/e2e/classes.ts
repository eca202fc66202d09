// The prelude many journeys share: make a class on the home screen and paste its pupils in.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Makes the class, adds the pupils, waits until the list shows them all; returns the class id. */
export async function createClass(
  page: Page,
  opts: { name: string; pupils: string[]; yearGroup?: string },
): Promise<string> {
  await page.goto('/');
  await page.getByLabel('Navn på klassen').fill(opts.name);
  if (opts.yearGroup) await page.getByLabel('Trinn').selectOption(opts.yearGroup);
  await page.getByRole('button', { name: 'Lag klassen' }).click();
  await expect(page.getByRole('heading', { name: opts.name, level: 1 })).toBeVisible();
  await page.getByLabel('Lim inn navn, ett per linje').fill(opts.pupils.join('\n'));
  await page.getByRole('button', { name: 'Legg til' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(
    opts.pupils.length,
  );
  return new URL(page.url()).pathname.split('/').pop()!;
}
