// Issue 14, item 14: school holidays. A teacher confirms the suggested autumn break (computed in the
// app, nothing fetched: the fixture fails the test on any request to another origin), and the daily
// routine plans nothing in it: today says so, "Neste gang" skips it, and the overview's planned
// count leaves it out.
import { expect, expectNoAxeViolations, SHOTS, test } from './fixtures';

test('confirm the suggested autumn break: the routine plans nothing in it and does not count it', async ({
  page,
}) => {
  // Friday before week 40 of the school year 2026–2027.
  await page.clock.setFixedTime(new Date('2026-09-25T10:00:00'));
  await page.goto('/');
  await page.getByLabel('Navn på klassen').fill('5A');
  await page.getByRole('button', { name: 'Lag klassen' }).click();
  await expect(page.getByRole('heading', { name: '5A', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Rutiner' }).click();
  await page.getByRole('button', { name: 'Legg til «Dagens styrkerunde»' }).click();
  const today = page.locator('.today');
  const item = today.getByRole('listitem').filter({ hasText: 'Dagens styrkerunde' });
  await item.getByRole('button', { name: 'Gjort' }).click();
  await expect(item).toContainText('Gjort i dag');
  const card = page.locator('.routine-card').filter({ hasText: 'Dagens styrkerunde' });
  await expect(card).toContainText('Neste gang: mandag 28. september');
  await expect(page.getByText('Ingen ferier er bekreftet ennå.')).toBeVisible();

  // The holiday screen offers this school year's breaks; the autumn break is confirmed as offered.
  await page.getByRole('link', { name: 'Skoleferier' }).click();
  await expect(page.getByRole('heading', { name: 'Skoleferier', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Skoleåret 2026–2027', level: 2 })).toBeVisible();
  const autumn = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Høstferie' }) });
  await expect(autumn).toContainText('Forslag – teller ikke ennå');
  await expect(autumn).toContainText('uke 40 · 28. september – 2. oktober');
  await autumn.getByRole('button', { name: 'Bekreft' }).click();
  await expect(autumn).toContainText('Bekreftet');
  await expect(page.getByRole('status')).toHaveText('«Høstferie» er bekreftet.');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/holidays.png`, fullPage: true });

  // Back on the routines screen: next time is after the break.
  await page.getByRole('link', { name: /Rutiner · 5A/ }).click();
  await expect(page.getByText('1 ferie er bekreftet.')).toBeVisible();
  await expect(card).toContainText('Neste gang: mandag 5. oktober');

  // In the break, nothing is planned today.
  await page.clock.setFixedTime(new Date('2026-09-30T10:00:00'));
  await page.reload();
  await expect(today).toContainText('Skoleferie i dag (Høstferie). Ingen rutiner står på planen.');
  await expect(today.getByText('Dagens styrkerunde')).toHaveCount(0);

  // The Tuesday after: planned were Friday 25 September and Monday 5 October (today is not over),
  // not the five days of the break.
  await page.clock.setFixedTime(new Date('2026-10-06T10:00:00'));
  await page.reload();
  const kept = page.locator('.kept-list').getByRole('listitem').filter({ hasText: 'Dagens styrkerunde' });
  await expect(kept).toContainText('Gjennomført 1 gang av 2 planlagte');
  await expect(page.getByText('Ferier teller ikke som planlagt: Høstferie.')).toBeVisible();
  await expect(card).toContainText('Neste gang: tirsdag 6. oktober');
});
