import { DEMO_NAMES } from '../../src/domain/demo-data';
import { expect, expectNoAxeViolations, SHOTS, test, waitForServiceWorker } from './fixtures';

// Twenty-five Norwegian first names (the demo class's, typed in as a teacher would paste them).
const NAMES = [...DEMO_NAMES];

test('create a class, paste 25 names, and they survive a reload and going offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Drømmeklassen', level: 1 })).toBeVisible();
  await waitForServiceWorker(page);

  await page.getByLabel('Navn på klassen').fill('4B');
  await page.getByLabel('Trinn').selectOption('4');
  await page.getByRole('button', { name: 'Lag klassen' }).click();
  await expect(page.getByRole('heading', { name: '4B', level: 1 })).toBeVisible();

  await page.getByLabel('Lim inn navn, ett per linje').fill(`${NAMES.join('\n')}\n\nEmma\n`);
  await page.getByRole('button', { name: 'Legg til' }).click();
  await expect(page.getByRole('status')).toContainText('La til 25 elever.');
  await expect(page.getByRole('status')).toContainText('Fantes fra før, hoppet over: Emma.');
  const list = page.getByRole('list', { name: 'Elever' });
  await expect(list.getByRole('listitem')).toHaveCount(25);
  await page.screenshot({ path: `${SHOTS}/class-screen.png`, fullPage: true });

  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(25);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: '4B', level: 1 })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(25);

  // A deep link opened offline is served by the service worker, too.
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Innstillinger' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /4B/ })).toBeVisible();
  await context.setOffline(false);
});

test('the demo class loads with 25 pupils and is marked as a demo', async ({ page }) => {
  await page.goto('/');
  await page.screenshot({ path: `${SHOTS}/home-empty.png`, fullPage: true });
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('heading', { name: /Demoklassen 4B/, level: 1 })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('demoklasse');
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(25);
  await page.getByRole('link', { name: 'Hjem' }).click();
  await expect(page.getByRole('link', { name: /Demoklassen 4B/ })).toContainText('25 elever');
  // Loading it again opens the same class rather than a second one.
  await page.getByRole('button', { name: 'Åpne demoklassen' }).click();
  await expect(page.getByRole('heading', { name: /Demoklassen 4B/, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Hjem' }).click();
  await expect(page.getByRole('link', { name: /Demoklassen/ })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
});

test('language switch is remembered across reloads', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Språk').first().selectOption('en');
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your classes' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').first().selectOption('nn');
  await expect(page.getByRole('heading', { name: 'Klassane dine' })).toBeVisible();
});

test('home, class and settings screens have no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Klassene dine' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(25);
  await expectNoAxeViolations(page);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Styrkene' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('/board and /pupil exist as deep links', async ({ page }) => {
  for (const path of ['/board', '/pupil']) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

test('a bookmark to a class that no longer exists says so on every class screen, with a way home', async ({
  page,
}) => {
  const gone = '00000000-0000-4000-8000-000000000000';
  for (const screen of ['', '/dream', '/poster', '/checkin', '/routines', '/friend', '/queue', '/charts']) {
    await page.goto(`/class/${gone}${screen}`);
    await expect(
      page.getByRole('heading', { name: 'Fant ikke klassen. Den kan være slettet.' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect(page.getByRole('heading', { name: 'Drømmeklassen', level: 1 })).toBeVisible();
});

test('a malformed address (/class/%E0) shows a plain message and a way home, not a blank page', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // vite preview answers such an address with an error of its own; the installed app (service worker) opens it.
  await page.goto('/');
  await waitForServiceWorker(page);
  for (const path of ['/class/%E0', '/class/%E0/dream', '/class/%E0/charts']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Denne siden finnes ikke.' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect(page.getByRole('heading', { name: 'Drømmeklassen', level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('on an English-language computer', () => {
  test.use({ locale: 'en-US' });

  test('nynorsk shows dates and times in nynorsk, not in the browser language or bokmål', async ({
    page,
  }) => {
    // Chromium has no nynorsk date data; a plain Intl 'nn-NO' here would say "Monday, November 23".
    await page.clock.install({ time: new Date('2026-11-23T10:00:00+01:00') });
    await page.goto('/');
    await page.getByLabel('Språk').first().selectOption('nn');
    await page.getByRole('button', { name: 'Prøv ein demoklasse' }).click();
    await expect(page.getByRole('heading', { name: /Demoklassen 4B/, level: 1 })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('måndag 23. november');
    await expect(main).toContainText(/\d+\. (nov|okt)\./);
    await page
      .getByRole('link', { name: /Til godkjenning/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: /godkjenning/i, level: 1 })).toBeVisible();
    await expect(main).toContainText(/\d+\. nov\., \d\d:\d\d/);
    const text = await main.innerText();
    expect(text).not.toMatch(/\b(AM|PM|Monday|November|Nov \d)\b/);
    expect(text).not.toMatch(/\bmandag\b/);
  });
});

test('keyboard: a new screen is named in the title and its heading gets focus; moving a strength keeps focus on its arrow', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Drømmeklassen');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  const h1 = page.getByRole('heading', { name: /Demoklassen 4B/, level: 1 });
  await expect(h1).toBeFocused();
  await expect(page).toHaveTitle(/^Demoklassen 4B.* – Drømmeklassen$/);
  await page.getByRole('link', { name: /Til godkjenning/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Til godkjenning', level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Til godkjenning – Drømmeklassen');

  await page.goto('/settings');
  const down = page.getByRole('button', { name: 'Flytt Mot ned' });
  const list = page.getByRole('list', { name: 'Styrkene' });
  const placeOfMot = async () =>
    (await list.locator('.strength-name').allInnerTexts()).findIndex((n) => n.startsWith('Mot'));
  await expect.poll(placeOfMot).toBe(0);
  await down.focus();
  await page.keyboard.press('Enter');
  await expect.poll(placeOfMot).toBe(1);
  await expect(down).toBeFocused();
  // Another Enter moves it on: the keyboard stayed on the arrow through the redraw.
  await page.keyboard.press('Enter');
  await expect.poll(placeOfMot).toBe(2);
  await expect(down).toBeFocused();
});
