// New passwords from IT for a retired slot (docs/sync.md §7, docs/server.md): a tablet that kept a
// password of its own is removed, so its slot is retired; IT runs `setup.sh renew-slots`; the teacher
// gives the file under «Legg inn nye passord fra IT-avdelingen», reads that the slot is ready again,
// and a new tablet joins on it with a code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Locator, test } from '@playwright/test';
import { renewSlots } from '../sync-server/setup.mjs';
import { createClass } from './classes';
import { expectNoAxeViolations } from './fixtures';
import { connectWithFile, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('renew');
const CLASS = 'Solsikkene';
const CODE = /^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/;

async function tabletCode(cls: Locator) {
  await cls.getByRole('button', { name: 'Legg til et elevbrett' }).click();
  const code = cls.getByRole('region', { name: 'Kode for elevbrettet' }).getByText(CODE);
  await expect(code).toBeVisible({ timeout: 60_000 });
  return (await code.textContent())!;
}

async function tabletJoins(browser: Browser, code: string, classId: string) {
  const ctx = await browser.newContext({ ...sync.device, viewport: { width: 1024, height: 768 } });
  const page = await ctx.newPage();
  await page.goto('/');
  await openSettings(page);
  const form = sharing(page).getByRole('region', { name: 'Koble til med kode' });
  await form.getByLabel('Koden fra den andre maskinen').fill(code);
  await form.getByRole('button', { name: 'Koble til' }).click();
  await expect(page).toHaveURL(`/pupil?class=${classId}`, { timeout: 60_000 });
  return ctx;
}

test('a retired tablet slot gets a new password from IT and a new tablet joins on it', async ({
  page,
  browser,
}) => {
  const classId = await createClass(page, { name: CLASS, pupils: ['Kari', 'Ola'] });
  const cls = await connectWithFile(page, sync, CLASS, { tablets: 1, screens: 0 });
  const first = await tabletJoins(browser, await tabletCode(cls), classId);
  const devices = cls.getByRole('region', { name: 'Maskiner i klassen' });
  await expect(devices.getByRole('listitem')).toHaveCount(2, { timeout: 30_000 });

  const syncId = (await cls.getByText(/Klassens id på serveren er/).textContent())!.match(/[0-9a-f]{16}/)![0];
  await devices.getByRole('button', { name: 'Fjern Elevbrett 1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Fjern Elevbrett 1' }).click();
  await expect(
    devices.getByText(
      'Elevbrett 1 er fjernet fra klassen. Bare den maskinen kjente passordet til plassen, så plassen brukes ikke igjen før IT-avdelingen fornyer den.',
    ),
  ).toBeVisible({ timeout: 60_000 });
  await first.close();

  // IT renews the class's unused slots and sends the file.
  const { file } = await renewSlots(sync.server, syncId);
  const path = join(sync.dir, `connection-${syncId}-renewed.json`);
  writeFileSync(path, JSON.stringify(file));
  await cls.getByLabel(/^Legg inn nye passord fra IT-avdelingen/).setInputFiles(path);
  const ready = cls.getByText('1 plass er klar igjen. Nå kan du legge til en maskin på den.');
  await expect(ready).toBeVisible({ timeout: 60_000 });
  // The list starts afresh: the retired line no longer contradicts it.
  await expect(devices.getByText(/Plassen kan ikke brukes igjen/)).toHaveCount(0);
  const ok = page.getByRole('button', { name: 'OK', exact: true });
  if (await ok.isVisible()) await ok.click();
  await ready.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: '/work/wt/shots/renew-ready.png' });
  await expectNoAxeViolations(page, '.sync-card');

  const second = await tabletJoins(browser, await tabletCode(cls), classId);
  await expect(cls.getByText('Elevbrett 1 er koblet til klassen.')).toBeVisible({ timeout: 30_000 });
  await second.close();
});
