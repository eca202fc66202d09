// A QR code's pairing link opened on a build without a sync server (docs/sync.md §6.1): the not-found
// page, the code out of the address bar all the same, and no request anywhere (the fixture fails on one).
import { APP_ORIGIN, expect, test } from './fixtures';

test('/pair on a build without a sync server: not found, the code dropped from the address', async ({
  page,
}) => {
  await page.goto('/pair#dk1.K7QM2XD9HNC4');
  await expect(page.getByRole('heading', { name: 'Denne siden finnes ikke.', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(`${APP_ORIGIN}/pair`);
  expect(await page.evaluate(() => location.hash)).toBe('');
});
